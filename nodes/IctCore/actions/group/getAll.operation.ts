import { getManyOperation } from '../../helpers/entity';
import { GROUP } from './fields';

// ICTCore (master) ignores every filter of the group list
export const { description, execute } = getManyOperation(GROUP, []);
