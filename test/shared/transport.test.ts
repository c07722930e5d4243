import { backoffMs, connectionErrorCode, DEFAULT_RETRY_POLICY, retryAfterMs } from '../../nodes/shared/transport';

describe('retry timing', () => {
	it('reads Retry-After as seconds or as an HTTP date', () => {
		expect(retryAfterMs({ 'retry-after': '3' })).toBe(3000);
		expect(retryAfterMs({ 'retry-after': '0.5' })).toBe(500);
		expect(retryAfterMs({ 'Retry-After': 2 })).toBe(2000);
		const now = Date.parse('2026-01-01T00:00:00Z');
		expect(retryAfterMs({ 'retry-after': 'Thu, 01 Jan 2026 00:00:10 GMT' }, now)).toBe(10_000);
		expect(retryAfterMs({ 'retry-after': 'Thu, 01 Jan 2025 00:00:10 GMT' }, now)).toBe(0);
		expect(retryAfterMs({ 'retry-after': 'soon' })).toBeUndefined();
		expect(retryAfterMs({})).toBeUndefined();
	});

	it('backs off exponentially with jitter, capped', () => {
		const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };
		expect(backoffMs(0, policy, () => 0)).toBe(50);
		expect(backoffMs(0, policy, () => 1)).toBe(100);
		expect(backoffMs(2, policy, () => 0)).toBe(200);
		expect(backoffMs(2, policy, () => 0.5)).toBe(300);
		expect(backoffMs(10, policy, () => 1)).toBe(1000);
	});

	it('finds the connection error code, not an HTTP answer', () => {
		expect(connectionErrorCode({ cause: { code: 'ECONNREFUSED' } })).toBe('ECONNREFUSED');
		expect(connectionErrorCode({ code: 'ETIMEDOUT' })).toBe('ETIMEDOUT');
		expect(connectionErrorCode({ message: 'socket hang up' })).toBe('ECONNRESET');
		expect(connectionErrorCode({ httpCode: 'ECONNRESET', messages: ['socket hang up'] })).toBe('ECONNRESET');
		expect(connectionErrorCode({ httpCode: '500' })).toBeUndefined();
		expect(connectionErrorCode({ cause: { code: 'ERR_BAD_RESPONSE', response: { status: 500 } } })).toBeUndefined();
	});
});
