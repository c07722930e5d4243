import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../../../shared/operations';
import { operationSelector } from '../../../shared/operations';
import { clearAutoResponse } from './clearAutoResponse.operation';
import { getNewMissed } from './getNewMissed.operation';
import { getStatus } from './getStatus.operation';
import { sendMissedCall } from './sendMissedCall.operation';
import { setAutoResponse } from './setAutoResponse.operation';

export const operations: ResourceOperations = {
	clearAutoResponse,
	getNewMissed,
	getStatus,
	sendMissedCall,
	setAutoResponse,
};

export const description: INodeProperties[] = [
	operationSelector(
		'call',
		[
			{
				name: 'Clear Auto-Response',
				value: 'clearAutoResponse',
				description: 'Stop replying automatically to calls',
				action: 'Clear the call auto-response',
			},
			{
				name: 'Get New Missed',
				value: 'getNewMissed',
				description: 'Get the calls missed since the last read (the server then deletes them)',
				action: 'Get new missed calls',
			},
			{
				name: 'Get Status',
				value: 'getStatus',
				description: 'Get whether a missed call was answered',
				action: 'Get the status of a call',
			},
			{
				name: 'Send Missed Call',
				value: 'sendMissedCall',
				description: 'Ring a number once and hang up when it answers',
				action: 'Send a missed call',
			},
			{
				name: 'Set Auto-Response',
				value: 'setAutoResponse',
				description: 'Reply automatically to every call to the dedicated number',
				action: 'Set the call auto-response',
			},
		],
		'sendMissedCall',
	),
	...Object.values(operations).flatMap((operation) => operation.description),
];
