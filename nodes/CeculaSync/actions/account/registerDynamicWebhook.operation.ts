import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { phoneNumberField } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import type { ItemOperation } from '../../../shared/operations';
import { ceculaSyncRequest } from '../../transport';
import { defaultCountryCodeOption, readPhoneNumber, show } from '../common';

const fields: INodeProperties[] = [
	{
		displayName:
			'A dynamic webhook forwards SMS or calls from one number to a URL until its validity period ends, for example to the resume URL of a Wait node ($execution.resumeUrl). It does not appear on the Cecula Sync Platform and cannot be listed or deleted.',
		name: 'dynamicWebhookNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'URL',
		name: 'url',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://n8n.example.com/webhook-waiting/123',
		description: 'Where Cecula Sync posts the SMS or call',
	},
	phoneNumberField({
		displayName: 'Origin Number',
		name: 'originMsisdn',
		required: true,
		placeholder: '+2348050209037',
		description: 'Phone number in international E.164 format whose SMS or calls to forward',
	}),
	{
		displayName: 'Traffic Type',
		name: 'trafficType',
		type: 'options',
		options: [
			{ name: 'Call', value: 'CALL' },
			{ name: 'SMS', value: 'SMS' },
		],
		default: 'SMS',
		description: 'Whether to forward SMS or calls from the number',
	},
	{
		displayName: 'Validity Period (Seconds)',
		name: 'validityPeriod',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 180,
		description: 'How long the webhook lives before Cecula Sync destroys it',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [defaultCountryCodeOption],
	},
];

export const registerDynamicWebhook: ItemOperation = {
	description: updateDisplayOptions(show('account', 'registerDynamicWebhook'), fields),
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const url = String(this.getNodeParameter('url', itemIndex, '')).trim();
		if (!/^https?:\/\/\S+$/.test(url))
			throw inputError(this.getNode(), itemIndex, 'URL', `"${url}" is not an http(s) URL`);
		const validityPeriod = this.getNodeParameter('validityPeriod', itemIndex) as number;
		if (!Number.isInteger(validityPeriod) || validityPeriod < 1) {
			throw inputError(this.getNode(), itemIndex, 'Validity Period (Seconds)', 'a whole number of seconds is required');
		}
		const request = {
			url,
			originMsisdn: readPhoneNumber.call(this, itemIndex, 'Origin Number', 'originMsisdn'),
			trafficType: this.getNodeParameter('trafficType', itemIndex) as string,
			validityPeriod,
		};
		const body = await ceculaSyncRequest.call(this, {
			method: 'POST',
			path: '/set-dynamic-webhook',
			body: request,
			idempotent: false,
			itemIndex,
		});
		return { ...request, raw: body as IDataObject };
	},
};
