import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { smsStatus } from '../../helpers/normalize';
import { ceculaSyncRequest } from '../../transport';
import { readTrackingId, show, trackingIdField } from '../common';

export const getStatus: ItemOperation = {
	description: updateDisplayOptions(show('sms', 'getStatus'), [
		trackingIdField('The tracking ID that Send gave for the recipient'),
	]),
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const id = readTrackingId.call(this, itemIndex);
		const body = await ceculaSyncRequest.call(this, {
			method: 'GET',
			path: `/sent-sms-status/${id}`,
			idempotent: true,
			itemIndex,
		});
		return smsStatus(body as IDataObject);
	},
};
