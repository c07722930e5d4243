import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { requirePhoneNumbers } from '../../../shared/phone';
import { additionalFields, numberSetPicker } from '../common.descriptions';
import { ytelRequest } from '../../transport';
import { phoneNumberList } from './fields';

const properties: INodeProperties[] = [
	phoneNumberList('Available numbers (see Search Available) in E.164 format, separated by commas. Purchased numbers are billed.'),
	additionalFields([{ ...numberSetPicker, description: `The new numbers join this set and take its configuration. ${numberSetPicker.description}.` }]),
];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['phoneNumber'], operation: ['purchase'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const phoneNumber = requirePhoneNumbers(this.getNode(), i, 'Phone Numbers', this.getNodeParameter('phoneNumbers', i));
		const numberSetId = this.getNodeParameter('additionalFields.numberSetId', i, '') as string;
		const body = { phoneNumber, ...(numberSetId ? { numberSetId } : {}) };
		return await ytelRequest.call(this, { method: 'POST', path: '/v4/number/purchase/', body }, { idempotent: false, itemIndex: i });
	},
};
