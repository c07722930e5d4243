import { getManyOperation } from '../../helpers/entity';
import { dateFilters, idField } from '../../helpers/fields';
import { CAMPAIGN } from './fields';

export const { description, execute } = getManyOperation(CAMPAIGN, [
	...dateFilters,
	idField('groupId', 'Group'),
	idField('programId', 'Program'),
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: ['broken', 'completed', 'new', 'paused', 'ready', 'running'].map((v) => ({
			name: v[0].toUpperCase() + v.slice(1),
			value: v,
		})),
		default: 'running',
	},
]);
