import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { bulkSmsRequest } from '../../transport';

export const get: ItemOperation = {
	description: [],
	async execute(this: IExecuteFunctions, i: number) {
		return (await bulkSmsRequest.call(this, {
			method: 'GET',
			path: '/profile',
			idempotent: true,
			itemIndex: i,
		})) as IDataObject;
	},
};
