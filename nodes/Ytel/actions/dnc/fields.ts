import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { phoneNumberField } from '../../../shared/descriptions';
import { requirePhoneNumber } from '../../../shared/phone';
import { senderNumber } from '../../helpers/params';

/** A DNC entry: the blocked number, the channel (`subtype`) and whose list it is on (`selector`). */
export const dncFields: INodeProperties[] = [
	phoneNumberField({ displayName: 'Phone Number', name: 'endpoint', required: true, description: 'The number not to contact, in E.164 format' }),
	{
		displayName: 'Channel',
		name: 'subtype',
		type: 'options',
		options: [
			{ name: 'Bypass', value: 'bypass' },
			{ name: 'Call', value: 'call' },
			{ name: 'SMS', value: 'sms' },
		],
		default: 'sms',
		description: 'Which contact the entry blocks; add one entry per channel',
	},
	{
		displayName: 'List',
		name: 'selector',
		type: 'options',
		options: [
			{ name: 'Account-Wide', value: 'CUSTOMER_GLOBAL' },
			{ name: 'One of the Account’s Numbers', value: 'number' },
		],
		default: 'CUSTOMER_GLOBAL',
	},
	phoneNumberField({ displayName: 'Account Number', name: 'selectorNumber', required: true, description: 'The own number whose list holds the entry', displayOptions: { show: { selector: ['number'] } } }),
];

export function readDncEntry(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const selector =
		this.getNodeParameter('selector', itemIndex) === 'number'
			? senderNumber.call(this, itemIndex, 'Account Number', this.getNodeParameter('selectorNumber', itemIndex))
			: 'CUSTOMER_GLOBAL';
	return {
		endpoint: requirePhoneNumber(this.getNode(), itemIndex, 'Phone Number', this.getNodeParameter('endpoint', itemIndex)),
		subtype: this.getNodeParameter('subtype', itemIndex),
		selector,
	};
}
