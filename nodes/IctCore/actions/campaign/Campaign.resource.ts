import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as start from './start.operation';
import * as stop from './stop.operation';
import * as update from './update.operation';

export const operations = { create, get, getAll, update, delete: del, start, stop };

export const description: INodeProperties[] = [
	operationSelector(
		'campaign',
		[
			{
				name: 'Create',
				value: 'create',
				action: 'Create a campaign',
				description: 'Create a bulk campaign of a program to a group',
			},
			{ name: 'Delete', value: 'delete', action: 'Delete a campaign' },
			{ name: 'Get', value: 'get', action: 'Get a campaign' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many campaigns' },
			{
				name: 'Start',
				value: 'start',
				action: 'Start a campaign',
				description: 'Start or resume sending to the group',
			},
			{ name: 'Stop', value: 'stop', action: 'Stop a campaign', description: 'Pause the campaign' },
			{ name: 'Update', value: 'update', action: 'Update a campaign' },
		],
		'create',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
