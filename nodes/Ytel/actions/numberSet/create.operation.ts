import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { requirePhoneNumbers } from '../../../shared/phone';
import { additionalFields, inboundUrlFields } from '../common.descriptions';
import { requireText, setFields } from '../../helpers/params';
import { ytelRequestOne } from '../../transport';

const properties: INodeProperties[] = [
	{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '' },
	additionalFields([
		{
			displayName: 'Phone Numbers',
			name: 'phoneNumbers',
			type: 'string',
			default: '',
			placeholder: '+14155550100, +14155550101',
			description: 'Numbers of the account to put in the set, separated by commas; they take the set’s URLs',
		},
		...inboundUrlFields,
	]),
];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['numberSet'], operation: ['create'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const { phoneNumbers, ...urls } = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
		const body: IDataObject = { name: requireText.call(this, i, 'name', 'Name'), ...setFields(urls) };
		if (phoneNumbers) body.phoneNumbers = requirePhoneNumbers(this.getNode(), i, 'Phone Numbers', phoneNumbers);
		return await ytelRequestOne.call(this, { method: 'POST', path: '/v4/numberset/', body }, { idempotent: false, itemIndex: i });
	},
};
