import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { callrRequest } from '../../transport';
import { orderFields, readOrder } from './fields';

const properties: INodeProperties[] = [
	...orderFields,
	{
		displayName: 'Reserve Only',
		name: 'reserveOnly',
		type: 'boolean',
		default: false,
		description:
			'Whether to only reserve the numbers and return the order token (with its expiry and cost) instead of buying them',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['phoneNumber'], operation: ['buy'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const reservation = (await callrRequest(
		this,
		'reserveNumbers',
		readOrder.call(this, itemIndex),
		itemIndex,
	)) as IDataObject;
	if (this.getNodeParameter('reserveOnly', itemIndex)) return reservation;
	const token = reservation.token as string;
	const bought = (await callrRequest(this, 'buyReservedNumbers', { token }, itemIndex)) as IDataObject;
	return { token, ...bought };
}
