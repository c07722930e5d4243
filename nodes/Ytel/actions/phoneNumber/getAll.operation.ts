import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import type { ItemOperation } from '../../../shared/operations';
import { collectPages, readListSettings } from '../../../shared/pagination';
import { nextKeyPage } from '../../transport';

const properties: INodeProperties[] = [...returnAllOrLimit];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['phoneNumber'], operation: ['getAll'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		return await collectPages(readListSettings.call(this, i), nextKeyPage.call(this, i));
	},
};
