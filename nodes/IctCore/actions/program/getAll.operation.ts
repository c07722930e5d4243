import { getManyOperation } from '../../helpers/entity';
import { dateFilters } from '../../helpers/fields';
import { PROGRAM, TYPES } from './fields';

export const { description, execute } = getManyOperation(PROGRAM, [
	...dateFilters,
	{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Part of the program name' },
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: TYPES.map(({ name, value }) => ({ name, value })),
		default: 'sendsms',
	},
]);
