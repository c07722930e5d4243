import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { numberIdField } from '../common.descriptions';

export const countryField: INodeProperties = {
	displayName: 'Country Code',
	name: 'country',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'FR',
	description: 'ISO 3166-1 alpha-2 code of the country',
};

/** The store's order: which area code, which class, how many numbers. */
export const orderFields: INodeProperties[] = [
	{
		displayName: 'Area Code ID',
		name: 'areaCodeId',
		type: 'number',
		default: 0,
		required: true,
		description: 'The ID of an area code, as Get Area Codes returns it',
	},
	{
		displayName: 'Class',
		name: 'numberClass',
		type: 'options',
		options: [
			{ name: 'Classic', value: 'CLASSIC' },
			{ name: 'Gold', value: 'GOLD', description: 'Easy-to-remember numbers' },
		],
		default: 'CLASSIC',
	},
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
	},
];

export function readOrder(this: IExecuteFunctions, itemIndex: number) {
	return {
		areaCodeId: this.getNodeParameter('areaCodeId', itemIndex) as number,
		numberClass: this.getNodeParameter('numberClass', itemIndex) as string,
		quantity: this.getNodeParameter('quantity', itemIndex) as number,
	};
}

export const orderIdField: INodeProperties = {
	displayName: 'Order ID',
	name: 'orderId',
	type: 'string',
	default: '',
	required: true,
	description: 'The token of a reservation (`token`), as Buy with "Reserve Only" returns it',
};

export const requiredNumberField: INodeProperties = { ...numberIdField, required: true };

/** The fields of an operation on a store order (a reservation), by its token. */
export const orderDescription = (operation: string) =>
	updateDisplayOptions({ show: { resource: ['phoneNumber'], operation: [operation] } }, [orderIdField]);

export function readToken(this: IExecuteFunctions, itemIndex: number): { token: string } {
	const token = String(this.getNodeParameter('orderId', itemIndex)).trim();
	if (!token) throw inputError(this.getNode(), itemIndex, 'Order ID', 'an order ID is required');
	return { token };
}
