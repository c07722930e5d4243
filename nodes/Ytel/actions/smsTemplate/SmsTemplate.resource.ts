import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { byIdOperation, listOperation } from '../listed';
import * as create from './create.operation';
import { templatePicker } from './fields';
import * as update from './update.operation';

export const operations = {
	create: create.operation,
	get: byIdOperation('smsTemplate', 'get', templatePicker, 'GET', '/v4/smstemplate/'),
	getAll: listOperation('smsTemplate', '/v4/smstemplate/'),
	update: update.operation,
	archive: byIdOperation('smsTemplate', 'archive', templatePicker, 'DELETE', '/v4/smstemplate/'),
	unarchive: byIdOperation(
		'smsTemplate',
		'unarchive',
		{ ...templatePicker, displayName: 'SMS Template ID', type: 'string', typeOptions: undefined, description: 'Archived templates are not in the list' },
		'PUT',
		'/v4/smstemplate/',
		'unarchive',
	),
};

export const description: INodeProperties[] = [
	operationSelector(
		'smsTemplate',
		[
			{ name: 'Archive', value: 'archive', description: 'Archive an SMS template', action: 'Archive an SMS template' },
			{ name: 'Create', value: 'create', description: 'Create an SMS template', action: 'Create an SMS template' },
			{ name: 'Get', value: 'get', description: 'Get an SMS template', action: 'Get an SMS template' },
			{ name: 'Get Many', value: 'getAll', description: 'List the SMS templates', action: 'Get many SMS templates' },
			{ name: 'Unarchive', value: 'unarchive', description: 'Restore an archived SMS template', action: 'Unarchive an SMS template' },
			{ name: 'Update', value: 'update', description: 'Change an SMS template', action: 'Update an SMS template' },
		],
		'create',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
