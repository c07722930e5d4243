import type { IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import type { ItemOperation } from '../../../shared/operations';
import { collectPages, readListSettings } from '../../../shared/pagination';
import { blockedNumberPages } from '../../transport';

export const description = updateDisplayOptions(
	{ show: { resource: ['blockedNumber'], operation: ['getAll'] } },
	returnAllOrLimit,
);

export const getAll: ItemOperation = {
	description,
	async execute(this: IExecuteFunctions, i: number) {
		return await collectPages(readListSettings.call(this, i), blockedNumberPages.call(this, i));
	},
};
