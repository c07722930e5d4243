import { createOperation } from '../../helpers/entity';
import { descriptionField, GROUP, nameField } from './fields';

export const { description, execute } = createOperation(GROUP, [nameField], [descriptionField]);
