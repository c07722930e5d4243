import type { INodeProperties } from 'n8n-workflow';

import { ownNumberPicker } from '../common.descriptions';

export const phoneNumberPicker: INodeProperties = ownNumberPicker({
	displayName: 'Phone Number Name or ID',
	name: 'phoneNumber',
	required: true,
});

export const phoneNumberList = (description: string): INodeProperties => ({
	displayName: 'Phone Numbers',
	name: 'phoneNumbers',
	type: 'string',
	required: true,
	default: '',
	placeholder: '+14155550100, +14155550101',
	description,
});
