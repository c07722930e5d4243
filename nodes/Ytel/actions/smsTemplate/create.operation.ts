import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import type { ItemOperation } from '../../../shared/operations';
import { requireText, setFields } from '../../helpers/params';
import { ytelRequestOne } from '../../transport';
import { templateFields } from './fields';

const properties: INodeProperties[] = [
	{ displayName: 'Title', name: 'templateTitle', type: 'string', required: true, default: '' },
	...templateFields,
];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['smsTemplate'], operation: ['create'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const body: IDataObject = setFields({
			templateTitle: requireText.call(this, i, 'templateTitle', 'Title'),
			templateText: this.getNodeParameter('templateText', i, '') as string,
			templateMediaUrl: this.getNodeParameter('templateMediaUrl', i, '') as string,
		});
		if (!body.templateText && !body.templateMediaUrl) throw inputError(this.getNode(), i, 'Text', 'a text or a media URL is required');
		return await ytelRequestOne.call(this, { method: 'POST', path: '/v4/smstemplate/', body }, { idempotent: false, itemIndex: i });
	},
};
