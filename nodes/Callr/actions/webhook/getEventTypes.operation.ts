import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { callrRequest } from '../../transport';

export const description: INodeProperties[] = [];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const types = (await callrRequest(this, 'listWebhookEventTypes', undefined, itemIndex)) as unknown[];
	return types.map((type) => (typeof type === 'string' ? { type } : (type as IDataObject)));
}
