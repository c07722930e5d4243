import { readOperation } from '../common';

/** `balance` is documented as a number; a numeric string is read the same. */
export const getBalance = readOperation('/cecula-balance', (body) => ({ balance: Number(body.balance), raw: body }));
