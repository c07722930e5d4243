import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collection } from '../../helpers/entity';
import { ictCoreRead } from '../../transport';
import { readStatus, transmissionDescription, transmissionPath } from './fields';

export const description = transmissionDescription('get', [
	collection('options', [
		{
			displayName: 'Include Status',
			name: 'includeStatus',
			type: 'boolean',
			default: true,
			description: 'Whether to add the status, which the transmission record itself lacks (one more request)',
		},
	]),
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const record = await ictCoreRead.call(this, transmissionPath(this, i), undefined, i);
	// the full account comes with its SIP secrets, which do not belong in workflow data
	if (record.oAccount && typeof record.oAccount === 'object') {
		const account = { ...(record.oAccount as IDataObject) };
		delete account.passwd;
		delete account.passwd_pin;
		record.oAccount = account;
	}
	if (this.getNodeParameter('options.includeStatus', i, true)) record.status = await readStatus.call(this, i);
	return record;
}
