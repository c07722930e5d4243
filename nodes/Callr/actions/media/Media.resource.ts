import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as createTts from './createTts.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as uploadAudio from './uploadAudio.operation';

export const operations = { createTts, delete: del, get, getAll, uploadAudio };

export const description: INodeProperties[] = [
	operationSelector(
		'media',
		[
			{
				name: 'Create Text-to-Speech Media',
				value: 'createTts',
				description: 'Add a media to the library whose audio is spoken text',
				action: 'Create a text-to-speech media',
			},
			{ name: 'Delete', value: 'delete', description: 'Delete a media of the library', action: 'Delete a media' },
			{ name: 'Get', value: 'get', description: 'Get a media of the library', action: 'Get a media' },
			{ name: 'Get Many', value: 'getAll', description: 'List the media of the library', action: 'Get many media' },
			{
				name: 'Upload Audio',
				value: 'uploadAudio',
				description: 'Add a media to the library from a WAV file',
				action: 'Upload an audio media',
			},
		],
		'getAll',
	),
	...getAll.description,
	...get.description,
	...createTts.description,
	...uploadAudio.description,
	...del.description,
];
