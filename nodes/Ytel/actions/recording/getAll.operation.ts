import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import type { ItemOperation } from '../../../shared/operations';
import { collectPages, readListSettings } from '../../../shared/pagination';
import { setFields, ytelDay } from '../../helpers/params';
import { lastKeyPage } from '../../transport';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{ displayName: 'Call SID', name: 'callSid', type: 'string', default: '', description: 'Only the recordings of this call' },
			{ displayName: 'Recording SID', name: 'recordingSid', type: 'string', default: '' },
			{ displayName: 'Start Date', name: 'startDate', type: 'dateTime', default: '', description: 'First day to include (UTC); with a Call SID, the day of the call' },
		],
	},
];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['recording'], operation: ['getAll'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const filters = setFields(this.getNodeParameter('filters', i, {}) as IDataObject);
		if (filters.startDate) filters.startDate = ytelDay.call(this, i, 'filters.startDate', 'Start Date');
		return await collectPages(readListSettings.call(this, i), lastKeyPage.call(this, '/v4/logs/recording/', filters, 'lastCallSid', 'callSid', i));
	},
};
