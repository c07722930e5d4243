import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as getAll from './getAll.operation';
import * as playRecording from './playRecording.operation';
import * as speakText from './speakText.operation';

export const operations = { playRecording, speakText, getAll };

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
