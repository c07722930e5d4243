import { deleteOperation } from '../../helpers/entity';
import { GROUP } from './fields';

export const { description, execute } = deleteOperation(GROUP);
