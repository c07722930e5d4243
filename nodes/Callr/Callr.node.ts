import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { router } from './actions/router';
import { properties } from './actions/versionDescription';
import * as loadOptions from './methods/loadOptions';

export class Callr implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CALLR',
		name: 'callr',
		icon: { light: 'file:../../icons/callr.svg', dark: 'file:../../icons/callr.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Send SMS, start and broadcast calls, buy numbers and manage webhooks with CALLR',
		defaults: { name: 'CALLR' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'callrApi', required: true }],
		properties,
	};

	methods = { loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
