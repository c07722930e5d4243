import { CeculaSyncTrigger } from '../../../nodes/CeculaSync/CeculaSyncTrigger.node';
import { generateSecret } from '../../../nodes/shared/webhookSecurity';
import type { ForgeWay, TriggerSpec, WebhookRequest } from '../providers';

/** The webhook secret of the corpus: the last segment of the URL pasted into the Cecula Sync dashboard. */
export const CECULA_SECRET = 'Rel1ability-Secret_0123456789abcdef';

function payload(n: number) {
	switch (n % 4) {
		case 0:
			return {
				originator: '+2348050209037',
				receiver: '08176470634',
				message: `inbound ${n}`,
				timeReceived: '2026/11/30 07:00',
			};
		case 1:
			return {
				messageId: String(16000 + n),
				originator: '08176470634',
				receiver: '+2348050209037',
				status: 'DELIVERED',
				sendTime: '2026/11/30 07:00',
				doneTime: '2026/11/30 07:01',
			};
		case 2:
			return {
				originator: '+2348050209037',
				receiver: '08176470634',
				callDuration: 0,
				callTime: '2026-11-30 07:00:00',
			};
		default:
			return {
				callId: String(2020012460 + n),
				receiver: '+2348050209037',
				status: 'ANSWERED',
				duration: 3,
			};
	}
}

const flipCase = (s: string) => [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');

export const ceculaSyncTrigger: TriggerSpec = {
	nodeName: 'ceculaSyncTrigger',
	type: new CeculaSyncTrigger(),
	parameters: {
		mode: 'webhook',
		webhookSecret: CECULA_SECRET,
		events: ['inboundCall', 'inboundSms', 'outboundCallStatus', 'smsReport'],
	},
	activate: () => ({}),
	genuine: (_data, n): WebhookRequest => ({ body: payload(n) }),
	authenticate: (_data, request) => request,
	// The secret is the URL's last path segment: a forged request is one to another path, which n8n does not route.
	forge(_data, n, way: ForgeWay) {
		const paths: Record<ForgeWay, string | undefined> = {
			missing: '',
			wrong: generateSecret(),
			otherKey: 'polling',
			truncated: CECULA_SECRET.slice(0, -1),
			case: flipCase(CECULA_SECRET),
			tampered: undefined,
		};
		const segment = paths[way];
		return segment === undefined ? undefined : { body: payload(n), pathSegment: segment };
	},
	replay: 'accepted',
	authentication:
		'Cecula Sync signs nothing and adds no header. The trigger’s webhook path is its Webhook Secret (at least 24 letters, digits, - or _; activation is refused with a weaker one), so only a request to the exact URL pasted into the Cecula Sync dashboard reaches the workflow: n8n answers 404 for any other path, and the trigger itself answers 401 to everything while its secret is missing or weak.',
};
