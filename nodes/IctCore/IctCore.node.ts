import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { router } from './actions/router';
import { properties } from './actions/versionDescription';
import * as loadOptions from './methods/loadOptions';

export class IctCore implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ICTCore',
		name: 'ictCore',
		icon: { light: 'file:../../icons/ictcore.svg', dark: 'file:../../icons/ictcore.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description:
			'Send SMS, calls, faxes and e-mails and manage contacts, groups, campaigns and transmissions on an ICTCore server',
		defaults: { name: 'ICTCore' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'ictCoreRestApi', required: true }],
		properties,
	};

	methods = { loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
