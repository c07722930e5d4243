import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../../../shared/operations';
import { operationSelector } from '../../../shared/operations';
import { clearAutoResponse } from './clearAutoResponse.operation';
import { getNewReceived } from './getNewReceived.operation';
import { getStatus } from './getStatus.operation';
import { send } from './send.operation';
import { setAutoResponse } from './setAutoResponse.operation';

export const operations: ResourceOperations = { clearAutoResponse, getNewReceived, getStatus, send, setAutoResponse };

export const description: INodeProperties[] = [
	operationSelector(
		'sms',
		[
			{
				name: 'Clear Auto-Response',
				value: 'clearAutoResponse',
				description: 'Stop replying automatically to received SMS',
				action: 'Clear the SMS auto-response',
			},
			{
				name: 'Get New Received',
				value: 'getNewReceived',
				description: 'Get the SMS received since the last read (the server then deletes them)',
				action: 'Get new received SMS',
			},
			{
				name: 'Get Status',
				value: 'getStatus',
				description: 'Get the delivery status of a sent SMS',
				action: 'Get the status of an SMS',
			},
			{ name: 'Send', value: 'send', description: 'Send an SMS to one or more recipients', action: 'Send an SMS' },
			{
				name: 'Set Auto-Response',
				value: 'setAutoResponse',
				description: 'Reply automatically to every received SMS',
				action: 'Set the SMS auto-response',
			},
		],
		'send',
	),
	...Object.values(operations).flatMap((operation) => operation.description),
];
