import type { INodeProperties } from 'n8n-workflow';

export const contactIdField: INodeProperties = { displayName: 'Contact ID', name: 'contactId', type: 'string', required: true, default: '' };

export const keysField: INodeProperties = {
	displayName: 'Keys',
	name: 'keys',
	type: 'string',
	default: '',
	description: 'Unique lookup keys of the contact, separated by commas (the phone number is always one)',
};

/** Contact data fields with Ytel's special `extData` names. */
export const contactDataFields: INodeProperties[] = [
	{ displayName: 'Email', name: 'email1', type: 'string', placeholder: 'name@email.com', default: '' },
	{ displayName: 'First Name', name: 'firstname', type: 'string', default: '' },
	{ displayName: 'Last Name', name: 'lastname', type: 'string', default: '' },
	{ displayName: 'Notes', name: 'notes', type: 'string', default: '' },
	{ displayName: 'State', name: 'state1', type: 'string', default: '', description: 'Two-letter US state' },
	{ displayName: 'ZIP Code', name: 'zip1', type: 'string', default: '' },
];
