import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as getAll from './getAll.operation';

export const operations = { getAll: getAll.operation };

export const description: INodeProperties[] = [
	operationSelector(
		'recording',
		[{ name: 'Get Many', value: 'getAll', description: 'List call recordings', action: 'Get many recordings' }],
		'getAll',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
