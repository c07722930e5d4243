import { createRouter } from '../../shared/operations';
import { CREDENTIAL_TYPE, PROVIDER } from '../transport';
import { blockedNumber } from './blockedNumber/BlockedNumber.resource';
import { message } from './message/Message.resource';
import { profile } from './profile/Profile.resource';
import { webhook } from './webhook/Webhook.resource';

export const router = createRouter({
	provider: PROVIDER,
	credentialType: CREDENTIAL_TYPE,
	// BulkSMS documents no rate limit; a few requests at a time stay polite.
	defaultConcurrency: 4,
	resources: { blockedNumber, message, profile, webhook },
});
