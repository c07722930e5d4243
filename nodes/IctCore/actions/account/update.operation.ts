import { updateOperation } from '../../helpers/entity';
import { ACCOUNT, accountFields } from './fields';

export const { description, execute } = updateOperation(ACCOUNT, accountFields);
