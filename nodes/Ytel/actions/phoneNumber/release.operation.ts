import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import type { ItemOperation } from '../../../shared/operations';
import { requirePhoneNumbers } from '../../../shared/phone';
import { ytelRequest } from '../../transport';
import { phoneNumberList } from './fields';

/** Ytel: "Array maximum is 100". */
const MAX_RELEASE = 100;

const properties: INodeProperties[] = [
	phoneNumberList('Numbers of the account to give up, in E.164 format, separated by commas (at most 100)'),
];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['phoneNumber'], operation: ['release'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const phoneNumber = requirePhoneNumbers(this.getNode(), i, 'Phone Numbers', this.getNodeParameter('phoneNumbers', i));
		if (phoneNumber.length > MAX_RELEASE) {
			throw inputError(this.getNode(), i, 'Phone Numbers', `at most ${MAX_RELEASE} numbers per release, got ${phoneNumber.length}`);
		}
		return await ytelRequest.call(this, { method: 'POST', path: '/v4/number/release/', body: { phoneNumber } }, { idempotent: true, itemIndex: i });
	},
};
