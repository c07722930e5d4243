import { updateOperation } from '../../helpers/entity';
import { idField } from '../../helpers/fields';
import { CAMPAIGN, settings } from './fields';

export const { description, execute } = updateOperation(CAMPAIGN, [
	...settings,
	idField('groupId', 'Group'),
	idField('programId', 'Program'),
]);
