import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import type { ItemOperation } from '../../../shared/operations';
import { requirePhoneNumbers, splitList } from '../../../shared/phone';
import { additionalFields, senderFields } from '../common.descriptions';
import { readSender, requireText } from '../../helpers/params';
import { ytelRequest } from '../../transport';
import { callBody, callOptions, inboundXmlUrl } from './fields';

const properties: INodeProperties[] = [
	...senderFields,
	{
		displayName: 'Call',
		name: 'callTo',
		type: 'options',
		options: [
			{ name: 'Phone Numbers', value: 'phoneNumbers' },
			{ name: 'Contacts', value: 'contacts' },
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
		description: 'Phone numbers in E.164 format, separated by commas',
		displayOptions: { show: { callTo: ['phoneNumbers'] } },
	},
	{
		displayName: 'Contact IDs',
		name: 'contactIds',
		type: 'string',
		required: true,
		default: '',
		description: 'Contact IDs separated by commas',
		displayOptions: { show: { callTo: ['contacts'] } },
	},
	inboundXmlUrl,
	additionalFields([
		...callOptions,
		{ displayName: 'Confirm File', name: 'groupConfirmFile', type: 'string', default: '', description: 'Audio that prompts the answering party for the confirm key' },
		{ displayName: 'Confirm Key', name: 'groupConfirmKey', type: 'string', default: '', description: 'The key a participant presses to cancel all the other calls' },
		{ displayName: 'Transcribe', name: 'transcribe', type: 'boolean', default: false, description: 'Whether to transcribe the recording' },
		{ displayName: 'Transcribe Callback URL', name: 'transcribeCallbackUrl', type: 'string', default: '', description: 'Called when the transcription is ready' },
	]),
];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['call'], operation: ['makeGroup'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const targets: IDataObject = {};
		if (this.getNodeParameter('callTo', i) === 'contacts') {
			targets.contactIds = splitList(this.getNodeParameter('contactIds', i));
			if ((targets.contactIds as string[]).length === 0) throw inputError(this.getNode(), i, 'Contact IDs', 'at least one contact ID is required');
		} else {
			targets.to = requirePhoneNumbers(this.getNode(), i, 'To', this.getNodeParameter('to', i));
		}
		const body = {
			...readSender.call(this, i),
			...targets,
			url: requireText.call(this, i, 'url', 'InboundXML URL'),
			...callBody(this.getNodeParameter('additionalFields', i, {}) as IDataObject),
		};
		return await ytelRequest.call(this, { method: 'POST', path: '/v4/groupcall/', body }, { idempotent: false, itemIndex: i });
	},
};
