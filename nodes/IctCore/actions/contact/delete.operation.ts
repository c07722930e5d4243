import { deleteOperation } from '../../helpers/entity';
import { CONTACT } from './fields';

export const { description, execute } = deleteOperation(CONTACT);
