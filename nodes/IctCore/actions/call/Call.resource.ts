import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { phoneNumberField } from '../../../shared/descriptions';
import type { ItemOperation } from '../../../shared/operations';
import { operationSelector } from '../../../shared/operations';
import { requirePhoneNumber } from '../../../shared/phone';
import { collection, show } from '../../helpers/entity';
import { BINARY_PROPERTY, readId, requireText } from '../../helpers/fields';
import {
	createWithMedia,
	MEDIA_TYPES,
	oneStepSend,
	readUpload,
	RECORDING_ALIASES,
	sendOptions,
} from '../../helpers/send';
import { serviceTransmissions } from '../transmissionLists';

const to = phoneNumberField({
	displayName: 'To',
	name: 'to',
	required: true,
	description: 'Phone number to call, in E.164 format',
});

const playRecording: ItemOperation = {
	description: show('call', 'playRecording', [
		to,
		{
			displayName: 'Audio Source',
			name: 'audioSource',
			type: 'options',
			options: [
				{ name: 'Binary File', value: 'binary', description: 'Upload a WAV, GSM or MP3 file from the input item' },
				{ name: 'Existing Recording', value: 'recording', description: 'Play a recording already stored in ICTCore' },
			],
			default: 'binary',
		},
		{ ...BINARY_PROPERTY, displayOptions: { show: { audioSource: ['binary'] } } },
		{
			displayName: 'Recording ID',
			name: 'recordingId',
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show: { audioSource: ['recording'] } },
		},
		collection('options', sendOptions),
	]),
	async execute(this: IExecuteFunctions, i) {
		const phone = requirePhoneNumber(this.getNode(), i, 'To', this.getNodeParameter('to', i));
		const name = `n8n call ${new Date().toISOString()}`;
		const fromBinary = this.getNodeParameter('audioSource', i) === 'binary';
		const reuse = Boolean(this.getNodeParameter('options.programId', i, ''));
		// read and check everything before the first request
		const file =
			fromBinary && !reuse
				? await readUpload.call(
						this,
						i,
						this.getNodeParameter('binaryPropertyName', i) as string,
						MEDIA_TYPES.recording,
						RECORDING_ALIASES,
					)
				: undefined;
		const recordingId = !fromBinary && !reuse ? readId.call(this, i, 'recordingId') : undefined;
		return await oneStepSend.call(this, i, {
			programType: 'voicemessage',
			recipient: { phone },
			name,
			createMessage: async () => [
				'recording_id',
				recordingId ?? (await createWithMedia.call(this, i, '/messages/recordings', { name }, [file!])),
			],
		});
	},
};

const speakText: ItemOperation = {
	description: show('call', 'speakText', [
		to,
		{
			displayName: 'Text',
			name: 'text',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			required: true,
			description: 'What the call says (text to speech on the ICTCore server)',
		},
		collection('options', sendOptions),
	]),
	async execute(this: IExecuteFunctions, i) {
		const phone = requirePhoneNumber(this.getNode(), i, 'To', this.getNodeParameter('to', i));
		// A reused program already holds its text.
		const reuse = Boolean(this.getNodeParameter('options.programId', i, ''));
		return await oneStepSend.call(this, i, {
			programType: 'voicetts',
			recipient: { phone },
			name: `n8n tts ${new Date().toISOString()}`,
			programFields: reuse ? {} : { text: requireText.call(this, i, 'text', 'Text') },
		});
	},
};

export const operations = { playRecording, speakText, getAll: serviceTransmissions('call', 1) };

export const description: INodeProperties[] = [
	operationSelector(
		'call',
		[
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many call transmissions',
				description: 'List voice transmissions with filters',
			},
			{
				name: 'Play Recording',
				value: 'playRecording',
				action: 'Call and play a recording',
				description: 'Call a number and play an audio file',
			},
			{
				name: 'Speak Text',
				value: 'speakText',
				action: 'Call and speak a text',
				description: 'Call a number and read a text aloud (TTS)',
			},
		],
		'speakText',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
