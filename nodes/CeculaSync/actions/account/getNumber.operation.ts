import { readOperation } from '../common';

/** The collection saves no answer for this endpoint, so it is returned as it comes. */
export const getNumber = readOperation('/number');
