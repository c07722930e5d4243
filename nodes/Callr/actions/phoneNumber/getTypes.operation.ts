import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { callrRequest } from '../../transport';
import { countryField } from './fields';

export const description = updateDisplayOptions({ show: { resource: ['phoneNumber'], operation: ['getTypes'] } }, [
	countryField,
] as INodeProperties[]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const country = String(this.getNodeParameter('country', itemIndex)).trim().toUpperCase();
	return (await callrRequest(this, 'listNumberTypes', { country }, itemIndex)) as IDataObject[];
}
