import { RPC_PATH } from '../../simulators/callr';
import { shutdownEngine } from '../engine';
import { callrHarness } from './setup';

const h = callrHarness();
const { sim } = h;

beforeAll(() => h.start());
afterEach(() => {
	sim.clearFaults();
	sim.latencyMs = 0;
});
afterAll(async () => {
	await sim.stop();
	shutdownEngine();
});

describe('SMS', () => {
	it('sends one SMS per item over JSON-RPC with the API key, in input order and paired', async () => {
		const mark = sim.log.length;
		const { run, items } = await h.run(
			{ resource: 'sms', operation: 'send', to: '={{ $json.phone }}', from: '', message: '=Hi {{ $json.name }}' },
			[
				{ phone: '+33 6 12 34 56 78', name: 'Ann' },
				{ phone: '0044 20 7946 0000', name: 'Bo' },
			],
		);
		expect(run.status).toBe('success');
		const requests = h.rpcSince(mark);
		expect(requests.map((r) => [r.method, r.path, r.headers.authorization, r.headers['content-type']])).toEqual([
			['POST', RPC_PATH, `Api-Key ${sim.apiKey}`, 'application/json-rpc; charset=utf-8'],
			['POST', RPC_PATH, `Api-Key ${sim.apiKey}`, 'application/json-rpc; charset=utf-8'],
		]);
		expect(requests.map((r) => ({ ...r.body, id: typeof r.body.id }))).toEqual([
			{
				jsonrpc: '2.0',
				id: 'number',
				method: 'sms.send',
				params: ['', '+33612345678', 'Hi Ann', { nature: 'ALERTING' }],
			},
			{
				jsonrpc: '2.0',
				id: 'number',
				method: 'sms.send',
				params: ['', '+442079460000', 'Hi Bo', { nature: 'ALERTING' }],
			},
		]);
		const out = items('callr');
		expect(out.map((i) => [i.json.to, i.pairedItem])).toEqual([
			['+33612345678', { item: 0 }],
			['+442079460000', { item: 1 }],
		]);
		expect(sim.sms.get(String(out[0].json.hash))).toMatchObject({ to: '+33612345678', text: 'Hi Ann', type: 'OUT' });
	});

	it('maps every option to SMS.Options, and the status progresses to the per-message webhook', async () => {
		const mark = sim.log.length;
		const endpoint = 'http://127.0.0.1:9/status';
		const { output } = await h.run({
			resource: 'sms',
			operation: 'send',
			to: '+33612345678',
			from: 'CALLR',
			message: 'Votre code: 1234 – merci',
			nature: 'MARKETING',
			options: { forceEncoding: 'UNICODE', flashMessage: true, userData: 'order42', statusWebhookUrl: endpoint },
		});
		expect(h.rpcSince(mark)[0].body.params).toEqual([
			'CALLR',
			'+33612345678',
			'Votre code: 1234 – merci',
			{
				nature: 'MARKETING',
				force_encoding: 'UNICODE',
				flash_message: true,
				user_data: 'order42',
				webhook: { endpoint },
			},
		]);
		const hash = String(output('callr')[0].hash);
		// The simulator moves the status on every few milliseconds; a busy machine may take longer.
		for (let waited = 0; sim.sms.get(hash)?.status !== 'RECEIVED' && waited < 5000; waited += 20) {
			await new Promise((r) => setTimeout(r, 20));
		}
		await sim.idle();
		expect(sim.sms.get(hash)).toMatchObject({ status: 'RECEIVED', encoding: 'UNICODE' });
		const pushed = sim.pushes
			.filter((p) => p.url === endpoint)
			.map((p) => [p.event.hook_hash, (p.event.data as { status: string }).status]);
		expect(pushed).toEqual([
			[null, 'PENDING'],
			[null, 'SENT'],
			[null, 'RECEIVED'],
		]);
	});

	it('rejects bad input before any request, naming the item and the field', async () => {
		const cases: Array<[Record<string, unknown>, string]> = [
			[{ to: 'call me', message: 'x' }, 'To: "call me" is not a valid phone number [item 0]'],
			[{ to: '+33612345678', message: '={{ "" }}' }, 'Message: a text is required [item 0]'],
			[
				{ to: '+33612345678', message: 'x', from: 'Far too long sender' },
				'From: "Far too long sender" is not a valid sender [item 0]',
			],
			[
				{ to: '+33612345678', message: 'x', options: { userData: 'not_alnum!' } },
				'User Data: use at most 32 letters and digits [item 0]',
			],
			[
				{ to: '+33612345678', message: 'x', options: { statusWebhookUrl: 'example.com/status' } },
				'Status Webhook URL: "example.com/status" is not an HTTP(S) URL [item 0]',
			],
		];
		for (const [parameters, message] of cases) {
			const mark = sim.log.length;
			const { error } = await h.run({ resource: 'sms', operation: 'send', from: '', ...parameters });
			expect(error?.message).toBe(message);
			expect(sim.log.length).toBe(mark);
		}
	});

	it('turns a JSON-RPC error at HTTP 200 into one paired error item per failed item with Continue On Fail', async () => {
		const { run, items } = await h.run(
			{ resource: 'sms', operation: 'send', to: '+33612345678', from: '={{ $json.from }}', message: 'x' },
			[{ from: '' }, { from: 'Unknown' }, { from: 'SMS' }],
			{ onError: 'continueRegularOutput' },
		);
		expect(run.status).toBe('success');
		const out = items('callr');
		expect(out.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(out[1].json).toMatchObject({
			error: 'CALLR: This feature is not allowed. Sender "Unknown" is not authorized [item 1]',
			code: 100,
			httpCode: '200',
		});
		expect(out[2].json.hash).toEqual(expect.any(String));
	});

	it('reports bad params with the provider code and stops the workflow without Continue On Fail', async () => {
		sim.addFault({
			status: 200,
			body: {
				jsonrpc: '2.0',
				id: 1,
				error: { code: 151, message: 'Invalid property value: to', data: { field: 'to' } },
			},
			times: 1,
		});
		const { error } = await h.run({ resource: 'sms', operation: 'send', to: '+33612345678', from: '', message: 'x' });
		expect(error?.message).toBe('CALLR: Invalid property value: to [item 0]');
		expect(error?.description).toBe('CALLR rejected the request (HTTP 200, code 151). {"field":"to"}');
	});

	it('fails on bad credentials at HTTP level, without the key in the error', async () => {
		const { error } = await h.run(
			{ resource: 'sms', operation: 'get', smsId: 'X' },
			[{}],
			{},
			{ apiKey: 'wrong-key-123456' },
		);
		expect(error?.message).toBe('CALLR: authentication failed [item 0]');
		expect(error?.httpCode).toBe('401');
		expect(JSON.stringify(error)).not.toContain('wrong-key-123456');
	});

	it('signs with Basic auth and CALLR-Login-As when the credential says so', async () => {
		const mark = sim.log.length;
		const { run } = await h.run(
			{ resource: 'account', operation: 'getPrepaidCredit' },
			[{}],
			{},
			{
				authentication: 'basic',
				login: sim.login,
				password: sim.password,
				loginAsType: 'user.login',
				loginAsTarget: 'sub-user',
			},
		);
		expect(run.status).toBe('success');
		const [request] = h.rpcSince(mark);
		expect(request.headers.authorization).toBe(
			`Basic ${Buffer.from(`${sim.login}:${sim.password}`).toString('base64')}`,
		);
		expect(request.headers['callr-login-as']).toBe('user.login sub-user');

		const denied = await h.run(
			{ resource: 'account', operation: 'getPrepaidCredit' },
			[{}],
			{},
			{
				loginAsType: 'account.hash',
				loginAsTarget: 'NOTMINE',
			},
		);
		expect(denied.error?.httpCode).toBe('401');
	});

	it('runs items concurrently and keeps their order', async () => {
		sim.latencyMs = 50;
		const input = Array.from({ length: 12 }, (_, i) => ({ phone: `+3361234${String(5000 + i)}` }));
		const mark = sim.log.length;
		const started = Date.now();
		const { items } = await h.run(
			{
				resource: 'sms',
				operation: 'send',
				to: '={{ $json.phone }}',
				from: '',
				message: 'x',
				options: { concurrency: 4 },
			},
			input,
		);
		const elapsed = Date.now() - started;
		expect(items('callr').map((i) => i.json.to)).toEqual(input.map((i) => i.phone));
		expect(items('callr').map((i) => (i.pairedItem as { item: number }).item)).toEqual(input.map((_, i) => i));
		const received = h.rpcSince(mark).map((r) => r.receivedAt);
		expect(received).toHaveLength(12);
		// four in flight: the fourth arrives before the first is answered; one at a time would take 600 ms
		expect(received[3] - received[0]).toBeLessThan(50);
		expect(elapsed).toBeLessThan(450);
	});

	it('repeats a send refused with 429, but never one that may have reached CALLR', async () => {
		sim.addFault({ status: 429, retryAfter: 0, times: 1 });
		const before = sim.sms.size;
		const first = await h.run({ resource: 'sms', operation: 'send', to: '+33612345678', from: '', message: 'x' });
		expect(first.run.status).toBe('success');
		expect(sim.sms.size).toBe(before + 1);

		sim.addFault({ status: 503, times: 1 });
		const mark = sim.log.length;
		const second = await h.run({ resource: 'sms', operation: 'send', to: '+33612345678', from: '', message: 'x' });
		expect(second.error?.httpCode).toBe('503');
		expect(sim.log.length - mark).toBe(1);

		sim.addFault({ status: 503, times: 1 });
		const read = await h.run({ resource: 'account', operation: 'getPrepaidCredit' });
		expect(read.output('callr')).toEqual([{ balance: sim.prepaidCredit }]);
	});

	it('gets an SMS, and lists SMS of a period with a limit', async () => {
		const sent = await h.run({ resource: 'sms', operation: 'send', to: '+33612345678', from: '', message: 'find me' });
		const hash = String(sent.output('callr')[0].hash);
		const mark = sim.log.length;
		const got = await h.run({ resource: 'sms', operation: 'get', smsId: hash });
		expect(h.rpcSince(mark)[0].body).toMatchObject({ method: 'sms.get', params: [hash] });
		expect(got.output('callr')[0]).toMatchObject({ hash, text: 'find me', type: 'OUT' });

		const from = new Date(Date.now() - 3600_000).toISOString();
		const to = new Date(Date.now() + 3600_000).toISOString();
		const listMark = sim.log.length;
		const all = await h.run({ resource: 'sms', operation: 'getAll', direction: 'OUT', from, to, returnAll: true });
		const params = h.rpcSince(listMark)[0].body.params;
		expect(params).toEqual(['OUT', from.slice(0, 19).replace('T', ' '), to.slice(0, 19).replace('T', ' ')]);
		expect(all.output('callr').map((s) => s.hash)).toEqual(
			[...sim.sms.values()].filter((s) => s.type === 'OUT').map((s) => s.hash),
		);
		const limited = await h.run({
			resource: 'sms',
			operation: 'getAll',
			direction: 'OUT',
			from,
			to,
			returnAll: false,
			limit: 2,
		});
		expect(limited.output('callr')).toHaveLength(2);

		const missing = await h.run({ resource: 'sms', operation: 'get', smsId: 'NOPE' });
		expect(missing.error?.message).toBe('CALLR: SMS not found [item 0]');
	});
});
