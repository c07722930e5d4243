import { createRouter } from '../../shared/operations';
import { CREDENTIAL_TYPE, PROVIDER } from '../transport';
import * as account from './account/Account.resource';
import { DEFAULT_CONCURRENCY } from './common';
import * as call from './call/Call.resource';
import * as sim from './sim/Sim.resource';
import * as sms from './sms/Sms.resource';

export const router = createRouter({
	provider: PROVIDER,
	credentialType: CREDENTIAL_TYPE,
	defaultConcurrency: DEFAULT_CONCURRENCY,
	resources: { account: account.operations, call: call.operations, sim: sim.operations, sms: sms.operations },
});
