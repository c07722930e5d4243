import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { requireText } from '../../helpers/params';
import { addressFields, messageAdditionalFields, sendMessage, sendOptions } from './send';

const properties: INodeProperties[] = [
	...addressFields,
	{
		displayName: 'Content',
		name: 'content',
		type: 'options',
		options: [
			{ name: 'Text', value: 'text' },
			{ name: 'SMS Template', value: 'template', description: 'Ytel fills the template with the contact’s data and Template Values' },
		],
		default: 'text',
	},
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		displayOptions: { show: { content: ['text'] } },
	},
	{
		displayName: 'SMS Template Name or ID',
		name: 'smsTemplateId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getSmsTemplates' },
		required: true,
		default: '',
		description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		displayOptions: { show: { content: ['template'] } },
	},
	messageAdditionalFields(),
	sendOptions,
];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['message'], operation: ['sendSms'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const content =
			this.getNodeParameter('content', i) === 'template'
				? { smsTemplateId: requireText.call(this, i, 'smsTemplateId', 'SMS Template') }
				: { text: requireText.call(this, i, 'text', 'Text') };
		return await sendMessage.call(this, i, content);
	},
};
