import type { IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { ytelRequestOne } from '../../transport';
import { dncFields, readDncEntry } from './fields';

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['dnc'], operation: ['add'] } }, dncFields),
	async execute(this: IExecuteFunctions, i: number) {
		const body = readDncEntry.call(this, i);
		return await ytelRequestOne.call(this, { method: 'POST', path: '/v4/dnc', body }, { idempotent: true, itemIndex: i });
	},
};
