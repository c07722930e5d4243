import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { phoneNumberField } from '../../../shared/descriptions';
import type { ItemOperation } from '../../../shared/operations';
import { requirePhoneNumber } from '../../../shared/phone';
import { numberSetPicker } from '../common.descriptions';
import { requireText, segment } from '../../helpers/params';
import { ytelRequestOne } from '../../transport';

const properties: INodeProperties[] = [
	{ ...numberSetPicker, required: true },
	phoneNumberField({ displayName: 'Phone Number', name: 'phoneNumber', required: true, description: 'The number to take out of the set, in E.164 format' }),
];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['numberSet'], operation: ['removeNumber'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const id = requireText.call(this, i, 'numberSetId', 'Number Set');
		const number = requirePhoneNumber(this.getNode(), i, 'Phone Number', this.getNodeParameter('phoneNumber', i));
		return await ytelRequestOne.call(this, { method: 'DELETE', path: `/v4/numberset/${segment(id)}/${segment(number)}/` }, { idempotent: true, itemIndex: i });
	},
};
