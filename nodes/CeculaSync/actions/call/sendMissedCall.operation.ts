import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { phoneNumberField } from '../../../shared/descriptions';
import type { ItemOperation } from '../../../shared/operations';
import { outcome } from '../../helpers/normalize';
import { ceculaSyncRequest } from '../../transport';
import { concurrency, defaultCountryCodeOption, readPhoneNumber, show } from '../common';

export const sendMissedCall: ItemOperation = {
	description: updateDisplayOptions(show('call', 'sendMissedCall'), [
		phoneNumberField({
			displayName: 'Receiver',
			name: 'receiver',
			required: true,
			placeholder: '+2348050209037',
			description: 'Phone number in international E.164 format to ring once; the call ends as soon as it is answered',
		}),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [concurrency, defaultCountryCodeOption],
		},
	]),
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const receiver = readPhoneNumber.call(this, itemIndex, 'Receiver', 'receiver');
		const body = (await ceculaSyncRequest.call(this, {
			method: 'POST',
			path: '/flash-number',
			body: { receiver },
			idempotent: false,
			success: '1801',
			itemIndex,
		})) as IDataObject;
		return { receiver, trackingId: body.trackingId?.toString(), ...outcome(body), raw: body };
	},
};
