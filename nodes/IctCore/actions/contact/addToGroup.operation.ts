import { membership } from './fields';

export const { description, execute } = membership('addToGroup', 'PUT');
