import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { router } from './actions/router';
import { properties } from './actions/versionDescription';
import { getWebhooks } from './methods/loadOptions';

export class BulkSms implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'BulkSMS',
		name: 'bulkSms',
		icon: { light: 'file:../../icons/bulksms.svg', dark: 'file:../../icons/bulksms.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Send SMS and read messages, blocked numbers, webhooks and the account profile of BulkSMS',
		defaults: { name: 'BulkSMS' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'bulkSmsApi', required: true }],
		properties,
	};

	methods = { loadOptions: { getWebhooks } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
