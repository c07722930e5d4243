import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { additionalFields, recipientFields, sendConcurrency, senderFields } from '../common.descriptions';
import { readRecipient, readSender, requireText } from '../../helpers/params';
import { ytelRequestOne } from '../../transport';
import { callBody, callOptions, inboundXmlUrl } from './fields';

const properties: INodeProperties[] = [
	...senderFields,
	...recipientFields,
	inboundXmlUrl,
	additionalFields([
		...callOptions,
		{
			displayName: 'Check Federal DNC',
			name: 'checkFederalDnc',
			type: 'boolean',
			default: false,
			description: 'Whether to refuse numbers on the federal do-not-call list (the account needs access to it)',
		},
	]),
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: [sendConcurrency] },
];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['call'], operation: ['make'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const body = {
			...readSender.call(this, i),
			...readRecipient.call(this, i),
			url: requireText.call(this, i, 'url', 'InboundXML URL'),
			...callBody(this.getNodeParameter('additionalFields', i, {}) as IDataObject),
		};
		return await ytelRequestOne.call(this, { method: 'POST', path: '/v4/call/', body }, { idempotent: false, itemIndex: i });
	},
};
