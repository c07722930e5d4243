import { getManyOperation } from '../../helpers/entity';
import { SERVICE_OPTIONS } from '../../helpers/fields';
import { transmissionFilters } from '../transmissionLists';
import { TRANSMISSION } from './fields';

export const { description, execute } = getManyOperation(TRANSMISSION, [
	...transmissionFilters,
	{ displayName: 'Service', name: 'serviceFlag', type: 'options', options: SERVICE_OPTIONS, default: 4 },
]);
