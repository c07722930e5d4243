import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { phoneNumberField } from '../../../shared/descriptions';
import { requirePhoneNumber } from '../../../shared/phone';
import { collection, show } from '../../helpers/entity';
import { requireText } from '../../helpers/fields';
import { oneStepSend, sendOptions } from '../../helpers/send';
import { ictCoreCreate } from '../../transport';

export const description = show('sms', 'send', [
	phoneNumberField({
		displayName: 'To',
		name: 'to',
		required: true,
		description: 'Recipient phone number in E.164 format',
	}),
	{ displayName: 'Message', name: 'message', type: 'string', typeOptions: { rows: 3 }, default: '', required: true },
	collection('options', [
		...sendOptions,
		{
			displayName: 'Charset',
			name: 'charset',
			type: 'options',
			options: ['ASCII', 'GSM', 'ISO-8859-1', 'ISO-8859-7', 'UTF-16BE', 'UTF-8', 'windows-1252'].map((v) => ({
				name: v,
				value: v,
			})),
			default: 'UTF-8',
			description: 'Character set ICTCore passes to the SMS gateway (the Text "type")',
		},
	]),
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const to = requirePhoneNumber(this.getNode(), i, 'To', this.getNodeParameter('to', i));
	const data = requireText.call(this, i, 'message', 'Message');
	const charset = this.getNodeParameter('options.charset', i, 'UTF-8') as string;
	const name = `n8n sms ${new Date().toISOString()}`;
	return await oneStepSend.call(this, i, {
		programType: 'sendsms',
		recipient: { phone: to },
		name,
		createMessage: async () => [
			'text_id',
			await ictCoreCreate.call(this, {
				method: 'POST',
				path: '/messages/texts',
				body: { name, data, type: charset },
				idempotent: false,
				itemIndex: i,
			}),
		],
	});
}
