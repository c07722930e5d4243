import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { collection, listRecords, show } from '../../helpers/entity';
import { dateFilters, textField, toApiFields } from '../../helpers/fields';
import { basePath, kindOf } from './fields';

export const description = show('message', 'getAll', [
	...returnAllOrLimit,
	collection('filters', [...dateFilters, textField('Name', 'name', { description: 'Part of the name' })]),
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const kind = kindOf(this, i);
	const query = toApiFields.call(this, i, this.getNodeParameter('filters', i, {}) as IDataObject, true);
	return await listRecords.call(this, i, basePath(kind), `${kind}_id`, query);
}
