import { createHmac } from 'node:crypto';

import {
	generateSecret,
	hmac,
	safeEqual,
	urlWithoutSecret,
	urlWithSecret,
	verifyHmac,
} from '../../nodes/shared/webhookSecurity';

describe('webhook security', () => {
	it('compares strings in constant time, false on any difference or missing value', () => {
		expect(safeEqual('abc', 'abc')).toBe(true);
		expect(safeEqual('abc', 'abd')).toBe(false);
		expect(safeEqual('abc', 'abcd')).toBe(false);
		expect(safeEqual(undefined, 'abc')).toBe(false);
		expect(safeEqual('', '')).toBe(true);
		expect(safeEqual(null, null)).toBe(false);
	});

	it('computes and verifies HMACs over the raw body', () => {
		const body = Buffer.from('{"event":"sms.mo"}');
		const expected = createHmac('sha256', 'key').update(body).digest('base64');
		expect(hmac('sha256', 'key', body, 'base64')).toBe(expected);
		expect(verifyHmac('sha256', 'key', body, expected, 'base64')).toBe(true);
		expect(verifyHmac('sha256', 'key', Buffer.from('{"event":"sms.mo" }'), expected, 'base64')).toBe(false);
		expect(verifyHmac('sha256', 'other', body, expected, 'base64')).toBe(false);
		expect(verifyHmac('sha256', 'key', body, undefined, 'base64')).toBe(false);
		expect(hmac('sha1', 'k', 'x')).toBe(createHmac('sha1', 'k').update('x').digest('hex'));
	});

	it('generates URL-safe random secrets', () => {
		const a = generateSecret();
		expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
		expect(generateSecret()).not.toBe(a);
		expect(generateSecret(8)).toHaveLength(11);
	});

	it('adds and removes the secret of a URL', () => {
		const url = urlWithSecret('https://n8n.example.com/webhook/abc/webhook?x=1', 's3');
		expect(url).toBe('https://n8n.example.com/webhook/abc/webhook?x=1&secret=s3');
		expect(urlWithoutSecret(url)).toBe('https://n8n.example.com/webhook/abc/webhook?x=1');
		expect(urlWithoutSecret('not a url')).toBe('not a url');
	});
});
