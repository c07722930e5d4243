import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getRelatedReceived } from './getRelatedReceived.operation';
import { send } from './send.operation';

export const message = { get, getAll, getRelatedReceived, send };

export const description: INodeProperties[] = [
	operationSelector(
		'message',
		[
			{ name: 'Get', value: 'get', description: 'Get a message by ID', action: 'Get a message' },
			{ name: 'Get Many', value: 'getAll', description: 'Get sent and received messages', action: 'Get many messages' },
			{
				name: 'Get Related Received Messages',
				value: 'getRelatedReceived',
				description: 'Get the replies to a message you sent',
				action: 'Get replies to a message',
			},
			{ name: 'Send', value: 'send', description: 'Send an SMS to numbers or a group', action: 'Send an SMS' },
		],
		'send',
	),
	...send.description,
	...get.description,
	...getAll.description,
	...getRelatedReceived.description,
];
