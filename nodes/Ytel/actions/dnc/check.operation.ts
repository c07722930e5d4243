import type { IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { segment } from '../../helpers/params';
import { ytelRequestOne } from '../../transport';
import { dncFields, readDncEntry } from './fields';

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['dnc'], operation: ['check'] } }, dncFields),
	async execute(this: IExecuteFunctions, i: number) {
		const { endpoint, selector, subtype } = readDncEntry.call(this, i);
		const path = `/v4/dnc/${segment(String(endpoint))}/${segment(String(selector))}/${subtype}/`;
		return await ytelRequestOne.call(this, { method: 'GET', path }, { idempotent: true, itemIndex: i });
	},
};
