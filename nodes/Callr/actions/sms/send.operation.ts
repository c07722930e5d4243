import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { concurrencyOption, phoneNumberField } from '../../../shared/descriptions';
import { inputError, providerError } from '../../../shared/errors';
import { requirePhoneNumber, toE164 } from '../../../shared/phone';
import { optionsOrNull, requireCustomField, requireUrl } from '../../helpers/format';
import { callrRequest, PROVIDER } from '../../transport';

const properties: INodeProperties[] = [
	phoneNumberField({ displayName: 'To', name: 'to', required: true, description: 'Recipient, in E.164 format' }),
	{
		displayName: 'From',
		name: 'from',
		type: 'string',
		default: '',
		description:
			'Sender. Leave empty to use a shared short code or number, which is also the only way to receive replies. A custom sender (up to 11 letters, digits, spaces, dashes or underscores) must be authorized by CALLR.',
	},
	{
		displayName: 'Message',
		name: 'message',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
	},
	{
		displayName: 'Nature',
		name: 'nature',
		type: 'options',
		options: [
			{ name: 'Alerting', value: 'ALERTING', description: 'Transactional messages: codes, alerts, notifications' },
			{ name: 'Marketing', value: 'MARKETING', description: 'Promotional messages' },
		],
		default: 'ALERTING',
		description: 'CALLR may block an account whose messages are sent with the wrong nature',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			concurrencyOption(20, 50, 'CALLR documents no rate limit; each message is one request.'),
			{
				displayName: 'Flash Message',
				name: 'flashMessage',
				type: 'boolean',
				default: false,
				description:
					'Whether the text is shown on the phone without being stored (not supported by every carrier and phone)',
			},
			{
				displayName: 'Force Encoding',
				name: 'forceEncoding',
				type: 'options',
				options: [
					{ name: 'Automatic', value: '' },
					{ name: 'GSM', value: 'GSM' },
					{ name: 'Unicode', value: 'UNICODE' },
				],
				default: '',
				description: 'Automatic picks GSM when the text allows it; GSM works on every carrier',
			},
			{
				displayName: 'Status Webhook URL',
				name: 'statusWebhookUrl',
				type: 'string',
				default: '',
				placeholder: 'https://example.com/callr/status',
				description:
					'URL that receives this message’s status updates and replies, besides your sms.mt.status_update subscriptions',
			},
			{
				displayName: 'User Data',
				name: 'userData',
				type: 'string',
				default: '',
				description:
					'Your own reference, returned with the message and its status updates (up to 32 letters and digits)',
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['sms'], operation: ['send'] } }, properties);

const SENDER = /^(?=.*[A-Za-z])[A-Za-z0-9 _-]{1,11}$/;

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const to = requirePhoneNumber(node, itemIndex, 'To', this.getNodeParameter('to', itemIndex));
	const from = String(this.getNodeParameter('from', itemIndex, '')).trim();
	const sender = from === '' || SENDER.test(from) ? from : toE164(from);
	if (sender === undefined) {
		throw inputError(
			node,
			itemIndex,
			'From',
			`"${from}" is not a valid sender`,
			'Use up to 11 letters, digits, spaces, dashes or underscores with at least one letter, one of your numbers in E.164 format, or leave it empty.',
		);
	}
	const text = this.getNodeParameter('message', itemIndex) as string;
	if (!text) throw inputError(node, itemIndex, 'Message', 'a text is required');
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const smsOptions = optionsOrNull({
		nature: this.getNodeParameter('nature', itemIndex),
		force_encoding: options.forceEncoding,
		flash_message: options.flashMessage || undefined,
		user_data: options.userData ? requireCustomField(node, itemIndex, 'User Data', options.userData) : undefined,
		webhook: options.statusWebhookUrl
			? { endpoint: requireUrl(node, itemIndex, 'Status Webhook URL', options.statusWebhookUrl) }
			: undefined,
	});
	const hash = await callrRequest(this, 'sendSms', { from: sender, to, text, options: smsOptions }, itemIndex);
	if (typeof hash !== 'string' || hash === '') {
		throw providerError(node, PROVIDER, {
			message: 'the answer carries no SMS ID',
			httpCode: 200,
			detail: 'The SMS may have been sent all the same; check with CALLR before sending it again.',
			body: hash,
			itemIndex,
		});
	}
	return { hash, to, from: sender, text };
}
