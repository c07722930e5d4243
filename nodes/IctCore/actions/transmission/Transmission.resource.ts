import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { phoneNumberField } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import type { ItemOperation } from '../../../shared/operations';
import { operationSelector } from '../../../shared/operations';
import { requirePhoneNumber } from '../../../shared/phone';
import { collection, deleteOperation, getManyOperation, show } from '../../helpers/entity';
import { idField, readId, SERVICE_OPTIONS, toApiFields } from '../../helpers/fields';
import { toItem } from '../../helpers/normalise';
import { requireEmail, waitForTransmission, waitOptions } from '../../helpers/send';
import { ictCoreCreate, ictCoreList, ictCoreRead, ictCoreRequest } from '../../transport';
import { transmissionFilters } from '../transmissionLists';
import { TRANSMISSION } from './entity';

const id = { ...TRANSMISSION.idField, required: true };
const path = (ctx: IExecuteFunctions, i: number, suffix = '') =>
	`/transmissions/${readId.call(ctx, i, 'transmissionId')}${suffix}`;

/** An operation on one transmission: its id field, extra fields, and what the call turns into. */
function onTransmission(
	operation: string,
	fields: INodeProperties[],
	run: (this: IExecuteFunctions, i: number) => Promise<IDataObject | IDataObject[]>,
): ItemOperation {
	return { description: show('transmission', operation, [id, ...fields]), execute: run };
}

const create: ItemOperation = {
	description: show('transmission', 'create', [
		{ ...idField('programId', 'Program'), required: true },
		{
			displayName: 'Recipient Type',
			name: 'recipientType',
			type: 'options',
			options: [
				{ name: 'Contact', value: 'contact' },
				{ name: 'Email Address', value: 'email' },
				{ name: 'Phone Number', value: 'phone' },
			],
			default: 'phone',
			description: 'A phone number or e-mail address creates a new contact on every call',
		},
		{ ...idField('contactId', 'Contact'), required: true, displayOptions: { show: { recipientType: ['contact'] } } },
		phoneNumberField({
			displayName: 'Phone',
			name: 'phone',
			required: true,
			displayOptions: { show: { recipientType: ['phone'] } },
		}),
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@example.com',
			default: '',
			required: true,
			displayOptions: { show: { recipientType: ['email'] } },
		},
		collection('additionalFields', [
			idField('accountId', 'Account'),
			{ displayName: 'Attempts Allowed', name: 'tryAllowed', type: 'number', typeOptions: { minValue: 1 }, default: 1 },
			{
				displayName: 'Direction',
				name: 'direction',
				type: 'options',
				options: [
					{ name: 'Inbound', value: 'inbound' },
					{ name: 'Outbound', value: 'outbound' },
				],
				default: 'outbound',
			},
			{ displayName: 'Title', name: 'title', type: 'string', default: '' },
		]),
	]),
	async execute(this: IExecuteFunctions, i) {
		const type = this.getNodeParameter('recipientType', i) as string;
		const recipient =
			type === 'contact'
				? { contactId: this.getNodeParameter('contactId', i) }
				: type === 'email'
					? { email: requireEmail.call(this, i, 'Email', this.getNodeParameter('email', i)) }
					: { phone: requirePhoneNumber(this.getNode(), i, 'Phone', this.getNodeParameter('phone', i)) };
		const body = toApiFields.call(this, i, {
			programId: this.getNodeParameter('programId', i),
			...recipient,
			...(this.getNodeParameter('additionalFields', i, {}) as IDataObject),
		});
		return {
			transmission_id: await ictCoreCreate.call(this, {
				method: 'POST',
				path: '/transmissions',
				body,
				idempotent: false,
				itemIndex: i,
			}),
			...body,
		};
	},
};

/** Send and Retry share ICTCore's handler; both answer the new attempt's spool id. */
const dispatch = (operation: string, verb: string) =>
	onTransmission(operation, [], async function (this: IExecuteFunctions, i) {
		const transmissionId = readId.call(this, i, 'transmissionId');
		const spoolId = await ictCoreCreate.call(this, {
			method: 'POST',
			path: `/transmissions/${transmissionId}/${verb}`,
			idempotent: false,
			itemIndex: i,
		});
		return { transmission_id: transmissionId, spool_id: spoolId };
	});

const get = onTransmission(
	'get',
	[
		collection('options', [
			{
				displayName: 'Include Status',
				name: 'includeStatus',
				type: 'boolean',
				default: true,
				description: 'Whether to add the status, which the transmission record itself lacks (one more request)',
			},
		]),
	],
	async function (this: IExecuteFunctions, i) {
		const record = await ictCoreRead.call(this, path(this, i), undefined, i);
		// the full account comes with its SIP secrets, which do not belong in workflow data
		if (record.oAccount && typeof record.oAccount === 'object') {
			const account = { ...(record.oAccount as IDataObject) };
			delete account.passwd;
			delete account.passwd_pin;
			record.oAccount = account;
		}
		if (this.getNodeParameter('options.includeStatus', i, true)) {
			record.status = String(
				await ictCoreRequest.call(this, {
					method: 'GET',
					path: path(this, i, '/status'),
					idempotent: true,
					itemIndex: i,
				}),
			);
		}
		return record;
	},
);

const getStatus = onTransmission(
	'getStatus',
	[collection('options', waitOptions)],
	async function (this: IExecuteFunctions, i) {
		const transmissionId = readId.call(this, i, 'transmissionId');
		const options = this.getNodeParameter('options', i, {}) as IDataObject;
		if (options.waitUntilFinished) {
			const record = await ictCoreRead.call(this, path(this, i), undefined, i);
			return {
				transmission_id: transmissionId,
				...(await waitForTransmission.call(this, i, transmissionId, {
					tryAllowed: Number(record.try_allowed ?? 1),
					isSms: record.service_flag === 4,
					options,
				})),
			};
		}
		const status = String(
			await ictCoreRequest.call(this, {
				method: 'GET',
				path: path(this, i, '/status'),
				idempotent: true,
				itemIndex: i,
			}),
		);
		return { transmission_id: transmissionId, status };
	},
);

const getAttempts = onTransmission('getAttempts', [], async function (this: IExecuteFunctions, i) {
	return await ictCoreList.call(this, path(this, i, '/detail'), undefined, i);
});

const getResults = onTransmission(
	'getResults',
	[
		collection('filters', [
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				placeholder: 'sms_send',
				description: 'Step or value name, e.g. sms_send, pages or text',
			},
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				options: ['application', 'contact', 'error', 'info', 'message'].map((v) => ({
					name: v[0].toUpperCase() + v.slice(1),
					value: v,
				})),
				default: 'application',
			},
		]),
	],
	async function (this: IExecuteFunctions, i) {
		const query = toApiFields.call(this, i, this.getNodeParameter('filters', i, {}) as IDataObject, true);
		return await ictCoreList.call(this, path(this, i, '/result'), query, i);
	},
);

const clone = onTransmission(
	'clone',
	[
		collection('options', [
			{
				displayName: 'Send Now',
				name: 'sendNow',
				type: 'boolean',
				default: false,
				description: 'Whether to send the copy right away',
			},
		]),
	],
	async function (this: IExecuteFunctions, i) {
		// a GET that creates a record: never repeated on a lost answer
		const copyId = await ictCoreCreate.call(this, {
			method: 'GET',
			path: path(this, i, '/clone'),
			idempotent: false,
			itemIndex: i,
		});
		const out: IDataObject = { transmission_id: copyId, cloned_from: readId.call(this, i, 'transmissionId') };
		if (this.getNodeParameter('options.sendNow', i, false)) {
			out.spool_id = await ictCoreCreate.call(this, {
				method: 'POST',
				path: `/transmissions/${copyId}/send`,
				idempotent: false,
				itemIndex: i,
			});
		}
		return out;
	},
);

const schedule = onTransmission(
	'schedule',
	[
		{
			displayName: 'When',
			name: 'when',
			type: 'options',
			options: [
				{ name: 'After a Delay', value: 'delay' },
				{ name: 'At a Date and Time', value: 'timestamp' },
			],
			default: 'timestamp',
		},
		{
			displayName: 'Date and Time',
			name: 'dateTime',
			type: 'dateTime',
			default: '',
			required: true,
			displayOptions: { show: { when: ['timestamp'] } },
		},
		{
			displayName: 'Delay (Seconds)',
			name: 'delay',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 300,
			displayOptions: { show: { when: ['delay'] } },
		},
	],
	async function (this: IExecuteFunctions, i) {
		let body: IDataObject;
		if (this.getNodeParameter('when', i) === 'delay') body = { delay: this.getNodeParameter('delay', i) as number };
		else {
			const ms = Date.parse(String(this.getNodeParameter('dateTime', i)));
			if (Number.isNaN(ms)) throw inputError(this.getNode(), i, 'Date and Time', 'a date and time is required');
			body = { timestamp: Math.floor(ms / 1000) };
		}
		const scheduleId = await ictCoreCreate.call(this, {
			method: 'PUT',
			path: path(this, i, '/schedule'),
			body,
			idempotent: false,
			itemIndex: i,
		});
		return { transmission_id: readId.call(this, i, 'transmissionId'), schedule_id: scheduleId, ...body };
	},
);

const cancelSchedule = onTransmission('cancelSchedule', [], async function (this: IExecuteFunctions, i) {
	const answer = await ictCoreRequest.call(this, {
		method: 'DELETE',
		path: path(this, i, '/schedule'),
		idempotent: true,
		itemIndex: i,
	});
	return { transmission_id: readId.call(this, i, 'transmissionId'), ...toItem(answer) };
});

export const operations = {
	create,
	send: dispatch('send', 'send'),
	retry: dispatch('retry', 'retry'),
	get,
	getStatus,
	getAttempts,
	getResults,
	getAll: getManyOperation(TRANSMISSION, [
		...transmissionFilters,
		{ displayName: 'Service', name: 'serviceFlag', type: 'options', options: SERVICE_OPTIONS, default: 4 },
	]),
	clone,
	schedule,
	cancelSchedule,
	delete: deleteOperation(TRANSMISSION),
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
