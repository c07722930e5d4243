import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { callrRequest } from '../../transport';
import { appField, dateWindowFields, limitList, numberIdField, readDateWindow } from '../common.descriptions';

const properties: INodeProperties[] = [
	{
		displayName: 'Direction',
		name: 'direction',
		type: 'options',
		options: [
			{ name: 'Inbound', value: 'IN' },
			{ name: 'Outbound', value: 'OUT' },
		],
		default: 'OUT',
	},
	...dateWindowFields,
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [appField('getApps', { required: false }), numberIdField],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['call'], operation: ['getCdrs'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const list = (await callrRequest(
		this,
		'getCdrs',
		{
			type: this.getNodeParameter('direction', itemIndex) as string,
			...readDateWindow.call(this, itemIndex),
			app: (filters.appId as string) || null,
			number: (filters.numberId as string) || null,
		},
		itemIndex,
	)) as IDataObject[];
	return limitList.call(this, itemIndex, list);
}
