import { phoneNumberField } from '../../../shared/descriptions';
import { createOperation } from '../../helpers/entity';
import { CONTACT, contactFields } from './fields';

export const { description, execute } = createOperation(
	CONTACT,
	[
		phoneNumberField({
			displayName: 'Phone',
			name: 'phone',
			required: false,
			description:
				'Phone number, kept as typed (ICTCore also takes national numbers); leave empty for an e-mail-only contact',
		}),
	],
	contactFields,
);
