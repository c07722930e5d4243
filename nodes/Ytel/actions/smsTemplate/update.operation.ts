import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import type { ItemOperation } from '../../../shared/operations';
import { requireText, segment, setFields } from '../../helpers/params';
import { ytelRequestOne } from '../../transport';
import { templateFields, templatePicker } from './fields';

const properties: INodeProperties[] = [
	templatePicker,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...templateFields, { displayName: 'Title', name: 'templateTitle', type: 'string', default: '' }],
	},
];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['smsTemplate'], operation: ['update'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const id = requireText.call(this, i, 'templateId', 'SMS Template');
		const body = setFields(this.getNodeParameter('updateFields', i, {}) as IDataObject);
		if (Object.keys(body).length === 0) throw inputError(this.getNode(), i, 'Update Fields', 'add at least one field to change');
		return await ytelRequestOne.call(this, { method: 'PUT', path: `/v4/smstemplate/${segment(id)}`, body }, { idempotent: true, itemIndex: i });
	},
};
