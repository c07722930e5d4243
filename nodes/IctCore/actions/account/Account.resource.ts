import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { phoneNumberField } from '../../../shared/descriptions';
import type { ItemOperation } from '../../../shared/operations';
import { operationSelector } from '../../../shared/operations';
import type { Entity } from '../../helpers/entity';
import {
	createOperation,
	deleteOperation,
	getManyOperation,
	getOperation,
	show,
	updateOperation,
} from '../../helpers/entity';
import { dateFilters, idField, readId, textField } from '../../helpers/fields';
import { ictCoreCreate, ictCoreRequest } from '../../transport';

const ACCOUNT: Entity = {
	resource: 'account',
	path: '/accounts',
	idKey: 'account_id',
	idField: idField('accountId', 'Account'),
};

const accountFields: INodeProperties[] = [
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

const INBOUND_TYPES = [
	{ name: 'Email to Fax', value: 'emailtofax' },
	{ name: 'Fax to Email', value: 'faxtoemail' },
	{ name: 'Receive Email', value: 'receiveemail' },
	{ name: 'Receive Fax', value: 'receivefax' },
	{ name: 'Receive SMS', value: 'receivesms' },
];

const enableInbound: ItemOperation = {
	description: show('account', 'enableInbound', [
		{ ...ACCOUNT.idField, required: true },
		{
			displayName: 'Program Type',
			name: 'programType',
			type: 'options',
			options: INBOUND_TYPES,
			default: 'receivesms',
			description: 'What to do with traffic arriving on the account',
		},
	]),
	async execute(this: IExecuteFunctions, i) {
		const id = readId.call(this, i, 'accountId');
		const type = this.getNodeParameter('programType', i) as string;
		const programId = await ictCoreCreate.call(this, {
			method: 'PUT',
			path: `/accounts/${id}/programs/${type}`,
			idempotent: false,
			itemIndex: i,
		});
		return { account_id: id, program_type: type, program_id: programId };
	},
};

const disableInbound: ItemOperation = {
	description: show('account', 'disableInbound', [
		{ ...ACCOUNT.idField, required: true },
		{
			displayName: 'Program Type',
			name: 'programType',
			type: 'options',
			options: [{ name: 'All', value: '' }, ...INBOUND_TYPES],
			default: '',
			description: 'Which inbound program to remove; All removes every program of the account',
		},
	]),
	async execute(this: IExecuteFunctions, i) {
		const id = readId.call(this, i, 'accountId');
		const type = this.getNodeParameter('programType', i) as string;
		await ictCoreRequest.call(this, {
			method: 'DELETE',
			path: `/accounts/${id}/programs${type ? `/${type}` : ''}`,
			idempotent: true,
			itemIndex: i,
		});
		return { account_id: id, program_type: type || 'all', removed: true };
	},
};

export const operations = {
	create: createOperation(
		ACCOUNT,
		[
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				options: [
					{ name: 'Account', value: 'account' },
					{ name: 'DID', value: 'did' },
					{ name: 'Extension', value: 'extension' },
				],
				default: 'account',
			},
		],
		accountFields,
	),
	get: getOperation(ACCOUNT),
	getAll: getManyOperation(ACCOUNT, [
		...dateFilters,
		textField('Email', 'email', { description: 'Part of the e-mail address' }),
		textField('Phone', 'phone', { description: 'Part of the phone number' }),
		textField('Type', 'type', { placeholder: 'did' }),
	]),
	update: updateOperation(ACCOUNT, accountFields),
	delete: deleteOperation(ACCOUNT),
	enableInbound,
	disableInbound,
};

export const description: INodeProperties[] = [
	operationSelector(
		'account',
		[
			{ name: 'Create', value: 'create', action: 'Create an account' },
			{ name: 'Delete', value: 'delete', action: 'Delete an account' },
			{
				name: 'Disable Inbound',
				value: 'disableInbound',
				action: 'Disable inbound traffic on an account',
				description: 'Remove receive programs from the account',
			},
			{
				name: 'Enable Inbound',
				value: 'enableInbound',
				action: 'Enable inbound traffic on an account',
				description: 'Install a receive program so inbound SMS, fax or e-mail is recorded',
			},
			{ name: 'Get', value: 'get', action: 'Get an account' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many accounts' },
			{ name: 'Update', value: 'update', action: 'Update an account' },
		],
		'get',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
