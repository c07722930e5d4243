import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { callrRequest } from '../../transport';
import { mediaField } from '../common.descriptions';

export const description = updateDisplayOptions({ show: { resource: ['media'], operation: ['get'] } }, [mediaField]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = Number(this.getNodeParameter('mediaId', itemIndex));
	return (await callrRequest(this, 'getMedia', { id }, itemIndex)) as IDataObject;
}
