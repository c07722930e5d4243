import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as send from './send.operation';

export const operations = { send };

export const description: INodeProperties[] = [
	operationSelector(
		'email',
		[
			{
				name: 'Send',
				value: 'send',
				action: 'Send an email',
				description: 'Create the template (with attachments), program and transmission, and send it',
			},
		],
		'send',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
