import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { show } from '../../helpers/entity';
import { readId } from '../../helpers/fields';
import { ictCoreRequest } from '../../transport';
import { ACCOUNT, INBOUND_TYPES } from './fields';

export const description = show('account', 'disableInbound', [
	{ ...ACCOUNT.idField, required: true },
	{
		displayName: 'Program Type',
		name: 'programType',
		type: 'options',
		options: [{ name: 'All', value: '' }, ...INBOUND_TYPES],
		default: '',
		description: 'Which inbound program to remove; All removes every program of the account',
	},
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = readId.call(this, i, 'accountId');
	const type = this.getNodeParameter('programType', i) as string;
	await ictCoreRequest.call(this, {
		method: 'DELETE',
		path: `/accounts/${id}/programs${type ? `/${type}` : ''}`,
		idempotent: true,
		itemIndex: i,
	});
	return { account_id: id, program_type: type || 'all', removed: true };
}
