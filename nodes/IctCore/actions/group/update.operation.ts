import { updateOperation } from '../../helpers/entity';
import { descriptionField, GROUP, nameField } from './fields';

export const { description, execute } = updateOperation(GROUP, [descriptionField, nameField]);
