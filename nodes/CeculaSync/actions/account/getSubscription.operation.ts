import { normalizeDate, normalizeStatus } from '../../helpers/normalize';
import { readOperation } from '../common';

export const getSubscription = readOperation('/subscription-status', (body) => ({
	subscriptionStatus: normalizeStatus(body.subscriptionStatus),
	subscriptionPlan: body.subscriptionPlan,
	expiryDate: normalizeDate(body.expiryDate),
	raw: body,
}));
