import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as cancelSchedule from './cancelSchedule.operation';
import * as clone from './clone.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getAttempts from './getAttempts.operation';
import * as getResults from './getResults.operation';
import * as getStatus from './getStatus.operation';
import * as retry from './retry.operation';
import * as schedule from './schedule.operation';
import * as send from './send.operation';

export const operations = {
	create,
	send,
	retry,
	get,
	getStatus,
	getAttempts,
	getResults,
	getAll,
	clone,
	schedule,
	cancelSchedule,
	delete: del,
};

export const description: INodeProperties[] = [
	operationSelector(
		'transmission',
		[
			{
				name: 'Cancel Schedule',
				value: 'cancelSchedule',
				action: 'Cancel a transmission schedule',
				description: 'Cancel every schedule of a transmission',
			},
			{
				name: 'Clone',
				value: 'clone',
				action: 'Clone a transmission',
				description: 'Copy a transmission to send it again',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a transmission',
				description: 'Create a transmission of a program to a recipient (not sent yet)',
			},
			{ name: 'Delete', value: 'delete', action: 'Delete a transmission' },
			{ name: 'Get', value: 'get', action: 'Get a transmission' },
			{
				name: 'Get Attempts',
				value: 'getAttempts',
				action: 'Get the attempts of a transmission',
				description: 'List the delivery attempts (spools) with their status and response',
			},
			{ name: 'Get Many', value: 'getAll', action: 'Get many transmissions' },
			{
				name: 'Get Results',
				value: 'getResults',
				action: 'Get the results of a transmission',
				description: 'Step results of the last attempt, such as the SMS delivery report code',
			},
			{
				name: 'Get Status',
				value: 'getStatus',
				action: 'Get the status of a transmission',
				description: 'Current status, optionally waiting until it is final',
			},
			{
				name: 'Retry',
				value: 'retry',
				action: 'Retry a transmission',
				description: 'Send a failed transmission again',
			},
			{
				name: 'Schedule',
				value: 'schedule',
				action: 'Schedule a transmission',
				description: 'Send a transmission later',
			},
			{ name: 'Send', value: 'send', action: 'Send a transmission' },
		],
		'get',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
