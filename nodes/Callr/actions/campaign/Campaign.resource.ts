import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as pause from './pause.operation';
import * as start from './start.operation';
import * as stop from './stop.operation';

export const operations = { delete: del, get, pause, start, stop };

export const description: INodeProperties[] = [
	operationSelector(
		'campaign',
		[
			{ name: 'Delete', value: 'delete', description: 'Delete a SENDR campaign', action: 'Delete a campaign' },
			{
				name: 'Get',
				value: 'get',
				description: 'Get a SENDR campaign with its status and counters',
				action: 'Get a campaign',
			},
			{ name: 'Pause', value: 'pause', description: 'Pause a running SENDR campaign', action: 'Pause a campaign' },
			{ name: 'Start', value: 'start', description: 'Start or resume a SENDR campaign', action: 'Start a campaign' },
			{ name: 'Stop', value: 'stop', description: 'Stop a SENDR campaign for good', action: 'Stop a campaign' },
		],
		'get',
	),
	...get.description,
	...start.description,
	...pause.description,
	...stop.description,
	...del.description,
];
