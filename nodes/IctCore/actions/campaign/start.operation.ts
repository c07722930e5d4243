import { control } from './fields';

export const { description, execute } = control('start');
