import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { callrRequest } from '../../transport';
import { orderDescription, readToken } from './fields';

export const description = orderDescription('getOrder');

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return (await callrRequest(this, 'getOrder', readToken.call(this, itemIndex), itemIndex)) as IDataObject;
}
