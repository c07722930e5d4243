import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { chunk } from '../../../shared/concurrency';
import type { ItemOperation } from '../../../shared/operations';
import { requirePhoneNumbers, withoutPlus } from '../../../shared/phone';
import { bulkSmsRequest } from '../../transport';

/** Numbers BulkSMS takes in one request. */
const PER_REQUEST = 1000;

const properties: INodeProperties[] = [
	{
		displayName: 'Phone Numbers',
		name: 'phoneNumbers',
		type: 'string',
		required: true,
		default: '',
		placeholder: '+14155550100, +14155550101',
		description:
			'Numbers your account may no longer send to, in international E.164 format, separated by commas. Messages to them fail with status FAILED.BLOCKED and are still billed.',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['blockedNumber'], operation: ['create'] } },
	properties,
);

export const create: ItemOperation = {
	description,
	async execute(this: IExecuteFunctions, i: number) {
		// BulkSMS writes these numbers without the plus sign.
		const numbers = requirePhoneNumbers(
			this.getNode(),
			i,
			'Phone Numbers',
			this.getNodeParameter('phoneNumbers', i),
		).map(withoutPlus);
		for (const part of chunk(numbers, PER_REQUEST)) {
			// Blocking a number twice leaves it blocked once, so a repeat is harmless.
			await bulkSmsRequest.call(this, {
				method: 'POST',
				path: '/blocked-numbers',
				body: part,
				idempotent: true,
				itemIndex: i,
			});
		}
		return numbers.map((phoneNumber) => ({ phoneNumber }));
	},
};
