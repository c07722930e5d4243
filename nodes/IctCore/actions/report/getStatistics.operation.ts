import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collection, show } from '../../helpers/entity';
import { SERVICE_OPTIONS, toApiFields } from '../../helpers/fields';
import { ictCoreRead } from '../../transport';

export const description = show('report', 'getStatistics', [
	collection('filters', [
		{ displayName: 'Service', name: 'serviceFlag', type: 'options', options: SERVICE_OPTIONS, default: 4 },
		{
			displayName: 'Since',
			name: 'since',
			type: 'dateTime',
			default: '',
			description: 'Count only records created at or after this time',
		},
	]),
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await ictCoreRead.call(
		this,
		'/statistics',
		toApiFields.call(this, i, this.getNodeParameter('filters', i, {}) as IDataObject, true),
		i,
	);
}
