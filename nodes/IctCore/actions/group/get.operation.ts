import { getOperation } from '../../helpers/entity';
import { GROUP } from './fields';

export const { description, execute } = getOperation(GROUP);
