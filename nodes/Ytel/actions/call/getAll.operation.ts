import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import type { ItemOperation } from '../../../shared/operations';
import { collectPages, readListSettings } from '../../../shared/pagination';
import { logDateRange, logFilters } from '../common.descriptions';
import { readDayRange, setFields } from '../../helpers/params';
import { offsetPage } from '../../transport';

const properties: INodeProperties[] = [
	...logDateRange,
	...returnAllOrLimit,
	logFilters([{ displayName: 'Status', name: 'status', type: 'string', default: '', placeholder: 'completed' }]),
];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['call'], operation: ['getAll'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const qs = { ...readDayRange.call(this, i), ...setFields(this.getNodeParameter('filters', i, {}) as IDataObject) };
		return await collectPages(readListSettings.call(this, i), offsetPage.call(this, '/v4/logs/call/', qs, i));
	},
};
