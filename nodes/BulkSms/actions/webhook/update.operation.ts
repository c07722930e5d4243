import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { webhookEntry } from '../../helpers/webhookEntry';
import { bulkSmsRequest } from '../../transport';
import { webhookEntryFields, webhookIdField } from '../common.descriptions';

// BulkSMS replaces every value of the webhook, so Update takes the same fields as Create.
export const description = updateDisplayOptions({ show: { resource: ['webhook'], operation: ['update'] } }, [
	webhookIdField,
	...webhookEntryFields,
]);

export const update: ItemOperation = {
	description,
	async execute(this: IExecuteFunctions, i: number) {
		const id = encodeURIComponent(this.getNodeParameter('webhookId', i) as string);
		return (await bulkSmsRequest.call(this, {
			method: 'POST',
			path: `/webhooks/${id}`,
			body: webhookEntry.call(this, i),
			idempotent: true,
			itemIndex: i,
		})) as IDataObject;
	},
};
