import { phoneNumberField } from '../../../shared/descriptions';

export const to = phoneNumberField({
	displayName: 'To',
	name: 'to',
	required: true,
	description: 'Phone number to call, in E.164 format',
});
