import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import { byIdOperation } from '../listed';
import * as getAll from './getAll.operation';
import * as getLive from './getLive.operation';
import * as interrupt from './interrupt.operation';
import * as make from './make.operation';
import * as makeGroup from './makeGroup.operation';
import * as play from './play.operation';
import * as record from './record.operation';
import * as sendDigits from './sendDigits.operation';

export const operations = {
	make: make.operation,
	makeGroup: makeGroup.operation,
	sendDigits: sendDigits.operation,
	play: play.operation,
	record: record.operation,
	interrupt: interrupt.operation,
	getLive: getLive.operation,
	get: byIdOperation('call', 'get', { displayName: 'Call SID', name: 'callSid', type: 'string', required: true, default: '' }, 'GET', '/v4/logs/call/details/'),
	getAll: getAll.operation,
};

export const description: INodeProperties[] = [
	operationSelector(
		'call',
		[
			{ name: 'Get', value: 'get', description: 'Get a call from the call log', action: 'Get a call' },
			{ name: 'Get Live', value: 'getLive', description: 'List the calls in progress', action: 'Get live calls' },
			{ name: 'Get Many', value: 'getAll', description: 'List calls of the call log', action: 'Get many calls' },
			{ name: 'Hang Up / Redirect', value: 'interrupt', description: 'End a call in progress or hand it to other InboundXML', action: 'Hang up or redirect a call' },
			{ name: 'Make', value: 'make', description: 'Call a number and run InboundXML', action: 'Make a call' },
			{ name: 'Make Group Call', value: 'makeGroup', description: 'Call several numbers with the same call handling', action: 'Make a group call' },
			{ name: 'Play / Say', value: 'play', description: 'Play audio or speak text into a call in progress', action: 'Play audio or say text in a call' },
			{ name: 'Record', value: 'record', description: 'Record a call in progress', action: 'Record a call' },
			{ name: 'Send Digits', value: 'sendDigits', description: 'Play DTMF tones into a call in progress', action: 'Send digits to a call' },
		],
		'make',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
