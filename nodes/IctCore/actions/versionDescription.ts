import type { INodeProperties } from 'n8n-workflow';

import * as account from './account/Account.resource';
import * as call from './call/Call.resource';
import * as campaign from './campaign/Campaign.resource';
import * as contact from './contact/Contact.resource';
import * as email from './email/Email.resource';
import * as fax from './fax/Fax.resource';
import * as group from './group/Group.resource';
import * as message from './message/Message.resource';
import * as program from './program/Program.resource';
import * as report from './report/Report.resource';
import * as sms from './sms/Sms.resource';
import * as transmission from './transmission/Transmission.resource';

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
			{ name: 'Campaign', value: 'campaign' },
			{ name: 'Contact', value: 'contact' },
			{ name: 'Email', value: 'email' },
			{ name: 'Fax', value: 'fax' },
			{ name: 'Group', value: 'group' },
			{ name: 'Message', value: 'message' },
			{ name: 'Program', value: 'program' },
			{ name: 'Report', value: 'report' },
			{ name: 'SMS', value: 'sms' },
			{ name: 'Transmission', value: 'transmission' },
		],
		default: 'sms',
	},
	...account.description,
	...call.description,
	...campaign.description,
	...contact.description,
	...email.description,
	...fax.description,
	...group.description,
	...message.description,
	...program.description,
	...report.description,
	...sms.description,
	...transmission.description,
];
