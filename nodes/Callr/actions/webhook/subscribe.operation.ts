import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { CALLR_EVENT_TYPES } from '../../helpers/events';
import { requireUrl } from '../../helpers/format';
import { callrRequest } from '../../transport';
import { hmacAlgorithmField } from './fields';

const properties: INodeProperties[] = [
	{
		displayName: 'Event Type',
		name: 'eventType',
		type: 'options',
		options: CALLR_EVENT_TYPES,
		default: 'sms.mo',
		required: true,
	},
	{
		displayName: 'Endpoint URL',
		name: 'endpoint',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'https://example.com/callr',
		description: 'URL CALLR posts the events to',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			hmacAlgorithmField,
			{
				displayName: 'HMAC Secret',
				name: 'hmacSecret',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description: 'Secret (8 to 1024 characters) CALLR signs each event with, in the X-CALLR-HmacSignature header',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['webhook'], operation: ['subscribe'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const endpoint = requireUrl(node, itemIndex, 'Endpoint URL', this.getNodeParameter('endpoint', itemIndex));
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const secret = options.hmacSecret as string | undefined;
	if (secret && (secret.length < 8 || secret.length > 1024)) {
		throw inputError(node, itemIndex, 'HMAC Secret', 'use 8 to 1024 characters');
	}
	const type = this.getNodeParameter('eventType', itemIndex) as string;
	const webhookOptions = secret
		? { format: 'JSON', hmac_algo: options.hmacAlgorithm ?? 'SHA256', hmac_secret: secret }
		: null;
	return (await callrRequest(
		this,
		'subscribeWebhook',
		{ type, endpoint, options: webhookOptions },
		itemIndex,
	)) as IDataObject;
}
