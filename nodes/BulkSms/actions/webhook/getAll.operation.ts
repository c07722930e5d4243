import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import type { ItemOperation } from '../../../shared/operations';
import { readListSettings } from '../../../shared/pagination';
import { bulkSmsRequest } from '../../transport';

export const description = updateDisplayOptions(
	{ show: { resource: ['webhook'], operation: ['getAll'] } },
	returnAllOrLimit,
);

export const getAll: ItemOperation = {
	description,
	async execute(this: IExecuteFunctions, i: number) {
		// BulkSMS lists every webhook in one answer.
		const hooks = (await bulkSmsRequest.call(this, {
			method: 'GET',
			path: '/webhooks',
			idempotent: true,
			itemIndex: i,
		})) as IDataObject[];
		return hooks.slice(0, readListSettings.call(this, i).limit);
	},
};
