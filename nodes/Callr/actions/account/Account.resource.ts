import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as getPrepaidCredit from './getPrepaidCredit.operation';

export const operations = { getPrepaidCredit };

export const description: INodeProperties[] = [
	operationSelector(
		'account',
		[
			{
				name: 'Get Prepaid Credit',
				value: 'getPrepaidCredit',
				description: 'Get the real-time prepaid balance of the account',
				action: 'Get the prepaid credit',
			},
		],
		'getPrepaidCredit',
	),
];
