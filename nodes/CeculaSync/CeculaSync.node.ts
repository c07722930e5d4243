import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { router } from './actions/router';
import { properties } from './actions/versionDescription';

export class CeculaSync implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Cecula Sync',
		name: 'ceculaSync',
		icon: { light: 'file:../../icons/cecula-sync.svg', dark: 'file:../../icons/cecula-sync.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Send SMS and missed calls and read what arrives through a Cecula Sync dedicated SIM',
		defaults: { name: 'Cecula Sync' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'ceculaSyncApi', required: true }],
		properties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
