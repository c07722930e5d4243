import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readId } from '../../helpers/fields';
import { toItem } from '../../helpers/normalise';
import { ictCoreRequest } from '../../transport';
import { transmissionDescription, transmissionPath } from './fields';

export const description = transmissionDescription('cancelSchedule');

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const answer = await ictCoreRequest.call(this, {
		method: 'DELETE',
		path: transmissionPath(this, i, '/schedule'),
		idempotent: true,
		itemIndex: i,
	});
	return { transmission_id: readId.call(this, i, 'transmissionId'), ...toItem(answer) };
}
