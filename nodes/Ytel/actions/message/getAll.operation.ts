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
	logFilters([
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [
				{ name: 'Failed', value: 'failed' },
				{ name: 'Success', value: 'success' },
			],
			default: 'success',
		},
	]),
];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['message'], operation: ['getAll'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const qs = { ...readDayRange.call(this, i), ...setFields(this.getNodeParameter('filters', i, {}) as IDataObject) };
		return await collectPages(readListSettings.call(this, i), offsetPage.call(this, '/v4/logs/sms/', qs, i));
	},
};
