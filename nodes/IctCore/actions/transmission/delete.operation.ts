import { deleteOperation } from '../../helpers/entity';
import { TRANSMISSION } from './fields';

export const { description, execute } = deleteOperation(TRANSMISSION);
