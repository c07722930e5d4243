import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import type { ItemOperation } from '../../../shared/operations';
import { additionalFields, callSidField } from '../common.descriptions';
import { setFields } from '../../helpers/params';
import { callCommand } from './control';

const properties: INodeProperties[] = [
	callSidField,
	{ displayName: 'Time Limit', name: 'timeLimit', type: 'number', typeOptions: { minValue: 1 }, required: true, default: 60, description: 'Longest recording, in seconds' },
	additionalFields([
		{ displayName: 'Callback URL', name: 'callbackUrl', type: 'string', default: '', description: 'Called when the recording is ready' },
		{
			displayName: 'Direction',
			name: 'direction',
			type: 'options',
			options: [
				{ name: 'Both', value: 'both' },
				{ name: 'In', value: 'in' },
				{ name: 'Out', value: 'out' },
			],
			default: 'both',
		},
		{
			displayName: 'File Format',
			name: 'fileFormat',
			type: 'options',
			options: [
				{ name: 'MP3', value: 'mp3' },
				{ name: 'WAV', value: 'wav' },
			],
			default: 'mp3',
		},
		{ displayName: 'Stop On Key', name: 'stopRecordingOnKey', type: 'string', default: '', description: 'A DTMF key that ends the recording' },
	]),
];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['call'], operation: ['record'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const timeLimit = Number(this.getNodeParameter('timeLimit', i));
		if (!(timeLimit > 0)) throw inputError(this.getNode(), i, 'Time Limit', 'must be a positive number of seconds');
		return await callCommand.call(this, i, 'record', { timeLimit, ...setFields(this.getNodeParameter('additionalFields', i, {}) as IDataObject) });
	},
};
