import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { byIdOperation } from '../listed';
import * as getAll from './getAll.operation';
import * as sendMms from './sendMms.operation';
import * as sendSms from './sendSms.operation';

export const operations = {
	sendSms: sendSms.operation,
	sendMms: sendMms.operation,
	get: byIdOperation(
		'message',
		'get',
		{ displayName: 'Message SID', name: 'smsSid', type: 'string', required: true, default: '', description: 'The messageSid Send returned' },
		'GET',
		'/v4/logs/sms/details/',
	),
	getAll: getAll.operation,
};

export const description: INodeProperties[] = [
	operationSelector(
		'message',
		[
			{ name: 'Get', value: 'get', description: 'Get a message from the SMS log', action: 'Get a message' },
			{ name: 'Get Many', value: 'getAll', description: 'List messages of the SMS log', action: 'Get many messages' },
			{ name: 'Send MMS', value: 'sendMms', description: 'Send a picture message', action: 'Send an MMS' },
			{ name: 'Send SMS', value: 'sendSms', description: 'Send a text message', action: 'Send an SMS' },
		],
		'sendSms',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
