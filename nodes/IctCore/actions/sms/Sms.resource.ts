import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as getAll from './getAll.operation';
import * as send from './send.operation';

export const operations = { send, getAll };

export const description: INodeProperties[] = [
	operationSelector(
		'sms',
		[
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many SMS transmissions',
				description: 'List SMS transmissions with filters',
			},
			{
				name: 'Send',
				value: 'send',
				action: 'Send an SMS',
				description: 'Create the text, program and transmission, and send it',
			},
		],
		'send',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
