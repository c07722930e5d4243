import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, delete: del, get, getAll, update };

export const description: INodeProperties[] = [
	operationSelector(
		'voiceApp',
		[
			{
				name: 'Create',
				value: 'create',
				description: 'Create a Call Tracking, Click-to-Call or Real-Time Voice App',
				action: 'Create a voice app',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a Voice App',
				action: 'Delete a voice app',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a Voice App with its settings',
				action: 'Get a voice app',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the Voice Apps of the account',
				action: 'Get many voice apps',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change the name or settings of a Voice App',
				action: 'Update a voice app',
			},
		],
		'getAll',
	),
	...create.description,
	...update.description,
	...getAll.description,
	...get.description,
	...del.description,
];
