import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { callrRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		description: 'Name of the media in the library',
	},
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the input binary field containing the WAV file to be uploaded',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Text Content',
				name: 'text',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				description: 'What the recording says, kept with the media as its text content',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['media'], operation: ['uploadAudio'] } },
	properties,
);

/** A RIFF/WAVE file, the only audio CALLR's media library takes as data. */
const isWav = (data: Buffer) =>
	data.length >= 12 && data.toString('latin1', 0, 4) === 'RIFF' && data.toString('latin1', 8, 12) === 'WAVE';

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const name = String(this.getNodeParameter('name', itemIndex)).trim();
	if (!name) throw inputError(node, itemIndex, 'Name', 'a name is required');
	const field = this.getNodeParameter('binaryPropertyName', itemIndex) as string;
	const file = this.helpers.assertBinaryData(itemIndex, field);
	const audio = await this.helpers.getBinaryDataBuffer(itemIndex, field);
	if (!isWav(audio)) {
		const what = `"${file.fileName ?? field}" (${file.mimeType})`;
		throw inputError(node, itemIndex, 'Input Binary Field', `CALLR takes WAV audio; ${what} is not a WAV file`);
	}
	const text = String(this.getNodeParameter('options.text', itemIndex, ''));
	const id = (await callrRequest(this, 'createMedia', { name }, itemIndex)) as number;
	await callrRequest(this, 'setAudioContent', { id, text, audioBase64: audio.toString('base64') }, itemIndex);
	return (await callrRequest(this, 'getMedia', { id }, itemIndex)) as IDataObject;
}
