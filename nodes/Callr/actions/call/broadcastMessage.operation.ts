import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { optionsOrNull, toTarget } from '../../helpers/format';
import { callrRequest } from '../../transport';
import { callOptionFields, callOptions, callTargetFields, mediaField, voiceField } from '../common.descriptions';

const properties: INodeProperties[] = [
	...callTargetFields,
	{
		displayName: 'Message Source',
		name: 'messageSource',
		type: 'options',
		options: [
			{ name: 'Media', value: 'media', description: 'An audio file of your media library' },
			{ name: 'Text to Speech', value: 'tts' },
		],
		default: 'tts',
	},
	{ ...voiceField, displayOptions: { show: { messageSource: ['tts'] } } },
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		required: true,
		description: 'What the voice says',
		displayOptions: { show: { messageSource: ['tts'] } },
	},
	{ ...mediaField, displayOptions: { show: { messageSource: ['media'] } } },
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			...callOptionFields,
			{
				displayName: 'Direct to Voicemail',
				name: 'directToVoicemail',
				type: 'boolean',
				default: false,
				description: 'Whether the message is left on the voicemail without ringing (mobile phones only)',
			},
			{
				displayName: 'Loop',
				name: 'loop',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 10 },
				default: 1,
				description: 'How many times the message is played (1 to 10)',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['call'], operation: ['broadcastMessage'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const target = toTarget(
		node,
		itemIndex,
		'To',
		this.getNodeParameter('to', itemIndex),
		this.getNodeParameter('timeout', itemIndex),
	);
	let message: number | string;
	if (this.getNodeParameter('messageSource', itemIndex) === 'media') {
		message = Number(this.getNodeParameter('mediaId', itemIndex));
		if (!Number.isInteger(message) || message < 1) throw inputError(node, itemIndex, 'Media', 'a media ID is required');
	} else {
		const text = String(this.getNodeParameter('text', itemIndex)).trim();
		if (!text) throw inputError(node, itemIndex, 'Text', 'a text is required');
		message = `TTS|${this.getNodeParameter('voice', itemIndex)}|${text}`;
	}
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const callrOptions = callOptions.call(this, itemIndex, options);
	if (options.loop !== undefined) callrOptions.loop = options.loop;
	if (options.directToVoicemail) callrOptions.direct_to_voicemail = true;
	const result = await callrRequest(
		this,
		'broadcastMessage',
		{ target, messages: [message], options: optionsOrNull(callrOptions) },
		itemIndex,
	);
	return { result, to: target.number };
}
