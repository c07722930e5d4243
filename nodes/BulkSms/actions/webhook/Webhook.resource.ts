import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { create } from './create.operation';
import { deleteWebhook } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const webhook = { create, delete: deleteWebhook, get, getAll, update };

export const description: INodeProperties[] = [
	operationSelector(
		'webhook',
		[
			{ name: 'Create', value: 'create', description: 'Create a webhook', action: 'Create a webhook' },
			{ name: 'Delete', value: 'delete', description: 'Delete a webhook', action: 'Delete a webhook' },
			{ name: 'Get', value: 'get', description: 'Get a webhook', action: 'Get a webhook' },
			{ name: 'Get Many', value: 'getAll', description: 'Get every webhook', action: 'Get many webhooks' },
			{
				name: 'Update',
				value: 'update',
				description: 'Replace the settings of a webhook',
				action: 'Update a webhook',
			},
		],
		'create',
	),
	...create.description,
	...get.description,
	...update.description,
	...deleteWebhook.description,
	...getAll.description,
];
