import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { callrRequest } from '../../transport';
import { requiredNumberField } from './fields';

export const description = updateDisplayOptions({ show: { resource: ['phoneNumber'], operation: ['release'] } }, [
	{
		...requiredNumberField,
		description:
			'The number to give back: its subscription ends and it leaves the account. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const did = this.getNodeParameter('numberId', itemIndex) as string;
	const released = await callrRequest(this, 'releaseNumber', { did }, itemIndex);
	return { numberId: did, released };
}
