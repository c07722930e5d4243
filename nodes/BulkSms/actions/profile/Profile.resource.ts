import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { get } from './get.operation';

export const profile = { get };

export const description: INodeProperties[] = [
	operationSelector(
		'profile',
		[
			{
				name: 'Get',
				value: 'get',
				description: 'Get your account profile with the credit balance and the daily quota',
				action: 'Get the account profile',
			},
		],
		'get',
	),
];
