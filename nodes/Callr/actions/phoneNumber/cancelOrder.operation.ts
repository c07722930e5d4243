import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { callrRequest } from '../../transport';
import { orderDescription, readToken } from './fields';

export const description = orderDescription('cancelOrder');

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const { token } = readToken.call(this, itemIndex);
	const cancelled = await callrRequest(this, 'cancelOrder', { token }, itemIndex);
	return { token, cancelled };
}
