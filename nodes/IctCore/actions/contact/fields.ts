import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import type { Entity } from '../../helpers/entity';
import { show } from '../../helpers/entity';
import { dateFilters, idField, readId, textField } from '../../helpers/fields';
import { toItem } from '../../helpers/normalise';
import { ictCoreRequest } from '../../transport';

export const CONTACT: Entity = {
	resource: 'contact',
	path: '/contacts',
	idKey: 'contact_id',
	idField: idField('contactId', 'Contact'),
};

/** Contact columns (reference §5); phone numbers stay text so a leading zero survives. */
export const contactFields: INodeProperties[] = [
	textField('Address', 'address'),
	textField('Custom 1', 'custom1'),
	textField('Custom 2', 'custom2'),
	textField('Custom 3', 'custom3'),
	textField('Description', 'description'),
	textField('Email', 'email', { placeholder: 'name@example.com' }),
	textField('First Name', 'firstName'),
	textField('Last Name', 'lastName'),
];

/** The filters of a contact list (`GET /contacts`, a group's contacts). */
export const contactFilters: INodeProperties[] = [
	...dateFilters,
	textField('Email', 'email', { description: 'Exact e-mail address' }),
	textField('First Name', 'firstName', { description: 'Part of the first name' }),
	textField('Last Name', 'lastName', { description: 'Part of the last name' }),
	textField('Phone', 'phone', { description: 'The end of the phone number, e.g. the number without country code' }),
];

/** Membership: `PUT` / `DELETE /contacts/{contact}/link/{group}`. */
export const membership = (operation: string, method: 'PUT' | 'DELETE'): ItemOperation => ({
	description: show('contact', operation, [
		{ ...CONTACT.idField, required: true },
		{ ...idField('groupId', 'Group'), required: true },
	]),
	async execute(this: IExecuteFunctions, i) {
		const contactId = readId.call(this, i, 'contactId');
		const groupId = readId.call(this, i, 'groupId');
		const answer = await ictCoreRequest.call(this, {
			method,
			path: `/contacts/${contactId}/link/${groupId}`,
			idempotent: method === 'DELETE',
			itemIndex: i,
		});
		return method === 'PUT'
			? { ...toItem(answer, 'contact_id'), group_id: groupId }
			: { contact_id: contactId, group_id: groupId, removed: true };
	},
});
