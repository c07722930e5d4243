import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as addToGroup from './addToGroup.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as removeFromGroup from './removeFromGroup.operation';
import * as update from './update.operation';

export const operations = { create, get, getAll, update, delete: del, addToGroup, removeFromGroup };

export const description: INodeProperties[] = [
	operationSelector(
		'contact',
		[
			{ name: 'Add to Group', value: 'addToGroup', action: 'Add a contact to a group' },
			{ name: 'Create', value: 'create', action: 'Create a contact' },
			{ name: 'Delete', value: 'delete', action: 'Delete a contact' },
			{ name: 'Get', value: 'get', action: 'Get a contact' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many contacts' },
			{ name: 'Remove From Group', value: 'removeFromGroup', action: 'Remove a contact from a group' },
			{ name: 'Update', value: 'update', action: 'Update a contact' },
		],
		'create',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
