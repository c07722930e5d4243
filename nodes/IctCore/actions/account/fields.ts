import type { INodeProperties } from 'n8n-workflow';

import { phoneNumberField } from '../../../shared/descriptions';
import type { Entity } from '../../helpers/entity';
import { idField, textField } from '../../helpers/fields';

export const ACCOUNT: Entity = {
	resource: 'account',
	path: '/accounts',
	idKey: 'account_id',
	idField: idField('accountId', 'Account'),
};

/** The columns Create and Update set. */
export const accountFields: INodeProperties[] = [
	{
		displayName: 'Active',
		name: 'active',
		type: 'options',
		options: [
			{ name: 'Active', value: 1 },
			{ name: 'Disabled', value: 0 },
		],
		default: 1,
	},
	textField('Address', 'address'),
	textField('Email', 'email', {
		placeholder: 'name@example.com',
		description: 'The e-mail identity: sender of e-mails and address receiving inbound e-mail',
	}),
	textField('First Name', 'firstName'),
	textField('Last Name', 'lastName'),
	textField('Password', 'passwd', {
		typeOptions: { password: true },
		description: 'SIP password (ICTCore stores it in plain text)',
	}),
	textField('PIN', 'passwdPin', { typeOptions: { password: true } }),
	phoneNumberField({
		displayName: 'Phone',
		name: 'phone',
		description: 'Caller ID and SMS sender, and the number receiving inbound SMS and fax',
	}),
	textField('Username', 'username', { description: 'SIP or extension username' }),
];

/** The receive programs Enable Inbound installs and Disable Inbound removes. */
export const INBOUND_TYPES = [
	{ name: 'Email to Fax', value: 'emailtofax' },
	{ name: 'Fax to Email', value: 'faxtoemail' },
	{ name: 'Receive Email', value: 'receiveemail' },
	{ name: 'Receive Fax', value: 'receivefax' },
	{ name: 'Receive SMS', value: 'receivesms' },
];
