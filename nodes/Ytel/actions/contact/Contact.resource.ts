import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { byIdOperation, listOperation } from '../listed';
import * as create from './create.operation';
import { contactIdField } from './fields';
import * as search from './search.operation';
import * as update from './update.operation';

export const operations = {
	create: create.operation,
	get: byIdOperation('contact', 'get', contactIdField, 'GET', '/v4/contact/'),
	getAll: listOperation('contact', '/v4/contact/'),
	search: search.operation,
	update: update.operation,
	archive: byIdOperation('contact', 'archive', contactIdField, 'DELETE', '/v4/contact/'),
	unarchive: byIdOperation('contact', 'unarchive', contactIdField, 'PUT', '/v4/contact/', 'unarchive'),
};

export const description: INodeProperties[] = [
	operationSelector(
		'contact',
		[
			{ name: 'Archive', value: 'archive', description: 'Archive (delete) a contact', action: 'Archive a contact' },
			{ name: 'Create', value: 'create', description: 'Create a contact', action: 'Create a contact' },
			{ name: 'Get', value: 'get', description: 'Get a contact', action: 'Get a contact' },
			{ name: 'Get Many', value: 'getAll', description: 'List contacts (Ytel returns at most 1,000)', action: 'Get many contacts' },
			{ name: 'Search', value: 'search', description: 'Find contacts by key or by their data', action: 'Search contacts' },
			{ name: 'Unarchive', value: 'unarchive', description: 'Restore an archived contact', action: 'Unarchive a contact' },
			{ name: 'Update', value: 'update', description: 'Change a contact’s data and keys', action: 'Update a contact' },
		],
		'create',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
