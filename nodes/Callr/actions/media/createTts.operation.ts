import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { callrRequest } from '../../transport';
import { voiceField } from '../common.descriptions';

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
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
		description: 'What the voice says',
	},
	voiceField,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Speech Rate',
				name: 'rate',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 100 },
				default: 50,
				description: 'Speed of the voice, from 1 (slowest) to 100 (fastest)',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['media'], operation: ['createTts'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const name = String(this.getNodeParameter('name', itemIndex)).trim();
	if (!name) throw inputError(node, itemIndex, 'Name', 'a name is required');
	const text = String(this.getNodeParameter('text', itemIndex)).trim();
	if (!text) throw inputError(node, itemIndex, 'Text', 'a text is required');
	const voice = this.getNodeParameter('voice', itemIndex) as string;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const id = (await callrRequest(this, 'createMedia', { name }, itemIndex)) as number;
	await callrRequest(
		this,
		'setTtsContent',
		{ id, text, voice, options: options.rate ? { rate: options.rate } : null },
		itemIndex,
	);
	return (await callrRequest(this, 'getMedia', { id }, itemIndex)) as IDataObject;
}
