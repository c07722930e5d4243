import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { phoneNumberField } from '../../../shared/descriptions';
import type { ItemOperation } from '../../../shared/operations';
import { requirePhoneNumber } from '../../../shared/phone';
import { additionalFields, keyValueField } from '../common.descriptions';
import { ytelRequestOne } from '../../transport';
import { contactBody } from './data';
import { contactDataFields, keysField } from './fields';

const properties: INodeProperties[] = [
	phoneNumberField({ displayName: 'Phone Number', name: 'phonenumber1', required: true }),
	additionalFields([...contactDataFields, keysField, keyValueField('Other Data', 'otherData', 'More contact data (extData); names are stored lowercase')]),
];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['contact'], operation: ['create'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const phonenumber1 = requirePhoneNumber(this.getNode(), i, 'Phone Number', this.getNodeParameter('phonenumber1', i));
		const body = contactBody.call(this, i, { ...(this.getNodeParameter('additionalFields', i, {}) as IDataObject), phonenumber1 });
		return await ytelRequestOne.call(this, { method: 'POST', path: '/v4/contact/', body }, { idempotent: false, itemIndex: i });
	},
};
