import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { requirePhoneNumber } from '../../../shared/phone';
import { segment } from '../../helpers/params';
import { ytelRequestOne } from '../../transport';
import { phoneNumberPicker } from './fields';

const properties: INodeProperties[] = [phoneNumberPicker];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['phoneNumber'], operation: ['get'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const number = requirePhoneNumber(this.getNode(), i, 'Phone Number', this.getNodeParameter('phoneNumber', i));
		return await ytelRequestOne.call(this, { method: 'GET', path: `/v4/number/${segment(number)}/` }, { idempotent: true, itemIndex: i });
	},
};
