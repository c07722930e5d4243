import { getOperation } from '../../helpers/entity';
import { CAMPAIGN } from './fields';

export const { description, execute } = getOperation(CAMPAIGN);
