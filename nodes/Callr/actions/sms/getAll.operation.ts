import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { callrRequest } from '../../transport';
import { dateWindowFields, limitList, readDateWindow } from '../common.descriptions';

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
];

export const description = updateDisplayOptions({ show: { resource: ['sms'], operation: ['getAll'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const type = this.getNodeParameter('direction', itemIndex) as string;
	const list = (await callrRequest(
		this,
		'listSms',
		{ type, ...readDateWindow.call(this, itemIndex) },
		itemIndex,
	)) as IDataObject[];
	return limitList.call(this, itemIndex, list);
}
