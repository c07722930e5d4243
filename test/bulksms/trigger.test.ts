import http from 'node:http';
import type { AddressInfo } from 'node:net';

import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { BulkSmsTrigger } from '../../nodes/BulkSms/BulkSmsTrigger.node';
import { BulkSmsSimulator } from '../../simulators/bulksms';
import type { WebhookCallResult } from '../engine';
import { callWebhook, shutdownEngine, triggerNode, webhookLifecycle } from '../engine';
import type { Fixtures } from './setup';
import { runBulkSms, startBulkSms } from './setup';

const N8N_WEBHOOK_URL = 'http://127.0.0.1:5678/webhook/wh-1/webhook';

const sim = new BulkSmsSimulator();
const trigger = new BulkSmsTrigger();
let fixtures: Fixtures;
let life: ReturnType<typeof webhookLifecycle>;
let node: ReturnType<typeof triggerNode>;

/** n8n's webhook endpoint, standing in: every request goes to the trigger's webhook() through WebhookContext. */
let n8nServer: http.Server;
const calls: WebhookCallResult[] = [];
/** Statuses n8n answers before the trigger sees the requests (a restarting n8n, a proxy). */
let outage: number[] = [];

beforeAll(async () => {
	fixtures = await startBulkSms(sim);
	n8nServer = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const status = outage.shift();
			if (status) return void res.writeHead(status).end();
			const rawBody = Buffer.concat(chunks);
			const url = new URL(req.url ?? '/', 'http://127.0.0.1');
			void callWebhook(trigger, node, fixtures, {
				workflow: life.workflow,
				body: JSON.parse(rawBody.toString()),
				rawBody,
				query: Object.fromEntries(url.searchParams),
				headers: { 'user-agent': String(req.headers['user-agent']) },
			}).then((call) => {
				calls.push(call);
				res.writeHead(call.response.statusCode ?? 200).end();
			});
		});
	});
	await new Promise<void>((resolve) => n8nServer.listen(0, '127.0.0.1', resolve));
	const port = (n8nServer.address() as AddressInfo).port;
	sim.webhookTarget = (url) => url.replace('http://127.0.0.1:5678', `http://127.0.0.1:${port}`);
});
afterAll(async () => {
	await sim.stop();
	await new Promise((resolve) => n8nServer.close(resolve));
	shutdownEngine();
});

const itemsOf = (list: WebhookCallResult[]) =>
	list.flatMap((c) => (c.result.workflowData?.[0] ?? []) as INodeExecutionData[]).map((i) => i.json);

describe('BulkSMS Trigger', () => {
	beforeAll(() => {
		node = triggerNode(
			'bulkSmsTrigger',
			{ events: ['RECEIVED', 'SENT'], options: { contactEmailAddress: 'ops@example.com' } },
			'bulkSmsApi',
		);
		life = webhookLifecycle(trigger, node, fixtures);
	});

	it('creates one BulkSMS webhook per event, with a secret in the URL, after answering the [] ping', async () => {
		expect(await life.checkExists()).toBe(false);
		expect(await life.create()).toBe(true);
		const { secret, webhookIds } = life.staticData() as { secret: string; webhookIds: Record<string, number> };
		expect(secret).toMatch(/^[\w-]{32}$/);
		const hooks = [...sim.webhooks.values()];
		expect(hooks.map((h) => [h.id, h.triggerScope, h.url, h.invokeOption, h.onWebApp, h.contactEmailAddress])).toEqual([
			[webhookIds.RECEIVED, 'RECEIVED', `${N8N_WEBHOOK_URL}?secret=${secret}`, 'MANY', false, 'ops@example.com'],
			[webhookIds.SENT, 'SENT', `${N8N_WEBHOOK_URL}?secret=${secret}`, 'MANY', false, 'ops@example.com'],
		]);
		expect(new Set(hooks.map((h) => h.name)).size).toBe(2);
		// BulkSMS pinged each URL during creation; the trigger answered 2xx and started nothing
		expect(calls.map((c) => [c.result, c.response.statusCode])).toEqual([
			[{}, undefined],
			[{}, undefined],
		]);
		expect(sim.webhookCalls.map((c) => [c.messageIds, c.status])).toEqual([
			[[], 200],
			[[], 200],
		]);
		const creates = sim.requests({ method: 'POST', path: '/v1/webhooks' });
		expect(creates.map((r) => (r.body as IDataObject).triggerScope)).toEqual(['RECEIVED', 'SENT']);
		expect(await life.checkExists()).toBe(true);
	});

	it('turns a received message into an sms.received item, payload as BulkSMS posted it', async () => {
		calls.length = 0;
		const message = sim.receive({ from: '+27001234567', body: 'STOP sending' });
		await sim.settled();
		expect(calls).toHaveLength(1);
		expect(itemsOf(calls)).toEqual([{ event: 'sms.received', ...sim.view(message) }]);
	});

	it('turns status updates into sms.status items, up to 10 messages per call', async () => {
		const numbers = Array.from({ length: 12 }, (_, i) => `+2730${String(i).padStart(7, '0')}`);
		const sent = (
			await runBulkSms(fixtures, { resource: 'message', operation: 'send', to: numbers.join(','), message: 'status' })
		).output('BulkSMS');
		calls.length = 0;
		sim.advanceStatuses();
		await sim.settled();
		const batches = sim.webhookCalls.filter((c) => c.messageIds.length && sent.some((m) => m.id === c.messageIds[0]));
		expect(batches.map((c) => c.messageIds.length)).toEqual([10, 2]);
		const items = itemsOf(calls);
		expect(items.map((i) => [i.event, i.id, (i.status as IDataObject).id])).toEqual(
			sent.map((m) => ['sms.status', m.id, 'SENT.null']),
		);
	});

	it('refuses a request with a wrong or missing secret: 401 and no execution', async () => {
		const body = [sim.view(sim.messages[0])];
		for (const query of [{}, { secret: 'wrong' }, { secret: '' }] as Array<Record<string, string>>) {
			const { result, response } = await callWebhook(trigger, node, fixtures, { workflow: life.workflow, body, query });
			expect(result).toEqual({ noWebhookResponse: true });
			expect(response).toMatchObject({ statusCode: 401, body: 'Unauthorized', ended: true });
		}
		const { secret } = life.staticData() as { secret: string };
		const accepted = await callWebhook(trigger, node, fixtures, { workflow: life.workflow, body, query: { secret } });
		expect(accepted.result.workflowData?.[0]).toHaveLength(1);
	});

	it('answers the [] ping without a secret but starts nothing', async () => {
		const { result, response } = await callWebhook(trigger, node, fixtures, {
			workflow: life.workflow,
			body: [],
			query: {},
		});
		expect(result).toEqual({});
		expect(response.statusCode).toBeUndefined();
	});

	it('emits only the selected events', async () => {
		const receivedOnly = triggerNode('bulkSmsTrigger', { events: ['RECEIVED'] }, 'bulkSmsApi');
		const { secret } = life.staticData() as { secret: string };
		const sent = sim.messages.find((m) => m.type === 'SENT')!;
		const received = sim.messages.find((m) => m.type === 'RECEIVED')!;
		const { result } = await callWebhook(trigger, receivedOnly, fixtures, {
			workflow: life.workflow,
			body: [sim.view(sent), sim.view(received)],
			query: { secret },
		});
		expect(result.workflowData?.[0].map((i) => i.json.id)).toEqual([received.id]);
		const none = await callWebhook(trigger, receivedOnly, fixtures, {
			workflow: life.workflow,
			body: [sim.view(sent)],
			query: { secret },
		});
		expect(none.result).toEqual({});
	});

	it('is retried by BulkSMS one message at a time when n8n fails, until it gets through', async () => {
		calls.length = 0;
		sim.webhookCalls.length = 0;
		outage = [503, 502];
		const a = sim.receive({ from: '+27001111111', body: 'first' });
		await sim.settled();
		expect(sim.webhookCalls.map((c) => [c.messageIds, c.status, c.outcome])).toEqual([
			[[a.id], 503, 'retry'],
			[[a.id], 502, 'retry'],
			[[a.id], 200, 'delivered'],
		]);
		expect(itemsOf(calls).map((i) => i.body)).toEqual(['first']);
	});

	it('splits a failed batch into single retries, and a 4xx makes BulkSMS discard that message', async () => {
		const sent = (
			await runBulkSms(fixtures, {
				resource: 'message',
				operation: 'send',
				to: '+27004440001,+27004440002,+27004440003',
				message: 'split',
			})
		).output('BulkSMS');
		calls.length = 0;
		sim.webhookCalls.length = 0;
		outage = [500, 400];
		const ids = sent.map((m) => m.id);
		sim.advanceStatuses((m) => ids.includes(m.id));
		await sim.settled();
		expect(sim.webhookCalls.map((c) => [c.messageIds, c.status, c.outcome])).toEqual([
			[ids, 500, 'retry'],
			[[ids[0]], 400, 'discarded'],
			[[ids[1]], 200, 'delivered'],
			[[ids[2]], 200, 'delivered'],
		]);
		expect(itemsOf(calls).map((i) => i.id)).toEqual([ids[1], ids[2]]);
	});

	it('takes over its own webhooks when the secret was lost, instead of creating duplicates', async () => {
		const ids = [...sim.webhooks.keys()];
		const data = life.staticData()!;
		delete data.secret;
		expect(await life.checkExists()).toBe(false);
		expect(await life.create()).toBe(true);
		const { secret } = life.staticData() as { secret: string };
		expect([...sim.webhooks.keys()]).toEqual(ids);
		expect([...sim.webhooks.values()].map((h) => h.url)).toEqual([
			`${N8N_WEBHOOK_URL}?secret=${secret}`,
			`${N8N_WEBHOOK_URL}?secret=${secret}`,
		]);
		expect(await life.checkExists()).toBe(true);
	});

	it('deletes its webhooks on deactivation, tolerating one that is already gone', async () => {
		const { webhookIds } = life.staticData() as { webhookIds: Record<string, number> };
		sim.webhooks.delete(webhookIds.SENT);
		expect(await life.checkExists()).toBe(false);
		expect(await life.delete()).toBe(true);
		expect(sim.requests({ method: 'DELETE' }).map((r) => [r.path, r.status])).toEqual([
			[`/v1/webhooks/${webhookIds.RECEIVED}`, 200],
			[`/v1/webhooks/${webhookIds.SENT}`, 404],
		]);
		expect(sim.webhooks.size).toBe(0);
		expect(life.staticData()).toEqual({});
	});

	it('reports a deletion that failed, clears its data, and takes the left-over webhook over next time', async () => {
		expect(await life.create()).toBe(true);
		const ids = [...sim.webhooks.keys()];
		sim.addFault({ status: 500, times: 1, match: (r) => r.method === 'DELETE' });
		expect(await life.delete()).toBe(false);
		expect(life.staticData()).toEqual({});
		expect([...sim.webhooks.keys()]).toEqual([ids[0]]);
		expect(await life.create()).toBe(true);
		expect(sim.webhooks.has(ids[0])).toBe(true);
		expect(sim.webhooks.size).toBe(2);
		expect(await life.delete()).toBe(true);
		expect(sim.webhooks.size).toBe(0);
	});

	it('says why when the account refuses API tokens on the webhook endpoints', async () => {
		sim.webhooksRefuseTokens = true;
		try {
			const { tokenId, tokenSecret } = BulkSmsSimulator.defaults;
			const tokenFixtures = {
				...fixtures,
				credentials: { bulkSmsApi: { username: tokenId, password: tokenSecret, baseUrl: sim.apiUrl } },
			};
			const tokenLife = webhookLifecycle(trigger, node, tokenFixtures);
			await expect(tokenLife.create()).rejects.toThrow(
				'BulkSMS: Forbidden: The Webhooks API requires a username and password and does not work with an API Token',
			);
		} finally {
			sim.webhooksRefuseTokens = false;
		}
	});
});
