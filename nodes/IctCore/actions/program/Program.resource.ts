import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getTransmissions from './getTransmissions.operation';

export const operations = { create, get, getAll, delete: del, getTransmissions };

export const description: INodeProperties[] = [
	operationSelector(
		'program',
		[
			{
				name: 'Create',
				value: 'create',
				action: 'Create a program',
				description: 'Create and deploy a program of a given type',
			},
			{ name: 'Delete', value: 'delete', action: 'Delete a program' },
			{ name: 'Get', value: 'get', action: 'Get a program' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many programs' },
			{ name: 'Get Transmissions', value: 'getTransmissions', action: 'Get the transmissions of a program' },
		],
		'create',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
