import { getOperation } from '../../helpers/entity';
import { CONTACT } from './fields';

export const { description, execute } = getOperation(CONTACT);
