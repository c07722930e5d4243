import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requireId } from '../../../shared/errors';
import { callrRequest } from '../../transport';
import { clickToCallIdField } from './fields';

export const description: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['call'], operation: ['getClickToCallStatus'] } },
	[clickToCallIdField],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const hash = requireId(this.getNode(), itemIndex, 'Call ID', this.getNodeParameter('callId', itemIndex));
	return (await callrRequest(this, 'getClickToCallStatus', { hash }, itemIndex)) as IDataObject;
}
