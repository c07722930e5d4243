import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { requirePhoneNumber } from '../../../shared/phone';
import { collection, show } from '../../helpers/entity';
import { BINARY_PROPERTY, readId } from '../../helpers/fields';
import {
	createWithMedia,
	MEDIA_TYPES,
	oneStepSend,
	readUpload,
	RECORDING_ALIASES,
	sendOptions,
} from '../../helpers/send';
import { to } from './fields';

export const description = show('call', 'playRecording', [
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
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
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
}
