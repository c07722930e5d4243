import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { bulkSmsRequest } from '../../transport';
import { messageIdField } from '../common.descriptions';

export const description = updateDisplayOptions({ show: { resource: ['message'], operation: ['get'] } }, [
	messageIdField,
]);

export const get: ItemOperation = {
	description,
	async execute(this: IExecuteFunctions, i: number) {
		const id = encodeURIComponent(this.getNodeParameter('messageId', i) as string);
		return (await bulkSmsRequest.call(this, {
			method: 'GET',
			path: `/messages/${id}`,
			idempotent: true,
			itemIndex: i,
		})) as IDataObject;
	},
};
