import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collection } from '../../helpers/entity';
import { toApiFields } from '../../helpers/fields';
import { ictCoreList } from '../../transport';
import { transmissionDescription, transmissionPath } from './fields';

export const description = transmissionDescription('getResults', [
	collection('filters', [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			placeholder: 'sms_send',
			description: 'Step or value name, e.g. sms_send, pages or text',
		},
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: ['application', 'contact', 'error', 'info', 'message'].map((v) => ({
				name: v[0].toUpperCase() + v.slice(1),
				value: v,
			})),
			default: 'application',
		},
	]),
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const query = toApiFields.call(this, i, this.getNodeParameter('filters', i, {}) as IDataObject, true);
	return await ictCoreList.call(this, transmissionPath(this, i, '/result'), query, i);
}
