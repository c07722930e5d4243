import type { INodeProperties } from 'n8n-workflow';

import * as account from './account/Account.resource';
import * as call from './call/Call.resource';
import * as sim from './sim/Sim.resource';
import * as sms from './sms/Sms.resource';

/**
 * The node's parameters: the resource selector and every resource's operations and fields. The rest of the
 * description sits in CeculaSync.node.ts, where n8n's lint rules look for it.
 */
export const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Account', value: 'account' },
			{ name: 'Call', value: 'call' },
			{ name: 'SIM', value: 'sim' },
			{ name: 'SMS', value: 'sms' },
		],
		default: 'sms',
	},
	...sms.description,
	...call.description,
	...account.description,
	...sim.description,
];
