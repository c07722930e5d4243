import { createHmac } from 'node:crypto';

import { CallrTrigger } from '../../../nodes/Callr/CallrTrigger.node';
import { generateSecret } from '../../../nodes/shared/webhookSecurity';
import type { ForgeWay, TriggerSpec, WebhookRequest } from '../providers';

function event(n: number) {
	return n % 2 === 0
		? {
				data: {
					from: '+33639980010',
					to: '+33639980020',
					text: `inbound ${n}`,
					hash: `H${n}`,
				},
				event_at: '2026-11-30T07:00:00.000Z',
				event_id: `17648${String(n).padStart(8, '0')}`,
				hook_hash: 'HOOK0001',
				try: 0,
				type: 'sms.mo',
			}
		: {
				data: { hash: `S${n}`, status: 'RECEIVED', to: '+33639980010' },
				event_at: '2026-11-30T07:00:00.000Z',
				event_id: `27648${String(n).padStart(8, '0')}`,
				hook_hash: 'HOOK0002',
				try: 0,
				type: 'sms.mt.status_update',
			};
}

const sign = (key: string, raw: Buffer, algorithm = 'sha256') =>
	createHmac(algorithm, key).update(raw).digest('base64');

function signed(raw: Buffer, signature: string | undefined): WebhookRequest {
	return {
		body: JSON.parse(raw.toString('utf8')) as unknown,
		rawBody: raw,
		headers: signature === undefined ? {} : { 'x-callr-hmacsignature': signature },
	};
}

export const callrTrigger: TriggerSpec = {
	nodeName: 'callrTrigger',
	type: new CallrTrigger(),
	parameters: { events: ['sms.mo', 'sms.mt.status_update'] },
	activate: () => ({
		hmacSecret: generateSecret(32),
		hmacAlgo: 'SHA256',
		hooks: {},
	}),
	genuine(data, n) {
		const raw = Buffer.from(JSON.stringify(event(n)));
		return signed(raw, sign(String(data.hmacSecret), raw));
	},
	authenticate(data, request) {
		const raw = request.rawBody ?? Buffer.from(JSON.stringify(request.body ?? {}));
		return {
			...request,
			rawBody: raw,
			headers: {
				...(request.headers ?? {}),
				'x-callr-hmacsignature': sign(String(data.hmacSecret), raw),
			},
		};
	},
	forge(data, n, way: ForgeWay) {
		const key = String(data.hmacSecret);
		const raw = Buffer.from(JSON.stringify(event(n)));
		const good = sign(key, raw);
		switch (way) {
			case 'missing':
				return signed(raw, undefined);
			case 'wrong':
				return signed(raw, sign(generateSecret(32), Buffer.from('anything')));
			case 'tampered': {
				const changed = {
					...event(n),
					data: { ...event(n).data, text: `tampered ${n}`, to: '+10000000000' },
				};
				return signed(Buffer.from(JSON.stringify(changed)), good);
			}
			case 'otherKey':
				return signed(raw, sign(generateSecret(32), raw));
			case 'truncated':
				return signed(raw, good.slice(0, -2));
			case 'case':
				return signed(raw, /[a-z]/.test(good) ? good.replace(/[a-z]/, (c) => c.toUpperCase()) : sign(key, raw, 'sha1'));
		}
		return undefined;
	},
	replay: 'ignored',
	authentication:
		'CALLR signs every push: activation subscribes each event with a random 256-bit `hmac_secret` and the chosen algorithm (SHA256 by default), and the trigger recomputes the HMAC of the raw body and compares it with `X-CALLR-HmacSignature` in constant time; anything else gets 401 and starts nothing. The last 200 `event_id`s are remembered, so a replayed (or retried) push is answered 200 and starts nothing.',
};
