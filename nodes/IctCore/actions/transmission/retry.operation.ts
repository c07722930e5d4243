import { dispatch } from './fields';

export const { description, execute } = dispatch('retry', 'retry');
