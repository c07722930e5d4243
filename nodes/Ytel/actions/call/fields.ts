import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { httpMethodField, metadataField } from '../common.descriptions';
import { keyValues, setFields } from '../../helpers/params';

export const inboundXmlUrl: INodeProperties = {
	displayName: 'InboundXML URL',
	name: 'url',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'https://example.com/call.xml',
	description: 'URL of the InboundXML document that says how Ytel handles the call once it is answered',
};

const url = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	description,
});

/** The optional fields Make and Make Group Call share. */
export const callOptions: INodeProperties[] = [
	url('Fallback URL', 'fallbackUrl', 'Called when the status callback URL fails'),
	url('Heartbeat Callback URL', 'heartbeatCallbackUrl', 'Called every 60 seconds while the call is active'),
	{ displayName: 'Hide Caller ID', name: 'hideCallerId', type: 'boolean', default: false, description: 'Whether to hide the caller ID' },
	{
		displayName: 'If Machine',
		name: 'ifMachine',
		type: 'options',
		options: [
			{ name: 'Continue', value: 'continue' },
			{ name: 'Hang Up', value: 'hangup' },
		],
		default: 'continue',
		description: 'What to do when an answering machine or voicemail answers',
	},
	url('If Machine Callback URL', 'ifMachineCallbackUrl', 'Called when an answering machine is detected'),
	metadataField,
	{ displayName: 'Play DTMF', name: 'playDtmf', type: 'string', default: '', description: 'Tones (0-9, #, *) to play once the call connects' },
	{ displayName: 'Record', name: 'record', type: 'boolean', default: false, description: 'Whether to record the call' },
	url('Record Callback URL', 'recordCallbackUrl', 'Called when the recording is ready'),
	url('Status Callback URL', 'statusCallbackUrl', 'Called when the call ends'),
	{ displayName: 'Timeout', name: 'timeout', type: 'number', typeOptions: { minValue: 1 }, default: 60, description: 'Seconds to wait for the call to be answered' },
	httpMethodField('URL Method', 'urlMethod'),
];

/** The Additional Fields collection as Ytel's call bodies take them (metadata as an object). */
export function callBody(additional: IDataObject): IDataObject {
	const { metadata, ...rest } = additional;
	const body = setFields(rest);
	const values = keyValues(metadata);
	if (values) body.metadata = values;
	return body;
}
