import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { callrRequest } from '../../transport';
import { orderDescription, readToken } from './fields';

export const description = orderDescription('buyOrder');

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const { token } = readToken.call(this, itemIndex);
	const bought = (await callrRequest(this, 'buyReservedNumbers', { token }, itemIndex)) as IDataObject;
	return { token, ...bought };
}
