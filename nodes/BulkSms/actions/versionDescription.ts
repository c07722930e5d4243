import type { INodeProperties } from 'n8n-workflow';

import * as blockedNumber from './blockedNumber/BlockedNumber.resource';
import * as message from './message/Message.resource';
import * as profile from './profile/Profile.resource';
import * as webhook from './webhook/Webhook.resource';

/** The node's parameters: the resource selector, then every resource's operations and fields. */
export const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Blocked Number', value: 'blockedNumber' },
			{ name: 'Message', value: 'message' },
			{ name: 'Profile', value: 'profile' },
			{ name: 'Webhook', value: 'webhook' },
		],
		default: 'message',
	},
	...message.description,
	...blockedNumber.description,
	...profile.description,
	...webhook.description,
];
