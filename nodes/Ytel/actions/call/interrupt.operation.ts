import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { additionalFields, callSidField, httpMethodField } from '../common.descriptions';
import { setFields } from '../../helpers/params';
import { callCommand } from './control';

const properties: INodeProperties[] = [
	callSidField,
	{
		displayName: 'Log Status',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'Canceled', value: 'canceled' },
			{ name: 'Completed', value: 'completed' },
		],
		default: 'completed',
		description: 'How the call is recorded in the call log',
	},
	additionalFields([
		{
			displayName: 'Redirect URL',
			name: 'url',
			type: 'string',
			default: '',
			description: 'InboundXML that takes over the call (Log Status Completed); without it the call is hung up',
		},
		httpMethodField('URL Method', 'urlMethod'),
	]),
];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['call'], operation: ['interrupt'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const body: IDataObject = { status: this.getNodeParameter('status', i) };
		const extra = setFields(this.getNodeParameter('additionalFields', i, {}) as IDataObject);
		if (extra.url) Object.assign(body, extra);
		return await callCommand.call(this, i, 'interrupt', body);
	},
};
