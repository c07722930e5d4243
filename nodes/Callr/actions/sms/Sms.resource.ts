import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as send from './send.operation';

export const operations = { get, getAll, send };

export const description: INodeProperties[] = [
	operationSelector(
		'sms',
		[
			{ name: 'Get', value: 'get', description: 'Get an SMS by its ID', action: 'Get an SMS' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List SMS sent or received in a period',
				action: 'Get many SMS',
			},
			{ name: 'Send', value: 'send', description: 'Send an SMS', action: 'Send an SMS' },
		],
		'send',
	),
	...send.description,
	...get.description,
	...getAll.description,
];
