import { getManyOperation } from '../../helpers/entity';
import { dateFilters, textField } from '../../helpers/fields';
import { ACCOUNT } from './fields';

export const { description, execute } = getManyOperation(ACCOUNT, [
	...dateFilters,
	textField('Email', 'email', { description: 'Part of the e-mail address' }),
	textField('Phone', 'phone', { description: 'Part of the phone number' }),
	textField('Type', 'type', { placeholder: 'did' }),
]);
