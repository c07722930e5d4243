import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { callStatus } from '../../helpers/normalize';
import { ceculaSyncRequest } from '../../transport';
import { readTrackingId, show, trackingIdField } from '../common';

export const getStatus: ItemOperation = {
	description: updateDisplayOptions(show('call', 'getStatus'), [
		trackingIdField('The tracking ID that Send Missed Call gave'),
	]),
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const id = readTrackingId.call(this, itemIndex);
		const body = await ceculaSyncRequest.call(this, {
			method: 'GET',
			path: `/dialled-call-status/${id}`,
			idempotent: true,
			itemIndex,
		});
		return callStatus(body as IDataObject);
	},
};
