import { deleteOperation } from '../../helpers/entity';
import { ACCOUNT } from './fields';

export const { description, execute } = deleteOperation(ACCOUNT);
