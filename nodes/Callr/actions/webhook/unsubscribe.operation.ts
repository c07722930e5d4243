import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requireId } from '../../../shared/errors';
import { callrRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Webhook ID',
		name: 'webhookId',
		type: 'string',
		default: '',
		required: true,
		description: 'The hash of the subscription, as Subscribe or Get Many return it',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['webhook'], operation: ['unsubscribe'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const hash = requireId(this.getNode(), itemIndex, 'Webhook ID', this.getNodeParameter('webhookId', itemIndex));
	const unsubscribed = await callrRequest(this, 'unsubscribeWebhook', { hash }, itemIndex);
	return { hash, unsubscribed };
}
