import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import type { ItemOperation } from '../../../shared/operations';
import { requirePhoneNumber } from '../../../shared/phone';
import { byDisplayName, inboundUrlFields } from '../common.descriptions';
import { segment, setFields } from '../../helpers/params';
import { ytelRequestOne } from '../../transport';
import { phoneNumberPicker } from './fields';

const properties: INodeProperties[] = [
	phoneNumberPicker,
	{
		displayName: 'Numbers in a number set take the set’s configuration again whenever the set is edited',
		name: 'numberSetNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: byDisplayName([
			{ displayName: 'Friendly Name', name: 'friendlyName', type: 'string', default: '' },
			...inboundUrlFields,
		]),
	},
];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['phoneNumber'], operation: ['update'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const number = requirePhoneNumber(this.getNode(), i, 'Phone Number', this.getNodeParameter('phoneNumber', i));
		const body = setFields(this.getNodeParameter('updateFields', i, {}) as IDataObject);
		if (Object.keys(body).length === 0) throw inputError(this.getNode(), i, 'Update Fields', 'add at least one field to change');
		return await ytelRequestOne.call(this, { method: 'PUT', path: `/v4/number/${segment(number)}/`, body }, { idempotent: true, itemIndex: i });
	},
};
