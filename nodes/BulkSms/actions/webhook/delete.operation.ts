import type { IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { bulkSmsRequest } from '../../transport';
import { webhookIdField } from '../common.descriptions';

export const description = updateDisplayOptions({ show: { resource: ['webhook'], operation: ['delete'] } }, [
	webhookIdField,
]);

export const deleteWebhook: ItemOperation = {
	description,
	async execute(this: IExecuteFunctions, i: number) {
		const id = this.getNodeParameter('webhookId', i) as string;
		// BulkSMS answers a deletion with an empty body.
		await bulkSmsRequest.call(this, {
			method: 'DELETE',
			path: `/webhooks/${encodeURIComponent(id)}`,
			idempotent: true,
			itemIndex: i,
		});
		return { id, deleted: true };
	},
};
