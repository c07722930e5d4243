import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { KeyedRateLimiter } from '../../../shared/concurrency';
import { additionalFields, keyValueField, metadataField, recipientFields, sendConcurrency, senderFields } from '../common.descriptions';
import { keyValues, readRecipient, readSender } from '../../helpers/params';
import { providerError } from '../../../shared/errors';
import { PROVIDER, ytelRequestOne } from '../../transport';

/** Ytel: "individual phone numbers are generally rate limited to approximately 1 qps". */
const perNumber = new KeyedRateLimiter(1);

export const addressFields: INodeProperties[] = [...senderFields, ...recipientFields];

export const messageAdditionalFields = (extra: INodeProperties[] = []): INodeProperties =>
	additionalFields([
		{
			displayName: 'Delivery Report',
			name: 'deliveryStatusEnabled',
			type: 'boolean',
			default: false,
			description: 'Whether to ask the carrier for a delivery report (DLR)',
		},
		{
			displayName: 'Status Callback URL',
			name: 'messageStatusCallback',
			type: 'string',
			default: '',
			description: 'Ytel posts the message status as JSON to this URL once the message is sent',
		},
		keyValueField(
			'Template Values',
			'extData',
			'Values for the template variables (%%NAME%%); they win over the contact’s own data',
		),
		metadataField,
		...extra,
	]);

export const sendOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		sendConcurrency,
		{
			displayName: 'Pace Per Sending Number',
			name: 'paceSender',
			type: 'boolean',
			default: false,
			description:
				'Whether to send at most one message per second from each From number, the pace Ytel allows a number. Does not apply to number sets, where Ytel picks the number.',
		},
	],
};

/** Sends one SMS or MMS: the content given, plus sender, recipient and the optional fields of the item. */
export async function sendMessage(this: IExecuteFunctions, itemIndex: number, content: IDataObject): Promise<IDataObject> {
	const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {
		...readSender.call(this, itemIndex),
		...readRecipient.call(this, itemIndex),
		...content,
	};
	if (additional.deliveryStatusEnabled) body.deliveryStatusEnabled = true;
	if (additional.messageStatusCallback) body.messageStatusCallback = additional.messageStatusCallback;
	const extData = keyValues(additional.extData);
	if (extData) body.extData = extData;
	const metadata = keyValues(additional.metadata);
	if (metadata) body.metadata = metadata;

	if (body.from && this.getNodeParameter('options.paceSender', itemIndex, false)) await perNumber.acquire(String(body.from));
	const sent = await ytelRequestOne.call(this, { method: 'POST', path: '/v4/sms/', body }, { idempotent: false, itemIndex });
	// A send is only reported as sent with the id Ytel gave the message.
	if (typeof sent.messageSid !== 'string' || sent.messageSid === '') {
		throw providerError(this.getNode(), PROVIDER, {
			message: 'no message SID in the answer',
			httpCode: 200,
			detail: 'The message may have been sent: check the SMS log before sending it again.',
			body: sent,
			itemIndex,
		});
	}
	return sent;
}
