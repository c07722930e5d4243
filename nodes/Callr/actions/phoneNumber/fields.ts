import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

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
