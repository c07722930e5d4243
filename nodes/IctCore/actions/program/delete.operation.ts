import { deleteOperation } from '../../helpers/entity';
import { PROGRAM } from './fields';

export const { description, execute } = deleteOperation(PROGRAM);
