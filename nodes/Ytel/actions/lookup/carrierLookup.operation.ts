import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { phoneNumberField } from '../../../shared/descriptions';
import type { ItemOperation } from '../../../shared/operations';
import { requirePhoneNumber } from '../../../shared/phone';
import { segment } from '../../helpers/params';
import { ytelRequestOne } from '../../transport';

const properties: INodeProperties[] = [
	{ displayName: 'Each lookup is billed by Ytel', name: 'billedNotice', type: 'notice', default: '' },
	phoneNumberField({ displayName: 'Phone Number', name: 'phoneNumber', required: true }),
];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['lookup'], operation: ['carrierLookup'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const number = requirePhoneNumber(this.getNode(), i, 'Phone Number', this.getNodeParameter('phoneNumber', i));
		return await ytelRequestOne.call(this, { method: 'GET', path: `/v4/carrier/lookup/${segment(number)}/` }, { idempotent: true, itemIndex: i });
	},
};
