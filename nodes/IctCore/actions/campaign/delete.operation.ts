import { deleteOperation } from '../../helpers/entity';
import { CAMPAIGN } from './fields';

export const { description, execute } = deleteOperation(CAMPAIGN);
