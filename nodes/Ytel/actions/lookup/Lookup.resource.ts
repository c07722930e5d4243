import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as carrierLookup from './carrierLookup.operation';

export const operations = { carrierLookup: carrierLookup.operation };

export const description: INodeProperties[] = [
	operationSelector(
		'lookup',
		[
			{
				name: 'Carrier Lookup',
				value: 'carrierLookup',
				description: 'Get the carrier and line type of a number (billed)',
				action: 'Look up the carrier of a number',
			},
		],
		'carrierLookup',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
