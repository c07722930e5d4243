import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { create } from './create.operation';
import { getAll } from './getAll.operation';

export const blockedNumber = { create, getAll };

export const description: INodeProperties[] = [
	operationSelector(
		'blockedNumber',
		[
			{ name: 'Create', value: 'create', description: 'Block phone numbers', action: 'Block phone numbers' },
			{ name: 'Get Many', value: 'getAll', description: 'Get the blocked numbers', action: 'Get many blocked numbers' },
		],
		'create',
	),
	...create.description,
	...getAll.description,
];
