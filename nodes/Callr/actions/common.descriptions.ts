import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { phoneNumberField } from '../../shared/descriptions';
import { readListSettings } from '../../shared/pagination';
import { requirePhoneNumber } from '../../shared/phone';
import { requireCustomField, toCallrDateTime } from '../helpers/format';

/** A Voice App picker; `method` chooses which apps are listed. */
export function appField(
	method: 'getApps' | 'getAppsTakingNumbers' | 'getClickToCallApps' | 'getRealtimeApps',
	overrides: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName: 'Voice App Name or ID',
		name: 'appId',
		type: 'options',
		typeOptions: { loadOptionsMethod: method },
		default: '',
		required: true,
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		...overrides,
	};
}

export const mediaField: INodeProperties = {
	displayName: 'Media Name or ID',
	name: 'mediaId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getMedia' },
	default: '',
	required: true,
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const numberIdField: INodeProperties = {
	displayName: 'Phone Number Name or ID',
	name: 'numberId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getNumbers' },
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

/** Ringing time of a call target, as CALLR allows it. */
export function timeoutField(name: string, displayName: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'number',
		typeOptions: { minValue: 5, maxValue: 300 },
		default: 30,
		description: 'How long the phone rings before giving up, in seconds (5 to 300)',
	};
}

export const callTargetFields: INodeProperties[] = [
	phoneNumberField({ displayName: 'To', name: 'to', required: true, description: 'Number to call, in E.164 format' }),
	timeoutField('timeout', 'Ring Timeout'),
];

/** Caller ID and custom CDR field, options of every outbound call. */
export const callOptionFields: INodeProperties[] = [
	{
		displayName: 'Caller ID',
		name: 'cli',
		type: 'string',
		default: '',
		placeholder: '+33184800000',
		description: 'Number shown to the called party: BLOCKED, one of your numbers or an authorized number (E.164)',
	},
	{
		displayName: 'CDR Field',
		name: 'cdrField',
		type: 'string',
		default: '',
		description: 'Your own reference, kept in the call detail record (up to 32 letters and digits)',
	},
];

/** Reads the Caller ID and CDR Field options into CALLR's `cli` / `cdr_field`. */
export function callOptions(this: IExecuteFunctions, itemIndex: number, options: IDataObject): IDataObject {
	const node = this.getNode();
	const out: IDataObject = {};
	if (options.cli)
		out.cli = options.cli === 'BLOCKED' ? 'BLOCKED' : requirePhoneNumber(node, itemIndex, 'Caller ID', options.cli);
	if (options.cdrField) out.cdr_field = requireCustomField(node, itemIndex, 'CDR Field', options.cdrField);
	return out;
}

/** A date window (both ends inclusive) as CALLR's date-window lists want it. */
export const dateWindowFields: INodeProperties[] = [
	{
		displayName: 'From',
		name: 'from',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'Start of the period (inclusive, UTC when no time zone is given)',
	},
	{
		displayName: 'To',
		name: 'to',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'End of the period (inclusive). Keep periods short: CALLR returns the whole period in one answer.',
	},
];

export function readDateWindow(this: IExecuteFunctions, itemIndex: number): { from: string; to: string } {
	const node = this.getNode();
	return {
		from: toCallrDateTime(node, itemIndex, 'From', this.getNodeParameter('from', itemIndex)),
		to: toCallrDateTime(node, itemIndex, 'To', this.getNodeParameter('to', itemIndex)),
	};
}

export const TTS_VOICES = [
	'TTS_DE-DE_ANNA',
	'TTS_DE-DE_YANNICK',
	'TTS_EN-GB_DANIEL',
	'TTS_EN-GB_SERENA',
	'TTS_FR-FR_AUDREY',
	'TTS_FR-FR_SEBASTIEN',
	'TTS_FR-FR_THOMAS',
	'TTS_FR-FR_VIRGINIE',
	'TTS_IT-IT_PAOLO',
	'TTS_IT-IT_SILVIA',
	'TTS_NL-BE_ELLEN',
	'TTS_NL-NL_CLAIRE',
	'TTS_NL-NL_XANDER',
];

export const voiceField: INodeProperties = {
	displayName: 'Voice',
	name: 'voice',
	type: 'options',
	options: TTS_VOICES.map((voice) => ({ name: voice.slice(4).replace('_', ' '), value: voice })),
	default: 'TTS_EN-GB_SERENA',
	description: 'Text-to-speech voice (language and speaker)',
};

/** A list without paging on CALLR's side, cut to Return All / Limit. */
export function limitList(this: IExecuteFunctions, itemIndex: number, list: IDataObject[]): IDataObject[] {
	return list.slice(0, readListSettings.call(this, itemIndex).limit);
}
