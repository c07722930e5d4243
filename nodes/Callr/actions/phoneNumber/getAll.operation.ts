import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { readListSettings } from '../../../shared/pagination';
import { callrSearch } from '../../transport';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Class',
				name: 'class',
				type: 'options',
				options: [
					{ name: 'Classic', value: 'CLASSIC' },
					{ name: 'Gold', value: 'GOLD' },
				],
				default: 'CLASSIC',
			},
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				options: [
					'GEOGRAPHIC',
					'MOBILE',
					'NON-GEOGRAPHIC',
					'PERSONAL',
					'SHAREDREVENUE',
					'SMS-ONLY',
					'SPECIAL',
					'TOLLFREE',
				].map((value) => ({ name: value.charAt(0) + value.slice(1).toLowerCase(), value })),
				default: 'GEOGRAPHIC',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['phoneNumber'], operation: ['getAll'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	return await callrSearch(this, 'searchNumbers', filters, readListSettings.call(this, itemIndex), itemIndex);
}
