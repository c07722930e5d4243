import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { additionalFields, callSidField } from '../common.descriptions';
import { requireText } from '../../helpers/params';
import { callCommand } from './control';

const properties: INodeProperties[] = [
	callSidField,
	{
		displayName: 'Play',
		name: 'playType',
		type: 'options',
		options: [
			{ name: 'Audio File', value: 'audio' },
			{ name: 'Text to Speech', value: 'say' },
		],
		default: 'say',
	},
	{ displayName: 'Audio URL', name: 'audioUrl', type: 'string', required: true, default: '', displayOptions: { show: { playType: ['audio'] } } },
	{ displayName: 'Text', name: 'sayText', type: 'string', required: true, default: '', description: 'Text Ytel speaks into the call', displayOptions: { show: { playType: ['say'] } } },
	additionalFields([
		{ displayName: 'Length', name: 'length', type: 'number', typeOptions: { minValue: 0 }, default: 0, description: 'Seconds to play; 0 plays it all' },
		{ displayName: 'Mix', name: 'mix', type: 'boolean', default: false, description: 'Whether to mix the audio into the call instead of replacing it' },
	]),
];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['call'], operation: ['play'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const what =
			this.getNodeParameter('playType', i) === 'audio'
				? { audioUrl: requireText.call(this, i, 'audioUrl', 'Audio URL') }
				: { sayText: requireText.call(this, i, 'sayText', 'Text') };
		return await callCommand.call(this, i, 'play', { ...what, ...(this.getNodeParameter('additionalFields', i, {}) as object) });
	},
};
