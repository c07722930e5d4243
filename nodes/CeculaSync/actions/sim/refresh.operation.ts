import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { outcome } from '../../helpers/normalize';
import { ceculaSyncRequest } from '../../transport';

export const refresh: ItemOperation = {
	description: [],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		// A GET that acts; refreshing twice does no harm.
		const body = (await ceculaSyncRequest.call(this, {
			method: 'GET',
			path: '/management/refresh-sim',
			idempotent: true,
			success: '1801',
			itemIndex,
		})) as IDataObject;
		return { ...outcome(body), raw: body };
	},
};
