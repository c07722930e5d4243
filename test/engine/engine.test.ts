import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import {
	FixtureApi,
	FixtureNode,
	FixturePollTrigger,
	FixtureSimulator,
	FixtureTokenApi,
	FixtureTokenNode,
	FixtureTrigger,
} from './fixtures';
import type { CredentialFixtures } from '.';
import { callWebhook, packageNode, poller, runWorkflow, shutdownEngine, triggerNode, webhookLifecycle } from '.';

const sim = new FixtureSimulator();
let fixtures: CredentialFixtures & { credentials: Record<string, ICredentialDataDecryptedObject> };

beforeAll(async () => {
	const baseUrl = await sim.start();
	fixtures = {
		credentialTypes: { fixtureApi: new FixtureApi(), fixtureTokenApi: new FixtureTokenApi() },
		credentials: {
			fixtureApi: { apiKey: sim.apiKey, baseUrl },
			fixtureTokenApi: { accessToken: '', user: sim.user, password: sim.password, baseUrl },
		},
	};
});
afterEach(() => {
	sim.clearFaults();
	sim.latencyMs = 0;
});
afterAll(async () => {
	await sim.stop();
	shutdownEngine();
});

const nodeTypes = { 'n8n-nodes-telephony.fixture': FixtureNode(), 'n8n-nodes-telephony.fixtureToken': FixtureTokenNode() };
const fixtureNode = (parameters: IDataObject, extra = {}) => packageNode('fixture', parameters, 'fixtureApi', extra);
const run = (parameters: IDataObject, input: IDataObject[], extra = {}) =>
	runWorkflow({ nodeTypes, ...fixtures, nodes: [fixtureNode(parameters, extra)], input });

describe('real WorkflowExecute', () => {
	it('resolves expressions, applies generic auth and pairs every output with its input', async () => {
		const before = sim.log.length;
		const { run: result, items, executionOrder } = await run(
			{ resource: 'message', operation: 'send', to: '={{ $json.phone }}', text: '=Hi {{ $json.name }}' },
			[
				{ phone: '+1 415 555 0100', name: 'Ann' },
				{ phone: '0044 20 7946 0000', name: 'Bo' },
			],
		);
		expect(result.status).toBe('success');
		expect(executionOrder).toEqual(['Manual Trigger', 'fixture']);
		const out = items('fixture');
		expect(out.map((i) => [i.json.to, i.json.text, i.pairedItem])).toEqual([
			['+14155550100', 'Hi Ann', { item: 0 }],
			['+442079460000', 'Hi Bo', { item: 1 }],
		]);
		const seen = sim.log.slice(before);
		expect(seen.every((r) => r.headers['x-api-key'] === sim.apiKey)).toBe(true);
	});

	it('runs items with bounded concurrency and keeps their order', async () => {
		sim.maxInFlight = 0;
		sim.latencyMs = 20;
		const input = Array.from({ length: 12 }, (_, i) => ({ phone: `+1415555${String(1000 + i)}` }));
		const { items } = await run(
			{ resource: 'message', operation: 'send', to: '={{ $json.phone }}', text: 'x', options: { concurrency: 3 } },
			input,
		);
		expect(items('fixture').map((i) => i.json.to)).toEqual(input.map((i) => i.phone));
		expect(items('fixture').map((i) => (i.pairedItem as { item: number }).item)).toEqual(input.map((_, i) => i));
		expect(sim.maxInFlight).toBe(3);
	});

	it('stops at invalid input with an error naming the item and the field', async () => {
		const before = sim.requests({ method: 'POST' }).length;
		const { run: result, error } = await run({ resource: 'message', operation: 'sendBatch', to: '={{ $json.phone }}', text: 'x' }, [
			{ phone: '+14155550100' },
			{ phone: 'call me' },
		]);
		expect(result.status).toBe('error');
		expect(error?.message).toBe('To: "call me" is not a valid phone number [item 1]');
		expect(error?.context?.itemIndex).toBe(1);
		// a batch operation checks every item before the first request
		expect(sim.requests({ method: 'POST' }).length).toBe(before);
	});

	it('gives one paired error item per failed item with Continue On Fail', async () => {
		const { run: result, items } = await run(
			{ resource: 'message', operation: 'send', to: '={{ $json.phone }}', text: '={{ $json.text }}' },
			[
				{ phone: '+14155550100', text: 'ok' },
				{ phone: '12', text: 'ok' },
				{ phone: '+14155550101', text: 'soft-fail' },
				{ phone: '+14155550102', text: 'ok' },
			],
			{ onError: 'continueRegularOutput' },
		);
		expect(result.status).toBe('success');
		const out = items('fixture');
		expect(out.map((i) => (i.pairedItem as { item: number }).item)).toEqual([0, 1, 2, 3]);
		expect(out[1].json.error).toBe('To: "12" is not a valid phone number [item 1]');
		expect(out[2].json).toMatchObject({ error: 'Fixture: Rejected in a 200 body [item 2]', code: 'E42', httpCode: '200' });
		expect(out[3].json.to).toBe('+14155550102');
	});

	it('maps per-entry rejections of a batch to their own items', async () => {
		const before = sim.requests({ path: '/batches' }).length;
		const { items } = await run(
			{ resource: 'message', operation: 'sendBatch', to: '={{ $json.phone }}', text: '={{ $json.text }}', batchSize: 2 },
			[
				{ phone: '+14155550100', text: 'a' },
				{ phone: '+14155550101', text: 'reject-me' },
				{ phone: '+14155550102', text: 'c' },
			],
			{ onError: 'continueRegularOutput' },
		);
		expect(sim.requests({ path: '/batches' }).length - before).toBe(2);
		const out = items('fixture');
		expect(out.map((i) => [i.json.text ?? i.json.error, (i.pairedItem as { item: number }).item])).toEqual([
			['a', 0],
			['Rejected by the provider [item 1]', 1],
			['c', 2],
		]);
	});

	it('gives every item of a failed batch its own error', async () => {
		const { items } = await run(
			{ resource: 'message', operation: 'sendBatch', to: '+14155550100', text: '={{ $json.text }}', batchSize: 3 },
			[{ text: 'a' }, { text: 'fail-batch' }, { text: 'c' }, { text: 'd' }],
			{ onError: 'continueRegularOutput' },
		);
		expect(items('fixture').map((i) => [i.json.error ?? i.json.text, (i.pairedItem as { item: number }).item])).toEqual([
			['Fixture: Batch refused [item 0]', 0],
			['Fixture: Batch refused [item 1]', 1],
			['Fixture: Batch refused [item 2]', 2],
			['d', 3],
		]);
	});

	it('never puts a credential value into an error', async () => {
		const { error } = await run({ resource: 'message', operation: 'send', to: '+14155550100', text: 'echo-key' }, [{}]);
		expect(error?.message).toBe('Fixture: bad key *** [item 0]');
		expect(JSON.stringify(error?.context)).not.toContain(sim.apiKey);
	});

	it('retries a 429 after Retry-After, then succeeds', async () => {
		sim.addFault({ status: 429, retryAfter: 0, nth: [1], match: (r) => r.method === 'POST' });
		const before = sim.log.length;
		const { run: result } = await run({ resource: 'message', operation: 'send', to: '+14155550100', text: 'x' }, [{}]);
		expect(result.status).toBe('success');
		expect(sim.log.slice(before).map((r) => r.status)).toEqual([429, 201]);
	});

	it('gives up after the retry budget with the provider status', async () => {
		sim.addFault({ status: 429, retryAfter: 0, match: (r) => r.method === 'POST' });
		const before = sim.log.length;
		const { error } = await run({ resource: 'message', operation: 'send', to: '+14155550100', text: 'x' }, [{}]);
		expect(error?.httpCode).toBe('429');
		expect(sim.log.length - before).toBe(5);
	});

	it('does not repeat a send after a 503 or a dropped connection, but repeats a read', async () => {
		sim.addFault({ status: 503, times: 1, match: (r) => r.method === 'POST' });
		const first = await run({ resource: 'message', operation: 'send', to: '+14155550100', text: 'x' }, [{}]);
		expect(first.error?.httpCode).toBe('503');

		sim.clearFaults();
		sim.addFault({ drop: 'after', times: 1, match: (r) => r.method === 'POST' });
		const sends = sim.messages.length;
		const second = await run({ resource: 'message', operation: 'send', to: '+14155550100', text: 'x' }, [{}]);
		expect(second.error?.message).toMatch(/connection failed/);
		expect(second.error?.description).toMatch(/may have reached Fixture/);
		expect(sim.messages.length).toBe(sends + 1);

		sim.clearFaults();
		sim.addFault({ drop: 'before', times: 1, match: (r) => r.method === 'GET' });
		sim.addFault({ status: 502, times: 1, match: (r) => r.method === 'GET' });
		const read = await run({ resource: 'message', operation: 'get', id: 'msg-1' }, [{}]);
		expect(read.error?.message).toBeUndefined();
		expect(read.run.status).toBe('success');
		expect(read.output('fixture')[0].id).toBe('msg-1');
	});

	it('walks pages for Return All and stops early for a Limit', async () => {
		while (sim.messages.length < 35) sim.store({ to: '+14155550100', text: 'filler' });
		const before = sim.requests({ method: 'GET', path: '/messages' }).length;
		const all = await run({ resource: 'message', operation: 'getAll', returnAll: true }, [{}]);
		expect(all.output('fixture').map((m) => m.id)).toEqual(sim.messages.map((m) => m.id));
		const pages = sim.requests({ method: 'GET', path: '/messages' }).length - before;
		expect(pages).toBe(Math.ceil(sim.messages.length / 10));

		const limited = await run({ resource: 'message', operation: 'getAll', returnAll: false, limit: 12 }, [{}]);
		expect(limited.output('fixture')).toHaveLength(12);
		const requested = sim.requests({ method: 'GET', path: '/messages' }).slice(-2).map((r) => r.query.limit);
		expect(requested).toEqual(['10', '2']);
	});

	it('fetches an expirable token up front and renews it after a 401', async () => {
		const tokenNode = packageNode('fixtureToken', { resource: 'message', operation: 'get', id: 'msg-1' }, 'fixtureTokenApi');
		const first = await runWorkflow({ nodeTypes, ...fixtures, nodes: [tokenNode] });
		expect(first.run.status).toBe('success');
		expect(first.credentialsHelper.preAuthenticationCalls.fixtureTokenApi).toBe(1);
		const token = fixtures.credentials.fixtureTokenApi.accessToken as string;
		expect(token).toMatch(/^tok-/);

		const noUser = { ...fixtures, credentials: { ...fixtures.credentials, fixtureTokenApi: { ...fixtures.credentials.fixtureTokenApi, user: '', accessToken: '' } } };
		const refused = await runWorkflow({ nodeTypes, ...noUser, nodes: [tokenNode] });
		expect(refused.error?.message).toBe('Fill in the user to log in [item 0]');

		sim.tokens.set(token, 0); // expire it
		const second = await runWorkflow({ nodeTypes, ...fixtures, nodes: [tokenNode] });
		expect(second.run.status).toBe('success');
		expect(second.credentialsHelper.preAuthenticationCalls.fixtureTokenApi).toBe(1);
		expect(fixtures.credentials.fixtureTokenApi.accessToken).not.toBe(token);
	});
});

describe('trigger contexts', () => {
	const trigger = new FixtureTrigger();
	const node = triggerNode('fixtureTrigger', {}, 'fixtureApi');

	it('registers, finds and removes its webhook with a generated secret', async () => {
		const life = webhookLifecycle(trigger, node, fixtures);
		expect(await life.checkExists()).toBe(false);
		expect(await life.create()).toBe(true);
		const { secret, hookId } = life.staticData()!;
		expect(String(secret)).toMatch(/^[\w-]{32}$/);
		expect(sim.hooks.get(String(hookId))?.url).toBe(`http://127.0.0.1:5678/webhook/wh-1/webhook?secret=${secret}`);
		expect(await life.checkExists()).toBe(true);

		const accepted = await callWebhook(trigger, node, fixtures, {
			workflow: life.workflow,
			body: { from: '+14155550100' },
			query: { secret: String(secret) },
		});
		expect(accepted.result.workflowData).toEqual([[{ json: { event: 'sms.received', from: '+14155550100' } }]]);

		const refused = await callWebhook(trigger, node, fixtures, { workflow: life.workflow, body: {}, query: { secret: 'nope' } });
		expect(refused.result).toEqual({ noWebhookResponse: true });
		expect(refused.response).toMatchObject({ statusCode: 401, body: 'Unauthorized', ended: true });

		expect(await life.delete()).toBe(true);
		expect(sim.hooks.size).toBe(0);
		expect(life.staticData()).toEqual({});
	});

	it('polls with a cursor: nothing old on activation, nothing twice, the newest in manual mode', async () => {
		const pollNode = packageNode('fixturePollTrigger', {}, 'fixtureApi');
		const p = poller(new FixturePollTrigger(), pollNode, fixtures);
		expect(await p.poll()).toBeNull();
		sim.store({ to: '+14155550100', text: 'new one' });
		const fresh = await p.poll();
		expect(fresh?.[0].map((i) => i.json.text)).toEqual(['new one']);
		expect(await p.poll()).toBeNull();
		expect(p.staticData()?.lastSeq).toBe(sim.messages.length);
	});
});
