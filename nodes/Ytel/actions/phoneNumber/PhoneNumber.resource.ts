import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as purchase from './purchase.operation';
import * as release from './release.operation';
import * as searchAvailable from './searchAvailable.operation';
import * as update from './update.operation';

export const operations = {
	searchAvailable: searchAvailable.operation,
	purchase: purchase.operation,
	get: get.operation,
	getAll: getAll.operation,
	update: update.operation,
	release: release.operation,
};

export const description: INodeProperties[] = [
	operationSelector(
		'phoneNumber',
		[
			{ name: 'Get', value: 'get', description: 'Get one of the account’s numbers with its inbound URLs', action: 'Get a phone number' },
			{ name: 'Get Many', value: 'getAll', description: 'List the account’s numbers', action: 'Get many phone numbers' },
			{ name: 'Purchase', value: 'purchase', description: 'Buy available numbers (billed)', action: 'Purchase phone numbers' },
			{ name: 'Release', value: 'release', description: 'Give numbers of the account up', action: 'Release phone numbers' },
			{ name: 'Search Available', value: 'searchAvailable', description: 'Find numbers to buy by area code', action: 'Search available phone numbers' },
			{ name: 'Update', value: 'update', description: 'Change a number’s name and inbound SMS and voice URLs', action: 'Update a phone number' },
		],
		'get',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
