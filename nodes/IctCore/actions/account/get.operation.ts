import { getOperation } from '../../helpers/entity';
import { ACCOUNT } from './fields';

export const { description, execute } = getOperation(ACCOUNT);
