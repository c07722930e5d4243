import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as add from './add.operation';
import * as check from './check.operation';

export const operations = { add: add.operation, check: check.operation };

export const description: INodeProperties[] = [
	operationSelector(
		'dnc',
		[
			{ name: 'Add', value: 'add', description: 'Put a number on a do-not-contact list', action: 'Add a number to the DNC list' },
			{
				name: 'Check',
				value: 'check',
				description: 'Get a number’s DNC entry; Ytel answers with an error when there is none',
				action: 'Check a number on the DNC list',
			},
		],
		'add',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
