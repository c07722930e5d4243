import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const operations = { delete: del, get, getAll };

export const description: INodeProperties[] = [
	operationSelector(
		'voiceApp',
		[
			{ name: 'Delete', value: 'delete', description: 'Delete a Voice App', action: 'Delete a voice app' },
			{ name: 'Get', value: 'get', description: 'Get a Voice App with its settings', action: 'Get a voice app' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the Voice Apps of the account',
				action: 'Get many voice apps',
			},
		],
		'getAll',
	),
	...getAll.description,
	...get.description,
	...del.description,
];
