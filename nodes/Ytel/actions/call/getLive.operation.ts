import type { IExecuteFunctions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { ytelRequest } from '../../transport';

export const operation: ItemOperation = {
	description: [],
	async execute(this: IExecuteFunctions, i: number) {
		return await ytelRequest.call(this, { method: 'GET', path: '/v4/call/live' }, { idempotent: true, itemIndex: i });
	},
};
