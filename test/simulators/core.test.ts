import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { basicCredentials, deliverWebhook, schemeToken, Simulator } from '../../simulators';
import type { SimRequest, SimResponse } from '../../simulators';

class EchoSimulator extends Simulator {
	constructor() {
		super('echo', { seed: 7 });
		this.route('GET', '/items/:id', (req, { id }) => ({ status: 200, body: { id, q: req.query } }));
		this.route('POST', '/items', (req) => ({ status: 201, body: { got: req.body } }));
	}

	protected authenticate(req: SimRequest): SimResponse | undefined {
		return req.headers.authorization === 'Bearer ok' ? undefined : { status: 401, body: { error: 'no' } };
	}
}

async function call(base: string, path: string, init: RequestInit = {}) {
	const res = await fetch(base + path, { ...init, headers: { authorization: 'Bearer ok', ...(init.headers ?? {}) } });
	return { status: res.status, headers: res.headers, text: await res.text() };
}

describe('Simulator core', () => {
	const sim = new EchoSimulator();
	let base: string;
	beforeAll(async () => {
		base = await sim.start();
	});
	afterEach(() => {
		sim.clearFaults();
		sim.latencyMs = 0;
	});
	afterAll(() => sim.stop());

	it('listens on a random loopback port and routes with parameters', async () => {
		expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		const res = await call(base, '/items/a%20b?x=1');
		expect(res.status).toBe(200);
		expect(JSON.parse(res.text)).toEqual({ id: 'a b', q: { x: '1' } });
		expect((await call(base, '/nothing')).status).toBe(404);
	});

	it('logs requests with parsed and raw bodies and the answer', async () => {
		await call(base, '/items', { method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json' } });
		await call(base, '/items', { method: 'POST', body: 'a=1&b=2', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
		await call(base, '/items', { method: 'POST', body: '{"a":', headers: { 'content-type': 'application/json' } });
		const [json, form, broken] = sim.requests({ method: 'POST', path: '/items' }).slice(-3);
		expect(json).toMatchObject({ body: { a: 1 }, status: 201 });
		expect(json.rawBody.toString()).toBe('{"a":1}');
		expect(form.body).toEqual({ a: '1', b: '2' });
		expect(broken.parseError).toBeDefined();
	});

	it('refuses unauthenticated requests through the provider hook', async () => {
		const res = await fetch(`${base}/items/1`);
		expect(res.status).toBe(401);
	});

	it('adds latency', async () => {
		sim.latencyMs = 60;
		const start = Date.now();
		await call(base, '/items/1');
		expect(Date.now() - start).toBeGreaterThanOrEqual(55);
	});

	it('injects a status with Retry-After on the Nth matching request, a given number of times', async () => {
		sim.addFault({ status: 429, retryAfter: 2, nth: [2, 3], match: (r) => r.path === '/items/1' });
		const statuses = [];
		for (let i = 0; i < 4; i++) statuses.push((await call(base, '/items/1')).status);
		expect(statuses).toEqual([200, 429, 429, 200]);
		sim.clearFaults();
		sim.addFault({ status: 503, times: 1 });
		const r1 = await call(base, '/items/1');
		expect([r1.status, (await call(base, '/items/1')).status]).toEqual([503, 200]);
		sim.clearFaults();
		sim.addFault({ status: 429, retryAfter: 2, times: 1 });
		expect((await call(base, '/items/1')).headers.get('retry-after')).toBe('2');
	});

	it('injects faults at a seeded rate, the same on every run', async () => {
		const run = async () => {
			const s = new EchoSimulator();
			const b = await s.start();
			s.addFault({ status: 500, rate: 0.3 });
			const out = [];
			for (let i = 0; i < 40; i++) out.push((await call(b, '/items/1')).status);
			await s.stop();
			return out;
		};
		const first = await run();
		expect(await run()).toEqual(first);
		const failures = first.filter((s) => s === 500).length;
		expect(failures).toBeGreaterThan(4);
		expect(failures).toBeLessThan(20);
	});

	it('drops connections before or after the provider acts', async () => {
		sim.addFault({ drop: 'before', times: 1 });
		await expect(call(base, '/items', { method: 'POST', body: '{}' })).rejects.toThrow();
		sim.addFault({ drop: 'after', times: 1 });
		const before = sim.requests({ method: 'POST' }).length;
		await expect(call(base, '/items', { method: 'POST', body: '{"x":1}' })).rejects.toThrow();
		const acted = sim.requests({ method: 'POST' });
		expect(acted.length).toBe(before + 1);
		expect(acted[acted.length - 1]).toMatchObject({ answerDropped: true, status: 201 });
		expect(sim.log.some((r) => r.fault === 'drop-before')).toBe(true);
	});

	it('reads Basic and Bearer credentials', () => {
		const req = { headers: { authorization: `Basic ${Buffer.from('u:p:w').toString('base64')}` } } as unknown as SimRequest;
		expect(basicCredentials(req)).toEqual({ user: 'u', password: 'p:w' });
		expect(schemeToken({ headers: { authorization: 'Api-Key abc' } } as unknown as SimRequest, 'Api-Key')).toBe('abc');
		expect(schemeToken(req)).toBeUndefined();
	});
});

describe('webhook delivery', () => {
	let server: http.Server;
	let url: string;
	const received: Array<{ body: string; headers: http.IncomingHttpHeaders }> = [];
	let failFirst = 0;
	beforeAll(async () => {
		server = http.createServer((req, res) => {
			let body = '';
			req.on('data', (c) => (body += c));
			req.on('end', () => {
				received.push({ body, headers: req.headers });
				res.statusCode = failFirst-- > 0 ? 500 : 200;
				res.end('ok');
			});
		});
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
	});
	afterAll(() => new Promise<void>((r) => server.close(() => r())));

	it('posts JSON with headers', async () => {
		const result = await deliverWebhook(url, { body: [{ id: 1 }], headers: { 'x-sig': 'abc' } });
		expect(result).toMatchObject({ delivered: true, status: 200, responseBody: 'ok' });
		expect(received[received.length - 1]).toMatchObject({ body: '[{"id":1}]' });
		expect(received[received.length - 1].headers['x-sig']).toBe('abc');
	});

	it('retries a failing endpoint, then gives up', async () => {
		failFirst = 2;
		const ok = await deliverWebhook(url, { body: 'raw', contentType: 'text/plain', maxAttempts: 3, retryDelayMs: 1 });
		expect(ok.attempts.map((a) => a.status)).toEqual([500, 500, 200]);
		failFirst = 5;
		const failed = await deliverWebhook(url, { body: {}, maxAttempts: 2, retryDelayMs: 1 });
		expect(failed.delivered).toBe(false);
		expect(failed.attempts).toHaveLength(2);
		const refused = await deliverWebhook('http://127.0.0.1:1/x', { body: {}, maxAttempts: 1 });
		expect(refused.attempts[0].error).toBeDefined();
	});
});
