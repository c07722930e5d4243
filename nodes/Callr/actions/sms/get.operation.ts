import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requireId } from '../../../shared/errors';
import { callrRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'SMS ID',
		name: 'smsId',
		type: 'string',
		default: '',
		required: true,
		description: 'The hash CALLR returned when the message was sent or received',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['sms'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const hash = requireId(this.getNode(), itemIndex, 'SMS ID', this.getNodeParameter('smsId', itemIndex));
	return (await callrRequest(this, 'getSms', { hash }, itemIndex)) as IDataObject;
}
