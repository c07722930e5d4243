import { phoneNumberField } from '../../../shared/descriptions';
import { updateOperation } from '../../helpers/entity';
import { CONTACT, contactFields } from './fields';

export const { description, execute } = updateOperation(CONTACT, [
	...contactFields,
	phoneNumberField({ displayName: 'Phone', name: 'phone' }),
]);
