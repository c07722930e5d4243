import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { callrRequest } from '../../transport';
import { limitList } from '../common.descriptions';

export const description = updateDisplayOptions(
	{ show: { resource: ['media'], operation: ['getAll'] } },
	returnAllOrLimit,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	// CALLR answers with a map of media ID → media.
	const byId = (await callrRequest(this, 'listMedia', undefined, itemIndex)) as Record<string, IDataObject>;
	return limitList.call(this, itemIndex, Object.values(byId));
}
