import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { phoneNumberField } from '../../../shared/descriptions';
import type { ItemOperation } from '../../../shared/operations';
import { splitList } from '../../../shared/phone';
import { byDisplayName, keyValueField } from '../common.descriptions';
import { requireText, segment } from '../../helpers/params';
import { ytelRequestOne } from '../../transport';
import { contactBody } from './data';
import { contactDataFields, contactIdField, keysField } from './fields';

const properties: INodeProperties[] = [
	contactIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: byDisplayName([
			...contactDataFields,
			{ ...keysField, displayName: 'Add Keys', description: 'Lookup keys to add, separated by commas' },
			keyValueField('Other Data', 'otherData', 'More contact data (extData) to set; names are stored lowercase'),
			phoneNumberField({ displayName: 'Phone Number', name: 'phonenumber1' }),
			{ displayName: 'Remove Keys', name: 'rmkeys', type: 'string', default: '', description: 'Lookup keys to remove, separated by commas' },
		]),
	},
];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['contact'], operation: ['update'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const contactId = requireText.call(this, i, 'contactId', 'Contact ID');
		const { rmkeys, ...fields } = this.getNodeParameter('updateFields', i, {}) as IDataObject;
		const body = contactBody.call(this, i, fields);
		if (rmkeys) body.rmkeys = splitList(rmkeys);
		if (Object.keys(body).length === 0) throw inputError(this.getNode(), i, 'Update Fields', 'add at least one field to change');
		return await ytelRequestOne.call(this, { method: 'PUT', path: `/v4/contact/${segment(contactId)}`, body }, { idempotent: true, itemIndex: i });
	},
};
