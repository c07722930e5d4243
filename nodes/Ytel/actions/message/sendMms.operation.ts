import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { requireText } from '../../helpers/params';
import { addressFields, messageAdditionalFields, sendMessage, sendOptions } from './send';

const properties: INodeProperties[] = [
	...addressFields,
	{
		displayName: 'Media URL',
		name: 'mediaUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://example.com/picture.jpg',
		description: 'Public URL of the image, for example the public URL of a Ytel mms-image asset',
	},
	messageAdditionalFields([
		{ displayName: 'Text', name: 'text', type: 'string', typeOptions: { rows: 3 }, default: '', description: 'Text sent with the media' },
	]),
	sendOptions,
];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['message'], operation: ['sendMms'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const mediaUrl = requireText.call(this, i, 'mediaUrl', 'Media URL');
		const text = this.getNodeParameter('additionalFields.text', i, '') as string;
		return await sendMessage.call(this, i, { mediaUrl, ...(text ? { text } : {}) });
	},
};
