import { getManyOperation } from '../../helpers/entity';
import { idField } from '../../helpers/fields';
import { CONTACT, contactFilters } from './fields';

export const { description, execute } = getManyOperation(CONTACT, [...contactFilters, idField('groupId', 'Group')]);
