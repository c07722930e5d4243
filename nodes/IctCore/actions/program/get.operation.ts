import { getOperation } from '../../helpers/entity';
import { PROGRAM } from './fields';

export const { description, execute } = getOperation(PROGRAM);
