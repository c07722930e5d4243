import { createRouter } from '../../shared/operations';
import { CREDENTIAL_TYPE, PROVIDER } from '../transport';
import { resources } from './resources';

/**
 * CALLR documents no rate limit (a 429 is still retried after Retry-After). Twenty requests in flight: with one
 * request per SMS, five could never be more than about 6× faster than one at a time at 50 ms a round trip, and ten
 * measured 7.8× (bench/callr.ts, docs/PERFORMANCE.md); twenty reach the 8× bar with room to spare.
 */
export const DEFAULT_CONCURRENCY = 20;

export const router = createRouter({
	provider: PROVIDER,
	credentialType: CREDENTIAL_TYPE,
	defaultConcurrency: DEFAULT_CONCURRENCY,
	resources,
});
