import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as exportCsv from './exportCsv.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getContacts from './getContacts.operation';
import * as importCsv from './importCsv.operation';
import * as update from './update.operation';

export const operations = { create, get, getAll, update, delete: del, getContacts, importCsv, exportCsv };

export const description: INodeProperties[] = [
	operationSelector(
		'group',
		[
			{ name: 'Create', value: 'create', action: 'Create a group' },
			{ name: 'Delete', value: 'delete', action: 'Delete a group' },
			{ name: 'Export CSV', value: 'exportCsv', action: 'Export the contacts of a group as CSV' },
			{ name: 'Get', value: 'get', action: 'Get a group' },
			{ name: 'Get Contacts', value: 'getContacts', action: 'Get the contacts of a group' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many groups' },
			{
				name: 'Import CSV',
				value: 'importCsv',
				action: 'Import contacts into a group from CSV',
				description: 'Start a background import of a CSV file into the group',
			},
			{ name: 'Update', value: 'update', action: 'Update a group' },
		],
		'create',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
