import { createRouter } from '../../shared/operations';
import { CREDENTIAL_TYPE, PROVIDER } from '../transport';
import { resources } from './resources';

export const router = createRouter({
	provider: PROVIDER,
	credentialType: CREDENTIAL_TYPE,
	// 10 requests of ~60 ms in flight stay under Ytel's 150 requests per second; the transport enforces the limit.
	defaultConcurrency: 10,
	resources: Object.fromEntries(Object.entries(resources).map(([key, r]) => [key, r.operations])),
});
