import type { INodeProperties } from 'n8n-workflow';

import { alphabetically, concurrencyOption, phoneNumberField } from '../../shared/descriptions';

/** Collection options in the alphabetical order n8n wants. */
export const byDisplayName = (options: INodeProperties[]): INodeProperties[] =>
	[...options].sort((a, b) => alphabetically(a.displayName, b.displayName));

/** The "Additional Fields" collection of an operation. */
export const additionalFields = (options: INodeProperties[]): INodeProperties => ({
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: byDisplayName(options),
});

export const ownNumberPicker = (field: Pick<INodeProperties, 'displayName' | 'name'> & Partial<INodeProperties>): INodeProperties => ({
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getPhoneNumbers' },
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	...field,
});

export const numberSetPicker: INodeProperties = {
	displayName: 'Number Set Name or ID',
	name: 'numberSetId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getNumberSets' },
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

/** "From": one of the account's numbers (or a short code), or a number set Ytel picks a number from. */
export const senderFields: INodeProperties[] = [
	{
		displayName: 'Send From',
		name: 'sendFrom',
		type: 'options',
		options: [
			{ name: 'Phone Number', value: 'phoneNumber', description: 'One of the account’s numbers or short codes' },
			{ name: 'Number Set', value: 'numberSet', description: 'Ytel picks a number of the set at random' },
		],
		default: 'phoneNumber',
	},
	ownNumberPicker({
		displayName: 'From Number Name or ID',
		name: 'from',
		required: true,
		displayOptions: { show: { sendFrom: ['phoneNumber'] } },
	}),
	{ ...numberSetPicker, required: true, displayOptions: { show: { sendFrom: ['numberSet'] } } },
];

/** "To": a phone number, or a contact whose `phonenumber1` Ytel looks up. */
export const recipientFields: INodeProperties[] = [
	{
		displayName: 'Send To',
		name: 'sendTo',
		type: 'options',
		options: [
			{ name: 'Phone Number', value: 'phoneNumber' },
			{ name: 'Contact', value: 'contact', description: 'Ytel uses the contact’s phonenumber1' },
		],
		default: 'phoneNumber',
	},
	phoneNumberField({ displayName: 'To', name: 'to', required: true, displayOptions: { show: { sendTo: ['phoneNumber'] } } }),
	{
		displayName: 'Contact ID',
		name: 'contactId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: { sendTo: ['contact'] } },
	},
];

/** Key/value pairs, as Ytel's `extData` and `metadata` objects take them. */
export const keyValueField = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Value',
	default: {},
	description,
	options: [
		{
			displayName: 'Value',
			name: 'pairs',
			values: [
				{ displayName: 'Key', name: 'key', type: 'string', default: '' },
				{ displayName: 'Value', name: 'value', type: 'string', default: '' },
			],
		},
	],
});

export const metadataField = keyValueField(
	'Metadata',
	'metadata',
	'Kept on the log record and sent with every callback of this message or call',
);

export const httpMethodField = (displayName: string, name: string): INodeProperties => ({
	displayName,
	name,
	type: 'options',
	options: [
		{ name: 'GET', value: 'GET' },
		{ name: 'POST', value: 'POST' },
	],
	default: 'POST',
});

const urlPair = (label: string, name: string, description: string): INodeProperties[] => [
	{ displayName: `${label} URL`, name: `${name}Url`, type: 'string', default: '', description },
	httpMethodField(`${label} Method`, `${name}Method`),
];

/** The URLs (and their methods) Ytel calls for a number or a number set. */
export const inboundUrlFields: INodeProperties[] = [
	...urlPair('Hangup Callback', 'hangupCallback', 'Called when a call to or from the number ends'),
	...urlPair('Heartbeat', 'heartbeat', 'Called for heartbeat messages during calls'),
	...urlPair('SMS', 'sms', 'Called when the number receives an SMS'),
	...urlPair('SMS Fallback', 'smsFallback', 'Called when the SMS URL fails'),
	...urlPair('Voice', 'voice', 'Called when the number receives a call; must answer with InboundXML'),
	...urlPair('Voice Fallback', 'voiceFallback', 'Called when the voice URL fails'),
];

export const sendConcurrency = concurrencyOption(
	10,
	50,
	'Ytel accepts 150 requests per second per account; the node never sends faster than that.',
);

export const callSidField: INodeProperties = {
	displayName: 'Call SID',
	name: 'callSid',
	type: 'string',
	required: true,
	default: '',
	description: 'The callSid Make returned; the call must still be in progress',
};

/** Start and end day of a log query (UTC, inclusive). */
export const logDateRange: INodeProperties[] = [
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'First day to include (UTC)',
	},
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Last day to include (UTC)',
	},
];

/** Filters shared by the call and SMS logs. */
export const logFilters = (extra: INodeProperties[] = []): INodeProperties => ({
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: byDisplayName([
		{ displayName: 'Campaign ID', name: 'campaignId', type: 'string', default: '', description: 'Only records of this workflow' },
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
		phoneNumberField({ displayName: 'From', name: 'from' }),
		phoneNumberField({ displayName: 'To', name: 'to' }),
		...extra,
	]),
});
