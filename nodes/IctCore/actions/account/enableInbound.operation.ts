import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { show } from '../../helpers/entity';
import { readId } from '../../helpers/fields';
import { ictCoreCreate } from '../../transport';
import { ACCOUNT, INBOUND_TYPES } from './fields';

export const description = show('account', 'enableInbound', [
	{ ...ACCOUNT.idField, required: true },
	{
		displayName: 'Program Type',
		name: 'programType',
		type: 'options',
		options: INBOUND_TYPES,
		default: 'receivesms',
		description: 'What to do with traffic arriving on the account',
	},
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = readId.call(this, i, 'accountId');
	const type = this.getNodeParameter('programType', i) as string;
	const programId = await ictCoreCreate.call(this, {
		method: 'PUT',
		path: `/accounts/${id}/programs/${type}`,
		idempotent: false,
		itemIndex: i,
	});
	return { account_id: id, program_type: type, program_id: programId };
}
