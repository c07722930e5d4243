import { CeculaSyncApi } from '../../credentials/CeculaSyncApi.credentials';
import { CeculaSync } from '../../nodes/CeculaSync/CeculaSync.node';
import { CeculaSyncTrigger } from '../../nodes/CeculaSync/CeculaSyncTrigger.node';
import type { CeculaSyncSimulator } from '../../simulators/cecula-sync';
import { shutdownEngine } from '../engine';
import type { Fixtures } from './setup';
import { runner, startSimulator } from './setup';

let sim: CeculaSyncSimulator;
let fixtures: Fixtures;
const run = runner(() => fixtures);
const P = '/sync/api';

beforeAll(async () => {
	({ sim, fixtures } = await startSimulator());
});
afterEach(() => {
	sim.clearFaults();
	sim.syncErrorStatus = 200;
	sim.balanceAsString = false;
	sim.successCodeAsNumber = false;
	sim.blocked = undefined;
});
afterAll(async () => {
	await sim.stop();
	shutdownEngine();
});

/** Requests to a path since a mark in the log, with what the simulator saw. */
const since = (mark: number, path: string) => sim.log.slice(mark).filter((r) => r.path === P + path && !r.fault);

function expectAuthenticated(requests: Array<{ headers: Record<string, unknown> }>) {
	expect(requests.length).toBeGreaterThan(0);
	for (const r of requests) {
		expect(r.headers.authorization).toBe(`Bearer ${sim.apiKey}`);
		expect(r.headers['content-type']).toContain('application/json');
	}
}

describe('credential', () => {
	it('authenticates with the API key as a Bearer token and tests with the balance', () => {
		const credential = new CeculaSyncApi();
		expect(credential.authenticate).toEqual({
			type: 'generic',
			properties: { headers: { Authorization: '=Bearer {{$credentials.apiKey}}' } },
		});
		expect(credential.test.request).toMatchObject({ baseURL: '={{$credentials.baseUrl}}', url: '/cecula-balance' });
		expect(credential.properties.find((p) => p.name === 'baseUrl')?.default).toBe('https://cecula.com/sync/api');
	});

	it('turns a rejected key into a 401 error that keeps the provider message and never shows the key', async () => {
		const { error } = await runWorkflow401();
		expect(error?.message).toBe('Cecula Sync: Unauthorized [item 0]');
		expect(error?.httpCode).toBe('401');
		expect(error?.description).toContain('Check the API key');
		expect(JSON.stringify(error)).not.toContain('CCL.wrong');
	});

	async function runWorkflow401() {
		const saved = fixtures.credentials.ceculaSyncApi.apiKey;
		fixtures.credentials.ceculaSyncApi.apiKey = 'CCL.wrong.wrongwrongwrong';
		try {
			return await run({ resource: 'account', operation: 'getBalance' });
		} finally {
			fixtures.credentials.ceculaSyncApi.apiKey = saved;
		}
	}
});

describe('SMS → Send', () => {
	it('sends to several recipients in one request and gives one item per recipient', async () => {
		const mark = sim.log.length;
		const { items } = await run(
			{ resource: 'sms', operation: 'send', recipients: '={{ $json.to }}', text: 'Hello World' },
			[{ to: ['+2348176470634', '2348050209037'] }],
		);
		const [request] = since(mark, '/send-sms');
		expect(request.method).toBe('POST');
		expect(request.body).toEqual({ text: 'Hello World', recipients: '+2348176470634,+2348050209037' });
		expectAuthenticated([request]);
		const out = items('Cecula Sync');
		expect(out.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		expect(out.map((i) => i.json)).toEqual([
			{
				recipient: '+2348176470634',
				trackingId: expect.stringMatching(/^\d+$/),
				statusCode: '1801',
				message: 'Successful',
				raw: expect.objectContaining({ recipient: '+2348176470634' }),
			},
			{
				recipient: '+2348050209037',
				trackingId: expect.stringMatching(/^\d+$/),
				statusCode: '1801',
				message: 'Successful',
				raw: expect.objectContaining({ recipient: '+2348050209037' }),
			},
		]);
		expect(sim.messages.get(Number(out[1].json.trackingId))?.recipient).toBe('+2348050209037');
	});

	it('lets items with the same text share a request, keeps order and pairing', async () => {
		const mark = sim.log.length;
		const { items } = await run(
			{ resource: 'sms', operation: 'send', recipients: '={{ $json.to }}', text: '={{ $json.text }}' },
			[
				{ to: '+2348000000001', text: 'same' },
				{ to: '+2348000000002', text: 'other' },
				{ to: '+2348000000003, +2348000000004', text: 'same' },
				{ to: '+2348000000001', text: 'same' },
			],
		);
		// sent at the same time, so in any order
		const bodies = since(mark, '/send-sms').map((r) => r.body);
		expect(bodies).toHaveLength(3);
		expect(bodies).toEqual(
			expect.arrayContaining([
				{ text: 'same', recipients: '+2348000000001,+2348000000003,+2348000000004' },
				{ text: 'other', recipients: '+2348000000002' },
				// the same recipient again goes into a request of its own, so every report entry has one owner
				{ text: 'same', recipients: '+2348000000001' },
			]),
		);
		const out = items('Cecula Sync');
		expect(out.map((i) => [i.json.recipient, (i.pairedItem as { item: number }).item])).toEqual([
			['+2348000000001', 0],
			['+2348000000002', 1],
			['+2348000000003', 2],
			['+2348000000004', 2],
			['+2348000000001', 3],
		]);
		expect(new Set(out.map((i) => i.json.trackingId)).size).toBe(5);
	});

	it('keeps to Recipients Per Request and converts national numbers with the Default Country Code', async () => {
		const mark = sim.log.length;
		const { output } = await run(
			{
				resource: 'sms',
				operation: 'send',
				recipients: '={{ $json.to }}',
				text: 'x',
				options: { recipientsPerRequest: 2, defaultCountryCode: '234' },
			},
			[{ to: '08050209037' }, { to: '08050209038' }, { to: '08050209039' }],
		);
		expect(
			since(mark, '/send-sms')
				.map((r) => (r.body as { recipients: string }).recipients)
				.sort(),
		).toEqual(['+2348050209037,+2348050209038', '+2348050209039']);
		expect(output('Cecula Sync')).toHaveLength(3);
	});

	it('sends distinct texts a few at a time and starts no new send after a failure', async () => {
		sim.maxInFlight = 0;
		sim.sendTimeMs = 20;
		const input = Array.from({ length: 8 }, (_, i) => ({ to: '+2348050209037', text: `text ${i}` }));
		const parameters = { resource: 'sms', operation: 'send', recipients: '={{ $json.to }}', text: '={{ $json.text }}' };
		const mark = sim.log.length;
		await run({ ...parameters, options: { concurrency: 3 } }, input);
		expect(since(mark, '/send-sms')).toHaveLength(8);
		expect(sim.maxInFlight).toBe(3);
		sim.sendTimeMs = 0;

		sim.addFault({
			status: 200,
			body: { code: 'CE2001', error: 'barred' },
			nth: [1],
			match: (r) => r.path.endsWith('/send-sms'),
		});
		const next = sim.log.length;
		const { error } = await run({ ...parameters, options: { concurrency: 1 } }, input);
		expect(error?.message).toBe('Cecula Sync: barred [item 0]');
		expect(sim.log.slice(next).filter((r) => r.path.endsWith('/send-sms'))).toHaveLength(1);
	});

	it('checks every item before sending anything and names the item and the field', async () => {
		const mark = sim.log.length;
		const bad = await run({ resource: 'sms', operation: 'send', recipients: '={{ $json.to }}', text: 'x' }, [
			{ to: '+2348050209037' },
			{ to: '08050209037' },
		]);
		expect(bad.error?.message).toBe('Recipients: "08050209037" is not a valid phone number [item 1]');
		const long = await run({
			resource: 'sms',
			operation: 'send',
			recipients: '+2348050209037',
			text: 'x'.repeat(1531),
		});
		expect(long.error?.message).toBe('Text: 1531 characters is more than the 1530 Cecula Sync accepts [item 0]');
		const empty = await run({ resource: 'sms', operation: 'send', recipients: '={{ "" }}', text: 'x' });
		expect(empty.error?.message).toBe('Recipients: at least one phone number is required [item 0]');
		expect(since(mark, '/send-sms')).toHaveLength(0);
	});

	it('turns a sync error inside an HTTP 200 answer into an error item for every item of the request', async () => {
		const balance = sim.balance;
		sim.balance = 1;
		try {
			const { items, run: result } = await run(
				{ resource: 'sms', operation: 'send', recipients: '={{ $json.to }}', text: 'same' },
				[{ to: '+2348050209037' }, { to: '+2348050209038' }],
				{ onError: 'continueRegularOutput' },
			);
			expect(result.status).toBe('success');
			const out = items('Cecula Sync');
			expect(out.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
			expect(out[0].json).toMatchObject({
				error: 'Cecula Sync: Insufficient credit on Cecula Account/Wallet [item 0]',
				code: 'CE3001',
				httpCode: '200',
			});
			expect(out[1].json.error).toBe('Cecula Sync: Insufficient credit on Cecula Account/Wallet [item 1]');
			expect(out[0].json.description).toContain('Insufficient credit: top up');
		} finally {
			sim.balance = balance;
		}
	});

	it('reads sync errors whatever HTTP status comes with them', async () => {
		sim.syncErrorStatus = 400;
		sim.blocked = 'CE2000';
		const { error } = await run({ resource: 'sms', operation: 'send', recipients: '+2348050209037', text: 'x' });
		expect(error?.message).toBe('Cecula Sync: Your Sync Cloud Subscription has expired. [item 0]');
		expect(error?.httpCode).toBe('400');
		expect(error?.context?.providerCode).toBe('CE2000');
	});

	it('accepts 1801 as a number and refuses any other status in a 200 answer', async () => {
		sim.successCodeAsNumber = true;
		const ok = await run({ resource: 'sms', operation: 'send', recipients: '+2348050209037', text: 'x' });
		expect(ok.output('Cecula Sync')[0].statusCode).toBe('1801');

		sim.addFault({
			status: 200,
			body: { status: '1802', report: [], response: 'Queue full' },
			match: (r) => r.path.endsWith('/send-sms'),
		});
		const refused = await run({ resource: 'sms', operation: 'send', recipients: '+2348050209037', text: 'x' });
		expect(refused.error?.message).toBe(
			'Cecula Sync: the request was not accepted (status "1802": Queue full) [item 0]',
		);
	});

	it('never sends twice after a 503 or a lost answer, but retries a 429', async () => {
		sim.addFault({ status: 503, times: 1, match: (r) => r.path.endsWith('/send-sms') });
		const sent = sim.messages.size;
		const first = await run({ resource: 'sms', operation: 'send', recipients: '+2348050209037', text: 'x' });
		expect(first.error?.httpCode).toBe('503');
		sim.clearFaults();

		sim.addFault({ drop: 'after', times: 1, match: (r) => r.path.endsWith('/send-sms') });
		const second = await run({ resource: 'sms', operation: 'send', recipients: '+2348050209037', text: 'x' });
		expect(second.error?.message).toMatch(/connection failed/);
		expect(sim.messages.size).toBe(sent + 1);
		sim.clearFaults();

		const mark = sim.log.length;
		sim.addFault({ status: 429, retryAfter: 0, times: 1, match: (r) => r.path.endsWith('/send-sms') });
		const third = await run({ resource: 'sms', operation: 'send', recipients: '+2348050209037', text: 'x' });
		expect(third.run.status).toBe('success');
		expect(sim.log.slice(mark).map((r) => r.status)).toEqual([429, 200]);
	});
});

describe('SMS → Get Status, Get New Received, auto-response', () => {
	it('gets the status of a sent SMS, normalised, with the answer as it came', async () => {
		const sent = await run({ resource: 'sms', operation: 'send', recipients: '+2348176470634', text: 'status please' });
		const trackingId = sent.output('Cecula Sync')[0].trackingId as string;
		const mark = sim.log.length;
		const { output } = await run({ resource: 'sms', operation: 'getStatus', trackingId: '={{ $json.id }}' }, [
			{ id: trackingId },
		]);
		const [request] = since(mark, `/sent-sms-status/${trackingId}`);
		expect(request.method).toBe('GET');
		expectAuthenticated([request]);
		const [status] = output('Cecula Sync');
		expect(status).toMatchObject({
			trackingId,
			originator: sim.number,
			receiver: '+2348176470634',
			status: 'DELIVERED',
		});
		expect(status.sendTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
		expect(status.raw).toMatchObject({ messageId: Number(trackingId), sender: sim.number, status: 'delivered' });
	});

	it('reports an unknown tracking ID with the provider message, and a malformed one before any request', async () => {
		const unknown = await run({ resource: 'sms', operation: 'getStatus', trackingId: '999' });
		expect(unknown.error?.message).toBe(
			'Cecula Sync: Requested resource not available or may have been moved [item 0]',
		);
		expect(unknown.error?.httpCode).toBe('404');
		const mark = sim.log.length;
		const malformed = await run({ resource: 'sms', operation: 'getStatus', trackingId: 'abc' });
		expect(malformed.error?.message).toBe('Tracking ID: "abc" is not a tracking ID (digits only) [item 0]');
		expect(sim.log.length).toBe(mark);
	});

	it('gets new received SMS once: the server deletes what it returned', async () => {
		sim.receiveSms('+2348183172770', 'One love', new Date(2020, 1, 1, 7, 37));
		sim.receiveSms('23481xxxxxxx', 'I am restful');
		const mark = sim.log.length;
		const first = await run({ resource: 'sms', operation: 'getNewReceived' });
		expect(since(mark, '/get-new-sms').map((r) => r.method)).toEqual(['GET']);
		expect(first.output('Cecula Sync')).toEqual([
			{
				originator: '+2348183172770',
				receiver: sim.number,
				text: 'One love',
				timeReceived: '2020-02-01T07:37:00',
				raw: { originator: '+2348183172770', receiver: sim.number, text: 'One love', timeReceived: '2020/02/01 07:37' },
			},
			expect.objectContaining({ originator: '23481xxxxxxx', text: 'I am restful' }),
		]);
		const second = await run({ resource: 'sms', operation: 'getNewReceived' });
		expect(second.output('Cecula Sync')).toEqual([]);
	});

	it('does not repeat a destructive read whose answer was lost, and says so', async () => {
		sim.receiveSms('+2348183172770', 'lost in transit');
		sim.addFault({ drop: 'after', times: 1, match: (r) => r.path.endsWith('/get-new-sms') });
		const mark = sim.log.length;
		const { error } = await run({ resource: 'sms', operation: 'getNewReceived' });
		expect(error?.description).toMatch(/may have reached Cecula Sync/);
		expect(since(mark, '/get-new-sms')).toHaveLength(1);
		expect(sim.inbox).toHaveLength(0);
	});

	it('sets and clears the SMS auto-response', async () => {
		const mark = sim.log.length;
		const set = await run({ resource: 'sms', operation: 'setAutoResponse', text: 'Thank you for Subscribing' });
		expect(set.output('Cecula Sync')).toEqual([
			{ autoResponse: 'Thank you for Subscribing', active: true, raw: { status: 'Success' } },
		]);
		expect(sim.smsAutoResponse).toBe('Thank you for Subscribing');
		sim.receiveSms('+2348183172770', 'hi');
		expect(sim.autoReplies.at(-1)).toEqual({ to: '+2348183172770', text: 'Thank you for Subscribing', trigger: 'SMS' });

		const clear = await run({ resource: 'sms', operation: 'clearAutoResponse' });
		expect(clear.output('Cecula Sync')[0]).toMatchObject({ autoResponse: '', active: false });
		const requests = since(mark, '/set-sms-autoresponse');
		expect(requests.map((r) => [r.method, r.body])).toEqual([
			['PATCH', { text: 'Thank you for Subscribing' }],
			['PATCH', { text: '' }],
		]);
		expectAuthenticated(requests);
		expect(sim.smsAutoResponse).toBe('');
		await run({ resource: 'sms', operation: 'getNewReceived' });
	});
});

describe('Call', () => {
	it('sends a missed call, then reads whether it was answered', async () => {
		sim.answeringReceivers.add('+2348183172770');
		const mark = sim.log.length;
		const { output } = await run(
			{
				resource: 'call',
				operation: 'sendMissedCall',
				receiver: '={{ $json.phone }}',
				options: { defaultCountryCode: '234' },
			},
			[{ phone: '08183172770' }, { phone: '+2348176470634' }],
		);
		const requests = since(mark, '/flash-number');
		expect(requests.map((r) => [r.method, r.body])).toEqual([
			['POST', { receiver: '+2348183172770' }],
			['POST', { receiver: '+2348176470634' }],
		]);
		expectAuthenticated(requests);
		const calls = output('Cecula Sync');
		expect(calls[0]).toMatchObject({
			receiver: '+2348183172770',
			statusCode: '1801',
			message: 'Successful',
			trackingId: expect.stringMatching(/^\d+$/),
		});

		const status = await run(
			{ resource: 'call', operation: 'getStatus', trackingId: '={{ $json.trackingId }}' },
			calls,
		);
		expect(status.output('Cecula Sync').map((s) => [s.status, (s.raw as { status: string }).status])).toEqual([
			['ANSWERED', 'Answered'],
			['NOT_ANSWERED', 'Not Answered'],
		]);
		expect(status.output('Cecula Sync')[0].callTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
		expect(since(mark, `/dialled-call-status/${calls[0].trackingId}`)).toHaveLength(1);
	});

	it('gives a paired error item for a failed call and carries on with Continue On Fail', async () => {
		sim.addFault({
			status: 200,
			body: { code: 'CE2001', error: 'Hosted SIM is barred from sending message or making call' },
			times: 1,
			match: (r) => r.path.endsWith('/flash-number'),
		});
		const { items } = await run(
			{ resource: 'call', operation: 'sendMissedCall', receiver: '={{ $json.phone }}', options: { concurrency: 1 } },
			[{ phone: '+2348183172770' }, { phone: 'nope' }, { phone: '+2348176470634' }],
			{ onError: 'continueRegularOutput' },
		);
		const out = items('Cecula Sync');
		expect(out.map((i) => (i.pairedItem as { item: number }).item)).toEqual([0, 1, 2]);
		expect(out[0].json).toMatchObject({
			error: 'Cecula Sync: Hosted SIM is barred from sending message or making call [item 0]',
			code: 'CE2001',
			httpCode: '200',
		});
		expect(out[1].json.error).toBe('Receiver: "nope" is not a valid phone number [item 1]');
		expect(out[2].json).toMatchObject({ receiver: '+2348176470634', statusCode: '1801' });
	});

	it('rejects a receiver that is no phone number before calling', async () => {
		const mark = sim.log.length;
		const { error } = await run({ resource: 'call', operation: 'sendMissedCall', receiver: 'tomorrow' });
		expect(error?.message).toBe('Receiver: "tomorrow" is not a valid phone number [item 0]');
		expect(sim.log.length).toBe(mark);
	});

	it('gets new missed calls once, with the duration as a number', async () => {
		sim.receiveCall('070xxxxxxxx', new Date(2020, 1, 8, 12, 13, 44));
		const { output } = await run({ resource: 'call', operation: 'getNewMissed' });
		expect(output('Cecula Sync')).toEqual([
			{
				originator: '070xxxxxxxx',
				receiver: sim.number,
				callDuration: 0,
				callTime: '2020-02-08T12:13:44',
				raw: { originator: '070xxxxxxxx', receiver: sim.number, callDuration: 0, callTime: '2020-02-08 12:13:44' },
			},
		]);
		expect((await run({ resource: 'call', operation: 'getNewMissed' })).output('Cecula Sync')).toEqual([]);
	});

	it('sets and clears the call auto-response', async () => {
		const mark = sim.log.length;
		await run({ resource: 'call', operation: 'setAutoResponse', text: 'This is an SMS-Only Number' });
		expect(sim.callAutoResponse).toBe('This is an SMS-Only Number');
		await run({ resource: 'call', operation: 'clearAutoResponse' });
		expect(sim.callAutoResponse).toBe('');
		expect(since(mark, '/set-call-autoresponse').map((r) => [r.method, r.body])).toEqual([
			['PATCH', { text: 'This is an SMS-Only Number' }],
			['PATCH', { text: '' }],
		]);
		const empty = await run({ resource: 'call', operation: 'setAutoResponse', text: ' ' });
		expect(empty.error?.message).toBe('Text: a text is required [item 0]');
	});
});

describe('Account and SIM', () => {
	it('gets the balance as a number, also when the API sends a string', async () => {
		sim.balance = 9392.6;
		const mark = sim.log.length;
		const asNumber = await run({ resource: 'account', operation: 'getBalance' });
		expect(asNumber.output('Cecula Sync')).toEqual([{ balance: 9392.6, raw: { balance: 9392.6 } }]);
		expectAuthenticated(since(mark, '/cecula-balance'));
		sim.balanceAsString = true;
		const asString = await run({ resource: 'account', operation: 'getBalance' });
		expect(asString.output('Cecula Sync')).toEqual([{ balance: 9392.6, raw: { balance: '9392.60' } }]);
	});

	it('gets the subscription, the number, the SIM status and refreshes the SIM', async () => {
		const mark = sim.log.length;
		const subscription = await run({ resource: 'account', operation: 'getSubscription' });
		expect(subscription.output('Cecula Sync')).toEqual([
			{ subscriptionStatus: 'ACTIVE', subscriptionPlan: 'Monthly', expiryDate: '2020-04-27', raw: sim.subscription },
		]);
		const number = await run({ resource: 'account', operation: 'getNumber' });
		expect(number.output('Cecula Sync')).toEqual([{ number: sim.number }]);
		sim.simStatus = 'In Call';
		const status = await run({ resource: 'sim', operation: 'getStatus' });
		expect(status.output('Cecula Sync')).toEqual([{ status: 'IN_CALL', raw: { status: 'In Call' } }]);
		const refreshes = sim.refreshCount;
		const refresh = await run({ resource: 'sim', operation: 'refresh' });
		expect(refresh.output('Cecula Sync')).toEqual([
			{ statusCode: '1801', message: 'Successful', raw: { status: 1801, message: 'Successful' } },
		]);
		expect(sim.refreshCount).toBe(refreshes + 1);
		const paths = sim.log.slice(mark).map((r) => `${r.method} ${r.path}`);
		expect(paths).toEqual([
			'GET /sync/api/subscription-status',
			'GET /sync/api/number',
			'GET /sync/api/management/sim-status',
			'GET /sync/api/management/refresh-sim',
		]);
		expectAuthenticated(sim.log.slice(mark));
	});

	it('registers a dynamic webhook for one number and traffic type', async () => {
		const mark = sim.log.length;
		const { output } = await run({
			resource: 'account',
			operation: 'registerDynamicWebhook',
			url: 'https://n8n.example.com/webhook-waiting/42',
			originMsisdn: '08050209037',
			trafficType: 'CALL',
			validityPeriod: 180,
			options: { defaultCountryCode: '234' },
		});
		const [request] = since(mark, '/set-dynamic-webhook');
		expect(request.body).toEqual({
			url: 'https://n8n.example.com/webhook-waiting/42',
			originMsisdn: '+2348050209037',
			trafficType: 'CALL',
			validityPeriod: 180,
		});
		expectAuthenticated([request]);
		expect(output('Cecula Sync')[0]).toMatchObject({
			trafficType: 'CALL',
			raw: { status: '1801', message: 'Successful' },
		});
		expect(sim.dynamicWebhooks.at(-1)).toMatchObject({ originMsisdn: '+2348050209037', trafficType: 'CALL' });

		const bad = await run({
			resource: 'account',
			operation: 'registerDynamicWebhook',
			url: 'not a url',
			originMsisdn: '+2348050209037',
			trafficType: 'SMS',
			validityPeriod: 60,
		});
		expect(bad.error?.message).toBe('URL: "not a url" is not an http(s) URL [item 0]');
	});
});

describe('node description', () => {
	it('keeps the parameter names saved workflows rely on', () => {
		const properties = new CeculaSync().description.properties;
		const names = (resource: string, operation: string) =>
			properties
				.filter(
					(p) =>
						p.displayOptions?.show?.resource?.includes(resource) &&
						p.displayOptions.show.operation?.includes(operation),
				)
				.map((p) => p.name);
		expect(
			properties
				.filter((p) => p.name === 'operation')
				.map((p) => (p.options as Array<{ value: string }>).map((o) => o.value)),
		).toEqual([
			['clearAutoResponse', 'getNewReceived', 'getStatus', 'send', 'setAutoResponse'],
			['clearAutoResponse', 'getNewMissed', 'getStatus', 'sendMissedCall', 'setAutoResponse'],
			['getBalance', 'getNumber', 'getSubscription', 'registerDynamicWebhook'],
			['getStatus', 'refresh'],
		]);
		expect(names('sms', 'send')).toEqual(['recipients', 'text', 'options']);
		expect(names('sms', 'getStatus')).toEqual(['trackingId']);
		expect(names('sms', 'setAutoResponse')).toEqual(['text']);
		expect(names('sms', 'getNewReceived')).toEqual(['destructiveReadNotice']);
		expect(names('call', 'sendMissedCall')).toEqual(['receiver', 'options']);
		expect(names('call', 'getStatus')).toEqual(['trackingId']);
		expect(names('call', 'setAutoResponse')).toEqual(['text']);
		expect(names('account', 'registerDynamicWebhook')).toEqual([
			'dynamicWebhookNotice',
			'url',
			'originMsisdn',
			'trafficType',
			'validityPeriod',
			'options',
		]);
		expect(new CeculaSyncTrigger().description.properties.map((p) => p.name)).toEqual([
			'mode',
			'webhookNotice',
			'webhookSecret',
			'events',
			'options',
			'pollingNotice',
			'pollEvents',
		]);
	});
});
