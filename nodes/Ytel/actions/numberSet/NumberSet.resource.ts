import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { numberSetPicker } from '../common.descriptions';
import { byIdOperation, listOperation } from '../listed';
import * as addNumbers from './addNumbers.operation';
import * as create from './create.operation';
import * as removeNumber from './removeNumber.operation';

const setId = { ...numberSetPicker, required: true };

export const operations = {
	create: create.operation,
	get: byIdOperation('numberSet', 'get', setId, 'GET', '/v4/numberset/'),
	getAll: listOperation('numberSet', '/v4/numberset/'),
	addNumbers: addNumbers.operation,
	removeNumber: removeNumber.operation,
	delete: byIdOperation('numberSet', 'delete', setId, 'DELETE', '/v4/numberset/'),
};

export const description: INodeProperties[] = [
	operationSelector(
		'numberSet',
		[
			{ name: 'Add Numbers', value: 'addNumbers', description: 'Put numbers of the account in a set', action: 'Add numbers to a number set' },
			{ name: 'Create', value: 'create', description: 'Create a number set with its inbound URLs', action: 'Create a number set' },
			{ name: 'Delete', value: 'delete', description: 'Delete a number set', action: 'Delete a number set' },
			{ name: 'Get', value: 'get', description: 'Get a number set with its numbers', action: 'Get a number set' },
			{ name: 'Get Many', value: 'getAll', description: 'List the account’s number sets', action: 'Get many number sets' },
			{ name: 'Remove Number', value: 'removeNumber', description: 'Take a number out of a set', action: 'Remove a number from a number set' },
		],
		'get',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
