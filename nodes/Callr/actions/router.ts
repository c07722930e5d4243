import { createRouter } from '../../shared/operations';
import { CREDENTIAL_TYPE, PROVIDER } from '../transport';
import * as account from './account/Account.resource';
import * as call from './call/Call.resource';
import * as campaign from './campaign/Campaign.resource';
import * as media from './media/Media.resource';
import * as phoneNumber from './phoneNumber/PhoneNumber.resource';
import * as sms from './sms/Sms.resource';
import * as voiceApp from './voiceApp/VoiceApp.resource';
import * as webhook from './webhook/Webhook.resource';

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
	resources: {
		account: account.operations,
		call: call.operations,
		campaign: campaign.operations,
		media: media.operations,
		phoneNumber: phoneNumber.operations,
		sms: sms.operations,
		voiceApp: voiceApp.operations,
		webhook: webhook.operations,
	},
});
