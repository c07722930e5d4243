import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { callrRequest } from '../../transport';
import { orderFields, readOrder } from './fields';

export const description = updateDisplayOptions(
	{ show: { resource: ['phoneNumber'], operation: ['getQuote'] } },
	orderFields,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return (await callrRequest(this, 'getNumberQuote', readOrder.call(this, itemIndex), itemIndex)) as IDataObject;
}
