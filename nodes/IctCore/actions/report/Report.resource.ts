import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { operationSelector } from '../../../shared/operations';
import { collection, show } from '../../helpers/entity';
import { SERVICE_OPTIONS, toApiFields } from '../../helpers/fields';
import { ictCoreRead } from '../../transport';

const getStatistics: ItemOperation = {
	description: show('report', 'getStatistics', [
		collection('filters', [
			{ displayName: 'Service', name: 'serviceFlag', type: 'options', options: SERVICE_OPTIONS, default: 4 },
			{
				displayName: 'Since',
				name: 'since',
				type: 'dateTime',
				default: '',
				description: 'Count only records created at or after this time',
			},
		]),
	]),
	async execute(this: IExecuteFunctions, i) {
		return await ictCoreRead.call(
			this,
			'/statistics',
			toApiFields.call(this, i, this.getNodeParameter('filters', i, {}) as IDataObject, true),
			i,
		);
	},
};

export const operations = { getStatistics };

export const description: INodeProperties[] = [
	operationSelector(
		'report',
		[
			{
				name: 'Get Statistics',
				value: 'getStatistics',
				action: 'Get statistics',
				description: 'Counts of users, accounts, campaigns, contacts and transmissions',
			},
		],
		'getStatistics',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
