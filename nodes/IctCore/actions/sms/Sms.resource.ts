import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { phoneNumberField } from '../../../shared/descriptions';
import type { ItemOperation } from '../../../shared/operations';
import { operationSelector } from '../../../shared/operations';
import { requirePhoneNumber } from '../../../shared/phone';
import { collection, show } from '../../helpers/entity';
import { requireText } from '../../helpers/fields';
import { oneStepSend, sendOptions } from '../../helpers/send';
import { ictCoreCreate } from '../../transport';
import { serviceTransmissions } from '../transmissionLists';

const send: ItemOperation = {
	description: show('sms', 'send', [
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
	]),
	async execute(this: IExecuteFunctions, i) {
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
	},
};

export const operations = { send, getAll: serviceTransmissions('sms', 4) };

export const description: INodeProperties[] = [
	operationSelector(
		'sms',
		[
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many SMS transmissions',
				description: 'List SMS transmissions with filters',
			},
			{
				name: 'Send',
				value: 'send',
				action: 'Send an SMS',
				description: 'Create the text, program and transmission, and send it',
			},
		],
		'send',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
