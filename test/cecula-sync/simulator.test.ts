import { CeculaSyncSimulator } from '../../simulators/cecula-sync';
import { sandbox } from '../../simulators/cecula-sync/sandbox';

/** The simulator's HTTP contract where the node never goes: wrong methods, paths, content types and keys. */
describe('Cecula Sync simulator', () => {
	const sim = new CeculaSyncSimulator();
	let base: string;
	beforeAll(async () => {
		base = `${await sim.start()}/sync/api`;
	});
	afterAll(() => sim.stop());

	const call = async (path: string, init: RequestInit = {}, auth = `Bearer ${sim.apiKey}`) => {
		const res = await fetch(base + path, {
			...init,
			headers: { authorization: auth, 'content-type': 'application/json', ...(init.headers ?? {}) },
		});
		return { status: res.status, body: (await res.json()) as Record<string, unknown> };
	};

	it('answers the documented HTTP errors', async () => {
		expect(await call('/cecula-balance', {}, 'Bearer CCL.nope.nope')).toEqual({
			status: 401,
			body: { errorCode: 401, errorMessage: 'Unauthorized' },
		});
		expect(await call('/send-sms', { method: 'POST', body: '{}', headers: { 'content-type': 'text/plain' } })).toEqual({
			status: 415,
			body: { errorCode: 415, errorMessage: 'Unsupported Media Type' },
		});
		expect(await call('/send-sms')).toEqual({
			status: 405,
			body: { errorCode: 405, errorMessage: 'Method Not Allowed' },
		});
		expect((await call('/nowhere')).body).toEqual({
			errorCode: 404,
			errorMessage: 'Requested resource not available or may have been moved',
		});
	});

	it('answers the documented sync errors with HTTP 200', async () => {
		const send = (body: object) => call('/send-sms', { method: 'POST', body: JSON.stringify(body) });
		expect(await send({ text: '', recipients: '2348176470634' })).toEqual({
			status: 200,
			body: { code: 'CE1000', error: 'One or more required fields have not been submitted or were sent empty' },
		});
		expect((await send({ text: 'x'.repeat(1531), recipients: '2348176470634' })).body.code).toBe('CE1102');
		expect((await send({ text: 'x', recipients: 'abc' })).body.code).toBe('CE1100');
		expect(
			(
				await call('/set-dynamic-webhook', {
					method: 'POST',
					body: JSON.stringify({ url: 'https://x.test', originMsisdn: '0805', trafficType: 'FAX', validityPeriod: 1 }),
				})
			).body.code,
		).toBe('CE1001');
	});

	it('sends as the collection shows, without a plus sign too', async () => {
		const { body } = await call('/send-sms', {
			method: 'POST',
			body: JSON.stringify({ text: 'Hello World', recipients: '2348176470634,2348050209037' }),
		});
		expect(body).toEqual({
			status: '1801',
			report: [
				{ recipient: '2348176470634', trackingId: expect.any(Number) },
				{ recipient: '2348050209037', trackingId: expect.any(Number) },
			],
			response: 'Successful',
		});
	});

	it('is in the sandbox on port 5703 with a credential that points at it', () => {
		expect(sandbox.port).toBe(5703);
		expect(sandbox.credentials('http://127.0.0.1:5703')).toEqual([
			{
				name: 'Cecula Sync sandbox',
				type: 'ceculaSyncApi',
				data: { apiKey: sim.apiKey, baseUrl: 'http://127.0.0.1:5703/sync/api' },
			},
		]);
	});
});
