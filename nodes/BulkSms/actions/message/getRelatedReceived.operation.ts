import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { requireId } from '../../../shared/errors';
import { bulkSmsRequest } from '../../transport';
import { messageIdField } from '../common.descriptions';

export const description = updateDisplayOptions(
	{ show: { resource: ['message'], operation: ['getRelatedReceived'] } },
	[{ ...messageIdField, description: 'ID of a message you sent; a message that was not sent has no replies' }],
);

export const getRelatedReceived: ItemOperation = {
	description,
	async execute(this: IExecuteFunctions, i: number) {
		const id = encodeURIComponent(requireId(this.getNode(), i, 'Message ID', this.getNodeParameter('messageId', i)));
		return (await bulkSmsRequest.call(this, {
			method: 'GET',
			path: `/messages/${id}/relatedReceivedMessages`,
			idempotent: true,
			itemIndex: i,
		})) as IDataObject[];
	},
};
