/** The BulkSMS node's pure helpers and the simulator's own rules, without the engine. */
import { toBulkSmsDate } from '../../nodes/BulkSms/helpers/dates';
import { deduplicationId } from '../../nodes/BulkSms/helpers/deduplication';
import { partsNeeded } from '../../nodes/BulkSms/helpers/length';
import { BulkSmsApi } from '../../credentials/BulkSmsApi.credentials';
import { BulkSmsSimulator } from '../../simulators/bulksms';
import { sandbox } from '../../simulators/bulksms/sandbox';
import { basic } from './setup';

describe('toBulkSmsDate', () => {
	it('keeps an offset, drops milliseconds, and reads a bare time in the given time zone', () => {
		expect(toBulkSmsDate('2025-03-01T10:00:00.123+0130', 'UTC')).toBe('2025-03-01T10:00:00+01:30');
		expect(toBulkSmsDate('2025-03-01T10:00:00Z', 'Europe/Berlin')).toBe('2025-03-01T10:00:00Z');
		expect(toBulkSmsDate('2025-01-15T09:30', 'Europe/Berlin')).toBe('2025-01-15T08:30:00Z');
		expect(toBulkSmsDate('2025-07-15T09:30:00', 'Europe/Berlin')).toBe('2025-07-15T07:30:00Z');
		expect(toBulkSmsDate('2025-07-15T09:30:00', 'America/New_York')).toBe('2025-07-15T13:30:00Z');
		expect(toBulkSmsDate('next week', 'UTC')).toBeUndefined();
	});
});

describe('partsNeeded', () => {
	it('counts GSM-7, Unicode and binary parts as BulkSMS sends them', () => {
		expect(partsNeeded('a'.repeat(160), 'TEXT', false)).toBe(1);
		expect(partsNeeded('a'.repeat(161), 'TEXT', false)).toBe(2);
		expect(partsNeeded(`${'a'.repeat(159)}✓`, 'TEXT', false)).toBe(1); // ✓ goes out as "?"
		expect(partsNeeded(`${'a'.repeat(159)}✓`, 'TEXT', true)).toBe(3);
		expect(partsNeeded('a'.repeat(70), 'UNICODE', false)).toBe(1);
		expect(partsNeeded('a'.repeat(71), 'UNICODE', false)).toBe(2);
		expect(partsNeeded('ab'.repeat(140), 'BINARY', false)).toBe(1);
		expect(partsNeeded('ab'.repeat(141), 'BINARY', false)).toBe(2);
		expect(partsNeeded('abc', 'BINARY', false)).toBeUndefined();
	});
});

describe('deduplicationId', () => {
	it('is a signed 32-bit integer that only the same execution, position and content repeat', () => {
		const id = deduplicationId('exec-9', 0, [{ to: ['+1'] }]);
		expect(Number.isInteger(id) && id >= -(2 ** 31) && id < 2 ** 31).toBe(true);
		expect(deduplicationId('exec-9', 0, [{ to: ['+1'] }])).toBe(id);
		expect(deduplicationId('exec-10', 0, [{ to: ['+1'] }])).not.toBe(id);
		expect(deduplicationId('exec-9', 4000, [{ to: ['+1'] }])).not.toBe(id);
		expect(deduplicationId('exec-9', 0, [{ to: ['+2'] }])).not.toBe(id);
	});
});

describe('BulkSMS simulator', () => {
	const sim = new BulkSmsSimulator();
	const { username, password } = BulkSmsSimulator.defaults;
	const auth = { authorization: basic(username, password) };
	const call = async (path: string, init: RequestInit = {}) => {
		const response = await fetch(`${sim.apiUrl}${path}`, { ...init, headers: { ...auth, ...(init.headers ?? {}) } });
		const text = await response.text();
		return { status: response.status, body: text ? JSON.parse(text) : undefined };
	};

	beforeAll(async () => {
		await sim.start();
	});
	afterAll(async () => {
		await sim.stop();
	});

	it('takes the simple GET and the form-encoded POST, and de-duplicates across both', async () => {
		const get = await call('/messages/send?to=%2b27001234567&body=Hello%20World&deduplication-id=77');
		expect(get.status).toBe(201);
		expect(get.body[0]).toMatchObject({ to: '27001234567', body: 'Hello World', status: { type: 'ACCEPTED' } });
		const form = await call('/messages', {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: 'to=%2b27001234567&body=Hello+World&deduplication-id=77',
		});
		expect(form).toEqual(get);
		expect(sim.messages).toHaveLength(1);
	});

	it('answers the documented error object for bad auth, bad input, bad filters and unknown ids', async () => {
		const unauthorized = await fetch(`${sim.apiUrl}/profile`);
		expect(unauthorized.status).toBe(401);
		const cases: Array<[string, RequestInit, number, string]> = [
			[
				'/messages',
				{ method: 'POST', body: JSON.stringify({ to: '+27001234567' }) },
				400,
				'entry 0: body is required\n',
			],
			[
				'/messages?deduplication-id=99999999999',
				{ method: 'POST', body: JSON.stringify({ to: '+27001234567', body: 'x' }) },
				400,
				"deduplication-id '99999999999' is not a 32-bit integer\n",
			],
			['/messages?filter=colour%3Dred', {}, 400, "'colour' is not a valid filter field\n"],
			['/messages?filter=type%3DLOST', {}, 400, "'LOST' is not a valid value for type\n"],
			['/messages/1', {}, 404, "Message with id '1' does not exist\n"],
			['/webhooks/9', { method: 'DELETE' }, 404, "Webhook with id '9' does not exist\n"],
			['/blocked-numbers?limit=10001', {}, 400, 'The value of limit cannot be greater than 10000\n'],
		];
		for (const [path, init, status, detail] of cases) {
			const response = await call(path, { ...init, headers: { 'content-type': 'application/json' } });
			expect([path, response.status, response.body.detail, response.body.status]).toEqual([
				path,
				status,
				detail,
				status,
			]);
			expect(response.body.type).toMatch(/^https:\/\/developer\.bulksms\.com\/json\/v1\/errors\/#/);
		}
	});

	it('moves statuses on by itself when statusStepMs is set: ACCEPTED → SENT → DELIVERED or FAILED', async () => {
		sim.statusStepMs = 5;
		const sent = await call('/messages', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ to: ['+27009990000', '+1111111'], body: 'timed' }),
		});
		await new Promise((resolve) => setTimeout(resolve, 60));
		sim.statusStepMs = undefined;
		const statuses = await Promise.all(sent.body.map((m: { id: string }) => call(`/messages/${m.id}`)));
		expect(statuses.map((s) => s.body.status.id)).toEqual(['DELIVERED.null', 'FAILED.NOT_SENT']);
		expect(statuses.map((s) => s.body.creditCost)).toEqual([1, 1]);
	});
});

describe('credential and sandbox', () => {
	it('the sandbox credential passes the credential test (GET /profile with Basic auth), a wrong one does not', async () => {
		const sim = sandbox.create() as BulkSmsSimulator;
		const baseUrl = await sim.start();
		try {
			const [credential] = sandbox.credentials(baseUrl);
			expect([sandbox.port, credential.name, credential.type]).toEqual([5701, 'BulkSMS sandbox', 'bulkSmsApi']);
			const { test, authenticate } = new BulkSmsApi();
			expect([test.request.baseURL, test.request.url]).toEqual(['={{$credentials.baseUrl}}', '/profile']);
			expect(authenticate.properties.auth).toEqual({
				username: '={{$credentials.username}}',
				password: '={{$credentials.password}}',
			});
			const probe = async (password: unknown) =>
				(
					await fetch(`${String(credential.data.baseUrl)}/profile`, {
						headers: { authorization: basic(String(credential.data.username), String(password)) },
					})
				).status;
			expect(await probe(credential.data.password)).toBe(200);
			expect(await probe('not-the-password')).toBe(401);
			expect(sim.groups.get('Everyone')?.members).toHaveLength(3);
		} finally {
			await sim.stop();
		}
	});
});
