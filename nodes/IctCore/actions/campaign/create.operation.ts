import { createOperation } from '../../helpers/entity';
import { idField } from '../../helpers/fields';
import { CAMPAIGN, settings } from './fields';

export const { description, execute } = createOperation(
	CAMPAIGN,
	[idField('programId', 'Program'), idField('groupId', 'Group')],
	settings,
);
