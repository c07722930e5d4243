import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

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
	const hash = this.getNodeParameter('smsId', itemIndex) as string;
	return (await callrRequest(this, 'getSms', { hash }, itemIndex)) as IDataObject;
}
