import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { operationSelector } from '../../../shared/operations';
import { ytelRequestOne } from '../../transport';

/** An account read (AMS v3): needs an Email & Password credential, Ytel refuses long-lived UI tokens there. */
const read = (path: string): ItemOperation => ({
	description: [],
	async execute(this: IExecuteFunctions, i: number) {
		return await ytelRequestOne.call(this, { method: 'GET', path }, { idempotent: true, itemIndex: i });
	},
});

export const operations = {
	get: read('/ams/v3/accounts'),
	getBalance: read('/ams/v3/accounts/totalFunds'),
};

export const description: INodeProperties[] = [
	operationSelector(
		'account',
		[
			{ name: 'Get', value: 'get', description: 'Get the account’s details', action: 'Get the account' },
			{
				name: 'Get Balance',
				value: 'getBalance',
				description: 'Get the account’s funds (parent accounts only)',
				action: 'Get the account balance',
			},
		],
		'get',
	),
	{
		displayName: 'Account operations need the Email & Password authentication: Ytel refuses long-lived access tokens for them',
		name: 'accountNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { resource: ['account'] } },
	},
];
