import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collection } from '../../helpers/entity';
import { readId } from '../../helpers/fields';
import { waitForTransmission, waitOptions } from '../../helpers/send';
import { ictCoreRead } from '../../transport';
import { readStatus, transmissionDescription, transmissionPath } from './fields';

export const description = transmissionDescription('getStatus', [collection('options', waitOptions)]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const transmissionId = readId.call(this, i, 'transmissionId');
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	if (options.waitUntilFinished) {
		const record = await ictCoreRead.call(this, transmissionPath(this, i), undefined, i);
		return {
			transmission_id: transmissionId,
			...(await waitForTransmission.call(this, i, transmissionId, {
				tryAllowed: Number(record.try_allowed ?? 1),
				isSms: record.service_flag === 4,
				options,
			})),
		};
	}
	return { transmission_id: transmissionId, status: await readStatus.call(this, i) };
}
