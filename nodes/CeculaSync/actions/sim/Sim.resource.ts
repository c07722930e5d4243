import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../../../shared/operations';
import { operationSelector } from '../../../shared/operations';
import { getStatus } from './getStatus.operation';
import { refresh } from './refresh.operation';

export const operations: ResourceOperations = { getStatus, refresh };

export const description: INodeProperties[] = [
	operationSelector(
		'sim',
		[
			{
				name: 'Get Status',
				value: 'getStatus',
				description: 'Get the state of the hosted SIM (for example IN CALL)',
				action: 'Get the SIM status',
			},
			{
				name: 'Refresh',
				value: 'refresh',
				description: 'Refresh the SIM when it is frozen or slow',
				action: 'Refresh the SIM',
			},
		],
		'getStatus',
	),
	...Object.values(operations).flatMap((operation) => operation.description),
];
