/** The hostile bodies of the webhook corpus. */
import type { WebhookRequest } from './providers';

const HUGE = 'x'.repeat(2 * 1024 * 1024);

/** Bodies no provider sends: [raw bytes, content type, parsed body as n8n would hand it over]. */
export function hostileBodies(n: number): Array<{ label: string; request: WebhookRequest }> {
	const json = (label: string, body: unknown) => ({
		label,
		request: { body, rawBody: Buffer.from(JSON.stringify(body) ?? '') },
	});
	const raw = (label: string, text: string, contentType: string, body: unknown = {}) => ({
		label,
		request: {
			body,
			rawBody: Buffer.from(text),
			headers: { 'content-type': contentType },
		},
	});
	let deep: unknown = { leaf: n };
	for (let i = 0; i < 200; i++) deep = { nested: deep };
	// A 2 MB body (n8n's default limit is 16 MB), in the first two rounds only: it is slow to sign and parse.
	const huge =
		n < 2
			? [
					json('huge body', {
						type: 'sms.mo',
						event_id: `huge-${n}`,
						data: { text: HUGE },
						message: HUGE,
						timeReceived: '2026/11/30 07:00',
					}),
				]
			: [];
	return [
		...huge,
		raw('malformed JSON', `{"type": "sms.mo", "data": {"text": "unterminated ${n}"`, 'application/json'),
		raw('malformed JSON (garbage)', `\u0000\u00ff{{{${n}`, 'application/json'),
		raw('truncated JSON', JSON.stringify({ type: 'RECEIVED', id: n, body: 'hello' }).slice(0, 20), 'application/json'),
		raw('text/plain', `hello ${n}`, 'text/plain', `hello ${n}`),
		raw('XML', `<?xml version="1.0"?><sms><id>${n}</id></sms>`, 'application/xml', `<sms><id>${n}</id></sms>`),
		raw('form', `type=RECEIVED&id=${n}&body=hi`, 'application/x-www-form-urlencoded', {
			type: 'RECEIVED',
			id: String(n),
			body: 'hi',
		}),
		raw(
			'multipart',
			`--b\r\nContent-Disposition: form-data; name="x"\r\n\r\n${n}\r\n--b--`,
			'multipart/form-data; boundary=b',
			{},
		),
		raw('empty body', '', 'application/json', {}),
		json('null', null),
		json('number', n),
		json('string', `event ${n}`),
		json('boolean', true),
		json('empty object', {}),
		json('array of junk', [null, 1, 'two', [3], { four: 4 }]),
		json('array of nulls', [null, null]),
		json('empty array', []),
		json('wrong field types', {
			type: 42,
			event_id: { x: 1 },
			data: 'not an object',
			messageId: [],
			status: {},
			callDuration: 'long',
		}),
		// Every field a trigger reads, but with the shared `event` field of another type: items must keep their own.
		json('event field of another type', {
			event: { forged: n },
			type: 'sms.mo',
			event_id: `evt-${n}`,
			data: { text: `shadow ${n}`, from: '+33639980010', to: '+33639980020', hash: `E${n}` },
			id: String(4300000000 + n),
			body: `shadow ${n}`,
			originator: '+2348050209037',
			receiver: '08176470634',
			message: `shadow ${n}`,
			timeReceived: '2026/11/30 07:00',
		}),
		json(
			'prototype pollution',
			JSON.parse(`{"__proto__": {"polluted": ${n}}, "constructor": {"prototype": {"polluted": 1}}}`),
		),
		json('deeply nested', deep),
		json('unicode and control characters', {
			type: 'RECEIVED',
			id: `\u202e${n}`,
			body: '\u0000\ud83d\ude00\u2028',
		}),
	];
}
