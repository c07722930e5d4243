import { randomUUID } from 'crypto';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError, providerError } from '../../../shared/errors';
import type { BatchOperation, OperationOutput } from '../../../shared/operations';
import { requirePhoneNumbers } from '../../../shared/phone';
import { toBulkSmsDate } from '../../helpers/dates';
import { deduplicationId } from '../../helpers/deduplication';
import type { BulkSmsEncoding } from '../../helpers/length';
import { partsNeeded } from '../../helpers/length';
import { bulkSmsRequest, PROVIDER } from '../../transport';

const MAX_BATCH = 30_000;
/** Additional fields that go into the SubmissionEntry as they are. */
const ENTRY_FIELDS = ['encoding', 'longMessageMaxParts', 'deliveryReports', 'routingGroup', 'messageClass', 'protocolId'];

const properties: INodeProperties[] = [
	{
		displayName: 'Send To',
		name: 'recipientType',
		type: 'options',
		options: [
			{ name: 'Group', value: 'group', description: 'Every member of a phonebook group of your account' },
			{ name: 'Phone Numbers', value: 'phoneNumbers' },
		],
		default: 'phoneNumbers',
	},
	{
		displayName: 'To',
		name: 'to',
		type: 'string',
		required: true,
		default: '',
		placeholder: '+14155550100, +14155550101',
		description: 'One or more phone numbers in international E.164 format, separated by commas',
		displayOptions: { show: { recipientType: ['phoneNumbers'] } },
	},
	{
		displayName: 'Group Name',
		name: 'groupName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Everyone',
		description: 'Name of the phonebook group in your BulkSMS account',
		displayOptions: { show: { recipientType: ['group'] } },
	},
	{
		displayName: 'Message',
		name: 'message',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		description:
			'Text of the message. {F0###} and {F1###} insert the template fields (the placeholder width is the maximum length); {fn###} and {sn###} insert phonebook first names and surnames.',
	},
	{
		displayName: 'From',
		name: 'sender',
		type: 'options',
		options: [
			{ name: 'Account Default', value: 'accountDefault', description: 'The sender set in your BulkSMS account' },
			{ name: 'Repliable', value: 'repliable', description: 'A number that recipients can reply to' },
			{ name: 'Sender ID', value: 'senderId', description: 'A sender ID registered in your account (not repliable)' },
		],
		default: 'accountDefault',
	},
	{
		displayName: 'Sender ID',
		name: 'senderId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'MyCompany',
		description: 'A phone number (7 to 15 digits), a short code (up to 6 digits) or a name (up to 11 characters)',
		displayOptions: { show: { sender: ['senderId'] } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Delivery Reports',
				name: 'deliveryReports',
				type: 'options',
				options: [
					{ name: 'All', value: 'ALL' },
					{ name: 'Errors Only', value: 'ERRORS' },
					{ name: 'None', value: 'NONE' },
				],
				default: 'ALL',
				description: 'Which delivery reports to request from the network (not every network supports them)',
			},
			{
				displayName: 'Encoding',
				name: 'encoding',
				type: 'options',
				options: [
					{ name: 'Binary (Hex)', value: 'BINARY' },
					{ name: 'Text (GSM 03.38)', value: 'TEXT' },
					{ name: 'Unicode', value: 'UNICODE' },
				],
				default: 'TEXT',
				description:
					'How the message is encoded. Text replaces characters outside GSM 03.38 by "?" unless Auto Unicode is on.',
			},
			{
				displayName: 'Long Message Max Parts',
				name: 'longMessageMaxParts',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 255 },
				default: 3,
				description: 'Most parts a long message may be split into; a longer message is refused before sending',
			},
			{
				displayName: 'Message Class',
				name: 'messageClass',
				type: 'options',
				options: [
					{ name: 'Flash SMS', value: 'FLASH_SMS' },
					{ name: 'ME Specific', value: 'ME_SPECIFIC' },
					{ name: 'SIM Specific', value: 'SIM_SPECIFIC' },
					{ name: 'TE Specific', value: 'TE_SPECIFIC' },
				],
				default: 'SIM_SPECIFIC',
				description: 'GSM 03.38 message class',
			},
			{
				displayName: 'Protocol ID',
				name: 'protocolId',
				type: 'options',
				options: [
					{ name: 'Implicit', value: 'IMPLICIT' },
					{ name: 'ME Depersonalize', value: 'ME_DEPERSONALIZE' },
					{ name: 'ME Download', value: 'ME_DOWNLOAD' },
					...[1, 2, 3, 4, 5, 6, 7].map((n) => ({ name: `Replace Message ${n}`, value: `REPLACE_MESSAGE_${n}` })),
					{ name: 'Return Call', value: 'RETURN_CALL' },
					{ name: 'Short Message Type 0', value: 'SHORT_MESSAGE_TYPE_0' },
					{ name: 'SIM Download', value: 'SIM_DOWNLOAD' },
				],
				default: 'IMPLICIT',
				description: 'GSM 03.40 TP-PID of the message',
			},
			{
				displayName: 'Routing Group',
				name: 'routingGroup',
				type: 'options',
				options: [
					{ name: 'Economy', value: 'ECONOMY' },
					{ name: 'Premium', value: 'PREMIUM' },
					{ name: 'Standard', value: 'STANDARD' },
				],
				default: 'STANDARD',
			},
			{
				displayName: 'Template Fields',
				name: 'templateFields',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true, sortable: true },
				placeholder: 'Add Template Field',
				default: {},
				description: 'Values for {F0###}, {F1###}, … in the message, in this order, for every recipient of the item',
				displayOptions: { show: { '/recipientType': ['phoneNumbers'] } },
				options: [
					{
						displayName: 'Field',
						name: 'field',
						values: [{ displayName: 'Value', name: 'value', type: 'string', default: '' }],
					},
				],
			},
			{
				displayName: 'User Supplied ID',
				name: 'userSuppliedId',
				type: 'string',
				default: '',
				description: 'Your own reference (up to 20 characters), copied onto every message and usable as a filter',
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Auto Unicode',
				name: 'autoUnicode',
				type: 'boolean',
				default: false,
				description: 'Whether a Text message with characters outside GSM 03.38 is sent as Unicode (which costs more)',
			},
			{
				displayName: 'Batch Size',
				name: 'batchSize',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_BATCH },
				default: 4000,
				description:
					'Most messages per request to BulkSMS (up to 30,000). A request retried after a network failure is sent again whole, under the same deduplication ID, so smaller batches make retries cheaper.',
			},
			{
				displayName: 'Schedule Date',
				name: 'scheduleDate',
				type: 'dateTime',
				default: '',
				description:
					'Send later, at most two years ahead. Credits are taken at once, and a scheduled message cannot be changed or cancelled.',
			},
			{
				displayName: 'Schedule Description',
				name: 'scheduleDescription',
				type: 'string',
				default: '',
				description: 'Note kept with a scheduled submission (up to 256 characters)',
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['message'], operation: ['send'] } }, properties);

/** One input item as a BulkSMS SubmissionEntry, with the query that must go with it. */
export interface Submission {
	entry: IDataObject;
	/** Messages the entry creates; undefined for a group, whose size only BulkSMS knows. */
	recipients?: number;
	query: IDataObject;
}

/** `from` as an object, so a short code is not taken for a too-short phone number. */
function senderAddress(this: IExecuteFunctions, i: number, raw: string): IDataObject {
	const address = raw.trim();
	const fail = (problem: string) => inputError(this.getNode(), i, 'Sender ID', problem);
	if (address === '') throw fail('a sender ID is required');
	if (address.startsWith('+') || /^\d+$/.test(address)) {
		const digits = address.replace(/^\+/, '');
		if (!/^\d+$/.test(digits) || digits.length > 15) throw fail(`"${address}" is not a phone number or short code`);
		if (!address.startsWith('+') && digits.length <= 6) return { type: 'SHORTCODE', address: digits };
		if (digits.length <= 6) throw fail(`"${address}" is too short for a phone number (7 to 15 digits)`);
		return { type: 'INTERNATIONAL', address };
	}
	if (address.length > 11) throw fail(`"${address}" is longer than 11 characters`);
	return { type: 'ALPHANUMERIC', address };
}

async function prepare(this: IExecuteFunctions, i: number): Promise<Submission> {
	const node = this.getNode();
	const extra = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const body = this.getNodeParameter('message', i, '') as string;
	if (body === '') throw inputError(node, i, 'Message', 'a message text is required');

	const encoding = (extra.encoding as BulkSmsEncoding | undefined) ?? 'TEXT';
	const maxParts = (extra.longMessageMaxParts as number | undefined) ?? 3;
	const parts = partsNeeded(body, encoding, options.autoUnicode === true);
	if (parts === undefined) throw inputError(node, i, 'Message', 'a Binary message must be hex digits, two per byte');
	if (parts > maxParts) {
		throw inputError(
			node,
			i,
			'Message',
			`the text needs ${parts} parts, more than Long Message Max Parts (${maxParts})`,
			'Shorten the message or raise Long Message Max Parts in Additional Fields.',
		);
	}
	const userSuppliedId = (extra.userSuppliedId as string | undefined) ?? '';
	if (userSuppliedId.length > 20) throw inputError(node, i, 'User Supplied ID', 'it can have at most 20 characters');

	let to: IDataObject | IDataObject[] | string[];
	let recipients: number | undefined;
	if (this.getNodeParameter('recipientType', i) === 'group') {
		const name = (this.getNodeParameter('groupName', i, '') as string).trim();
		if (name === '') throw inputError(node, i, 'Group Name', 'a group name is required');
		to = { type: 'GROUP', name };
	} else {
		const numbers = requirePhoneNumbers(node, i, 'To', this.getNodeParameter('to', i));
		if (numbers.length > MAX_BATCH) {
			throw inputError(node, i, 'To', `${numbers.length} numbers are more than BulkSMS takes at once (30,000)`);
		}
		const fields = (
			(extra.templateFields as IDataObject | undefined)?.field as Array<{ value: string }> | undefined
		)?.map((f) => String(f.value));
		to = fields?.length ? numbers.map((address) => ({ type: 'INTERNATIONAL', address, fields })) : numbers;
		recipients = numbers.length;
	}

	const entry: IDataObject = { to, body };
	const sender = this.getNodeParameter('sender', i) as string;
	if (sender === 'repliable') entry.from = { type: 'REPLIABLE' };
	if (sender === 'senderId') entry.from = senderAddress.call(this, i, this.getNodeParameter('senderId', i) as string);
	for (const key of ENTRY_FIELDS) if (extra[key] !== undefined) entry[key] = extra[key];
	if (userSuppliedId) entry.userSuppliedId = userSuppliedId;

	const query: IDataObject = {};
	if (options.autoUnicode) query['auto-unicode'] = true;
	if (options.scheduleDate) {
		const date = toBulkSmsDate(String(options.scheduleDate), this.getTimezone());
		if (!date) throw inputError(node, i, 'Schedule Date', `"${String(options.scheduleDate)}" is not a date and time`);
		query['schedule-date'] = date;
		if (options.scheduleDescription) query['schedule-description'] = String(options.scheduleDescription);
	}
	return { entry, recipients, query };
}

type Entry = { itemIndex: number; value: Submission };

/**
 * Entries that can share a request: the same query, at most `maxMessages` messages, and a group alone (BulkSMS does
 * not say which of the returned messages belong to which group).
 */
function planRequests(batch: Entry[], maxMessages: number): Array<Array<{ position: number } & Entry>> {
	const requests: Array<Array<{ position: number } & Entry>> = [];
	const open = new Map<string, { entries: Array<{ position: number } & Entry>; messages: number }>();
	batch.forEach((entry, position) => {
		const { recipients, query } = entry.value;
		const key = JSON.stringify(query);
		let request = recipients === undefined ? undefined : open.get(key);
		if (!request || request.messages + (recipients ?? 0) > maxMessages) {
			request = { entries: [], messages: 0 };
			requests.push(request.entries);
			if (recipients !== undefined) open.set(key, request);
		}
		request.entries.push({ position, ...entry });
		request.messages += recipients ?? 0;
	});
	return requests;
}

function batchSize(this: IExecuteFunctions): number {
	return Math.min(MAX_BATCH, Math.max(1, this.getNodeParameter('options.batchSize', 0, 4000) as number));
}

async function executeBatch(this: IExecuteFunctions, batch: Entry[]): Promise<Array<OperationOutput | Error>> {
	const outputs: Array<OperationOutput | Error> = new Array(batch.length);
	for (const request of planRequests(batch, batchSize.call(this))) {
		const body = request.map((e) => e.value.entry);
		const query = request[0].value.query;
		try {
			// Derived from the execution and the content, so a repeated request can only ever be the same submission;
			// without an execution id, a random one keeps unrelated runs from being taken for repeats.
			const id = deduplicationId(this.getExecutionId() || randomUUID(), request[0].itemIndex, [query, body]);
			const messages = (await bulkSmsRequest.call(this, {
				method: 'POST',
				path: '/messages',
				qs: { ...query, 'deduplication-id': id },
				body,
				idempotent: true,
			})) as IDataObject[];
			const expected = request.reduce((sum, e) => sum + (e.value.recipients ?? 0), 0);
			if (!Array.isArray(messages) || (request[0].value.recipients !== undefined && messages.length !== expected)) {
				throw providerError(this.getNode(), PROVIDER, {
					message: `${Array.isArray(messages) ? messages.length : 'no list of'} messages came back for ${expected} recipients`,
					httpCode: 201,
					body: messages,
				});
			}
			let next = 0;
			for (const entry of request) {
				const count = entry.value.recipients ?? messages.length;
				outputs[entry.position] = messages.slice(next, next + count);
				next += count;
			}
		} catch (error) {
			for (const entry of request) outputs[entry.position] = error as Error;
		}
	}
	return outputs;
}

export const send: BatchOperation<Submission> = { description, prepare, batchSize, executeBatch };
