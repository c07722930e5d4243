import type { INodeProperties } from 'n8n-workflow';

import * as account from './account/Account.resource';
import * as call from './call/Call.resource';
import * as campaign from './campaign/Campaign.resource';
import * as media from './media/Media.resource';
import * as phoneNumber from './phoneNumber/PhoneNumber.resource';
import * as sms from './sms/Sms.resource';
import * as voiceApp from './voiceApp/VoiceApp.resource';
import * as webhook from './webhook/Webhook.resource';

/** The node's parameters: the resource selector, then every resource's operations and fields. */
export const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Account', value: 'account' },
			{ name: 'Call', value: 'call' },
			{ name: 'Media', value: 'media' },
			{ name: 'Phone Number', value: 'phoneNumber' },
			{ name: 'SENDR Campaign', value: 'campaign' },
			{ name: 'SMS', value: 'sms' },
			{ name: 'Voice App', value: 'voiceApp' },
			{ name: 'Webhook', value: 'webhook' },
		],
		default: 'sms',
	},
	...sms.description,
	...call.description,
	...phoneNumber.description,
	...voiceApp.description,
	...media.description,
	...campaign.description,
	...webhook.description,
	...account.description,
];
