import { BulkSmsTrigger } from '../../../nodes/BulkSms/BulkSmsTrigger.node';
import { generateSecret } from '../../../nodes/shared/webhookSecurity';
import type { ForgeWay, TriggerSpec, WebhookRequest } from '../providers';

/** A BulkSMS webhook post: an array of messages (RECEIVED or SENT with a status). */
function messages(n: number) {
	return n % 2 === 0
		? [
				{
					id: String(4100000000 + n),
					type: 'RECEIVED',
					from: '+447700900001',
					to: '+447700900002',
					body: `inbound ${n}`,
				},
			]
		: [
				{
					id: String(4200000000 + n),
					type: 'SENT',
					to: '+447700900001',
					body: `outbound ${n}`,
					status: { id: 'DELIVERED.null', type: 'DELIVERED', subtype: null },
				},
			];
}

const flipCase = (s: string) => [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');

export const bulkSmsTrigger: TriggerSpec = {
	nodeName: 'bulkSmsTrigger',
	type: new BulkSmsTrigger(),
	parameters: { events: ['RECEIVED', 'SENT'] },
	activate: () => ({
		secret: generateSecret(),
		webhookIds: { RECEIVED: 1, SENT: 2 },
	}),
	genuine: (data, n): WebhookRequest => ({
		body: messages(n),
		query: { secret: String(data.secret) },
	}),
	authenticate: (data, request) => ({
		...request,
		query: { ...(request.query ?? {}), secret: String(data.secret) },
	}),
	forge(data, n, way: ForgeWay) {
		const secret = String(data.secret);
		const query: Record<ForgeWay, Record<string, string> | undefined> = {
			missing: {},
			wrong: { secret: generateSecret() },
			otherKey: { token: secret },
			truncated: { secret: secret.slice(0, -1) },
			case: { secret: flipCase(secret) },
			// No signature covers the body: a changed body with the right secret is genuine by construction.
			tampered: undefined,
		};
		return query[way] ? { body: messages(n), query: query[way] } : undefined;
	},
	replay: 'accepted',
	authentication:
		'BulkSMS signs nothing. Activation registers the webhook URL with a random 192-bit secret as a `secret` query parameter (kept in the node’s static data); a request without exactly that secret (timing-safe comparison) gets 401 and starts nothing. The only exception is the empty array `[]` BulkSMS posts to check a URL while it is being created: it is answered 200 and starts nothing.',
};
