import { createRouter } from '../../shared/operations';
import { CREDENTIAL_TYPE, PROVIDER } from '../transport';
import { resources } from './resources';

/**
 * CALLR documents no rate limit. Ten requests in flight: with one request per SMS, five could never be more than
 * about 6× faster than one at a time at 50 ms a round trip (bench/callr.ts); ten still keeps the load polite.
 */
export const DEFAULT_CONCURRENCY = 10;

export const router = createRouter({
	provider: PROVIDER,
	credentialType: CREDENTIAL_TYPE,
	defaultConcurrency: DEFAULT_CONCURRENCY,
	resources,
});
