import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import type { ItemOperation } from '../../../shared/operations';
import { additionalFields } from '../common.descriptions';
import { splitList } from '../../../shared/phone';
import { setFields } from '../../helpers/params';
import { ytelRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Area Codes',
		name: 'areaCode',
		type: 'string',
		required: true,
		default: '',
		placeholder: '213, 714',
		description: 'US area codes separated by commas, or "all"',
	},
	additionalFields([
		{ displayName: 'Results Per Area Code', name: 'size', type: 'number', typeOptions: { minValue: 1 }, default: 20 },
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: [
				{ name: 'SMS', value: 'sms' },
				{ name: 'Toll-Free', value: 'tollfree' },
				{ name: 'Voice', value: 'voice' },
			],
			default: 'voice',
		},
	]),
];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['phoneNumber'], operation: ['searchAvailable'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const codes = splitList(this.getNodeParameter('areaCode', i));
		if (codes.length === 0 || !(codes.join() === 'all' || codes.every((c) => /^\d{3}$/.test(c)))) {
			throw inputError(this.getNode(), i, 'Area Codes', 'use three-digit area codes separated by commas, or "all"');
		}
		const qs = { areaCode: codes.join(','), ...setFields(this.getNodeParameter('additionalFields', i, {}) as IDataObject) };
		return await ytelRequest.call(this, { method: 'GET', path: '/v4/number/available/', qs }, { idempotent: true, itemIndex: i });
	},
};
