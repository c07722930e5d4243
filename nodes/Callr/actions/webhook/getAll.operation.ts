import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { callrRequest } from '../../transport';
import { limitList } from '../common.descriptions';

export const description = updateDisplayOptions(
	{ show: { resource: ['webhook'], operation: ['getAll'] } },
	returnAllOrLimit,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return limitList.call(
		this,
		itemIndex,
		(await callrRequest(this, 'listWebhooks', undefined, itemIndex)) as IDataObject[],
	);
}
