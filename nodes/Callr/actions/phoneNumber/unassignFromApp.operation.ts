import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { callrRequest } from '../../transport';
import { requiredNumberField } from './fields';

export const description = updateDisplayOptions(
	{ show: { resource: ['phoneNumber'], operation: ['unassignFromApp'] } },
	[requiredNumberField],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const did = this.getNodeParameter('numberId', itemIndex) as string;
	const unassigned = await callrRequest(this, 'unassignNumber', { did }, itemIndex);
	return { numberId: did, unassigned };
}
