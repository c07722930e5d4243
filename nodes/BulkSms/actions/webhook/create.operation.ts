import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { webhookEntry } from '../../helpers/webhookEntry';
import { bulkSmsRequest } from '../../transport';
import { webhookEntryFields } from '../common.descriptions';

export const description = updateDisplayOptions(
	{ show: { resource: ['webhook'], operation: ['create'] } },
	webhookEntryFields,
);

export const create: ItemOperation = {
	description,
	async execute(this: IExecuteFunctions, i: number) {
		// Not repeated on a doubtful failure: names are unique, so a repeat after success would fail anyway.
		return (await bulkSmsRequest.call(this, {
			method: 'POST',
			path: '/webhooks',
			body: webhookEntry.call(this, i),
			idempotent: false,
			itemIndex: i,
		})) as IDataObject;
	},
};
