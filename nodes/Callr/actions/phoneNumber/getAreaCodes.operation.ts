import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { callrRequest } from '../../transport';
import { countryField } from './fields';

const properties: INodeProperties[] = [
	countryField,
	{
		displayName: 'Number Type',
		name: 'numberType',
		type: 'string',
		default: '',
		placeholder: 'GEOGRAPHIC',
		description: 'Only area codes of this type (a code from Get Number Types); empty for all',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['phoneNumber'], operation: ['getAreaCodes'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const country = String(this.getNodeParameter('country', itemIndex)).trim().toUpperCase();
	const type = String(this.getNodeParameter('numberType', itemIndex, '')).trim() || null;
	return (await callrRequest(this, 'listAreaCodes', { country, type }, itemIndex)) as IDataObject[];
}
