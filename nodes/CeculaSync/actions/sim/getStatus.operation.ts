import { normalizeStatus } from '../../helpers/normalize';
import { readOperation } from '../common';

export const getStatus = readOperation('/management/sim-status', (body) => ({
	status: normalizeStatus(body.status),
	raw: body,
}));
