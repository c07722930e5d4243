import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { phoneNumberField } from '../../../shared/descriptions';
import { requirePhoneNumber } from '../../../shared/phone';
import { collection, show } from '../../helpers/entity';
import { idField, toApiFields } from '../../helpers/fields';
import { requireEmail } from '../../helpers/send';
import { ictCoreCreate } from '../../transport';

export const description = show('transmission', 'create', [
	{ ...idField('programId', 'Program'), required: true },
	{
		displayName: 'Recipient Type',
		name: 'recipientType',
		type: 'options',
		options: [
			{ name: 'Contact', value: 'contact' },
			{ name: 'Email Address', value: 'email' },
			{ name: 'Phone Number', value: 'phone' },
		],
		default: 'phone',
		description: 'A phone number or e-mail address creates a new contact on every call',
	},
	{ ...idField('contactId', 'Contact'), required: true, displayOptions: { show: { recipientType: ['contact'] } } },
	phoneNumberField({
		displayName: 'Phone',
		name: 'phone',
		required: true,
		displayOptions: { show: { recipientType: ['phone'] } },
	}),
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@example.com',
		default: '',
		required: true,
		displayOptions: { show: { recipientType: ['email'] } },
	},
	collection('additionalFields', [
		idField('accountId', 'Account'),
		{ displayName: 'Attempts Allowed', name: 'tryAllowed', type: 'number', typeOptions: { minValue: 1 }, default: 1 },
		{
			displayName: 'Direction',
			name: 'direction',
			type: 'options',
			options: [
				{ name: 'Inbound', value: 'inbound' },
				{ name: 'Outbound', value: 'outbound' },
			],
			default: 'outbound',
		},
		{ displayName: 'Title', name: 'title', type: 'string', default: '' },
	]),
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const type = this.getNodeParameter('recipientType', i) as string;
	const recipient =
		type === 'contact'
			? { contactId: this.getNodeParameter('contactId', i) }
			: type === 'email'
				? { email: requireEmail.call(this, i, 'Email', this.getNodeParameter('email', i)) }
				: { phone: requirePhoneNumber(this.getNode(), i, 'Phone', this.getNodeParameter('phone', i)) };
	const body = toApiFields.call(this, i, {
		programId: this.getNodeParameter('programId', i),
		...recipient,
		...(this.getNodeParameter('additionalFields', i, {}) as IDataObject),
	});
	return {
		transmission_id: await ictCoreCreate.call(this, {
			method: 'POST',
			path: '/transmissions',
			body,
			idempotent: false,
			itemIndex: i,
		}),
		...body,
	};
}
