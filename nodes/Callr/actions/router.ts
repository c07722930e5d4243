import { createRouter } from '../../shared/operations';
import { CREDENTIAL_TYPE, PROVIDER } from '../transport';
import { resources } from './resources';

/** CALLR documents no rate limit; five requests in flight keeps bulk sends quick without flooding it. */
export const DEFAULT_CONCURRENCY = 5;

export const router = createRouter({
	provider: PROVIDER,
	credentialType: CREDENTIAL_TYPE,
	defaultConcurrency: DEFAULT_CONCURRENCY,
	resources,
});
