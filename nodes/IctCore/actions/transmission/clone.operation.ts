import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collection } from '../../helpers/entity';
import { readId } from '../../helpers/fields';
import { ictCoreCreate } from '../../transport';
import { transmissionDescription, transmissionPath } from './fields';

export const description = transmissionDescription('clone', [
	collection('options', [
		{
			displayName: 'Send Now',
			name: 'sendNow',
			type: 'boolean',
			default: false,
			description: 'Whether to send the copy right away',
		},
	]),
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	// a GET that creates a record: never repeated on a lost answer
	const copyId = await ictCoreCreate.call(this, {
		method: 'GET',
		path: transmissionPath(this, i, '/clone'),
		idempotent: false,
		itemIndex: i,
	});
	const out: IDataObject = { transmission_id: copyId, cloned_from: readId.call(this, i, 'transmissionId') };
	if (this.getNodeParameter('options.sendNow', i, false)) {
		out.spool_id = await ictCoreCreate.call(this, {
			method: 'POST',
			path: `/transmissions/${copyId}/send`,
			idempotent: false,
			itemIndex: i,
		});
	}
	return out;
}
