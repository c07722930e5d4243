import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { requirePhoneNumbers } from '../../../shared/phone';
import { numberSetPicker } from '../common.descriptions';
import { requireText } from '../../helpers/params';
import { ytelRequestOne } from '../../transport';

const properties: INodeProperties[] = [
	{ ...numberSetPicker, required: true },
	{
		displayName: 'Phone Numbers',
		name: 'phoneNumbers',
		type: 'string',
		required: true,
		default: '',
		placeholder: '+14155550100, +14155550101',
		description: 'Numbers of the account to add, separated by commas; they take the set’s URLs',
	},
];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['numberSet'], operation: ['addNumbers'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const body = {
			numberSetId: requireText.call(this, i, 'numberSetId', 'Number Set'),
			phoneNumbers: requirePhoneNumbers(this.getNode(), i, 'Phone Numbers', this.getNodeParameter('phoneNumbers', i)),
		};
		return await ytelRequestOne.call(this, { method: 'POST', path: '/v4/numberset/addnumber/', body }, { idempotent: true, itemIndex: i });
	},
};
