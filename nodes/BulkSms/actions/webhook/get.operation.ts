import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { bulkSmsRequest } from '../../transport';
import { webhookIdField } from '../common.descriptions';

export const description = updateDisplayOptions({ show: { resource: ['webhook'], operation: ['get'] } }, [
	webhookIdField,
]);

export const get: ItemOperation = {
	description,
	async execute(this: IExecuteFunctions, i: number) {
		const id = encodeURIComponent(this.getNodeParameter('webhookId', i) as string);
		return (await bulkSmsRequest.call(this, {
			method: 'GET',
			path: `/webhooks/${id}`,
			idempotent: true,
			itemIndex: i,
		})) as IDataObject;
	},
};
