import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as disableInbound from './disableInbound.operation';
import * as enableInbound from './enableInbound.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, get, getAll, update, delete: del, enableInbound, disableInbound };

export const description: INodeProperties[] = [
	operationSelector(
		'account',
		[
			{ name: 'Create', value: 'create', action: 'Create an account' },
			{ name: 'Delete', value: 'delete', action: 'Delete an account' },
			{
				name: 'Disable Inbound',
				value: 'disableInbound',
				action: 'Disable inbound traffic on an account',
				description: 'Remove receive programs from the account',
			},
			{
				name: 'Enable Inbound',
				value: 'enableInbound',
				action: 'Enable inbound traffic on an account',
				description: 'Install a receive program so inbound SMS, fax or e-mail is recorded',
			},
			{ name: 'Get', value: 'get', action: 'Get an account' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many accounts' },
			{ name: 'Update', value: 'update', action: 'Update an account' },
		],
		'get',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
