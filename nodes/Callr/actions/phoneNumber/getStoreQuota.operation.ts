import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { callrRequest } from '../../transport';

export const description: INodeProperties[] = [];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return (await callrRequest(this, 'getStoreQuota', undefined, itemIndex)) as IDataObject;
}
