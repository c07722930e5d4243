import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { callrRequest } from '../../transport';
import { mediaField } from '../common.descriptions';

export const description = updateDisplayOptions({ show: { resource: ['media'], operation: ['delete'] } }, [mediaField]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = Number(this.getNodeParameter('mediaId', itemIndex));
	const deleted = await callrRequest(this, 'deleteMedia', { id }, itemIndex);
	return { id, deleted };
}
