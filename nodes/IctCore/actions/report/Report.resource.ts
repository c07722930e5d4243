import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as getStatistics from './getStatistics.operation';

export const operations = { getStatistics };

export const description: INodeProperties[] = [
	operationSelector(
		'report',
		[
			{
				name: 'Get Statistics',
				value: 'getStatistics',
				action: 'Get statistics',
				description: 'Counts of users, accounts, campaigns, contacts and transmissions',
			},
		],
		'getStatistics',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
