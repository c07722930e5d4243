/**
 * The package in n8n 2.8.4's queue mode (scripts/queue-mode.ts): PostgreSQL and Redis, the main process (the
 * editor, the API, activations and pollers; production webhooks off), two workers and a webhook processor, each
 * with the package installed in its own user folder the community way. The providers reach n8n only through the
 * webhook processor; every execution must run on a worker; registrations, pollers and secrets must behave as they
 * do in a single n8n. Figures at scale are bench/queue-mode.ts's; this file runs a small load.
 */
import { existsSync } from 'node:fs';
import { connect } from 'node:net';

import { packageLoadErrors, packageNodeTypes } from '../../scripts/n8n-server';
import { executionsRunBy, processName as nameOf } from '../../scripts/queue-mode';
import type { BulkSmsSimulator } from '../../simulators/bulksms';
import type { CallrSimulator, Push } from '../../simulators/callr';
import type { SimRequest, Simulator } from '../../simulators/core/server';
import type { Json } from './harness';
import { activate, createWorkflow, deactivate, eventually, executions, exampleFiles, importable, waitForExecutions } from './harness';
import { PROVIDERS } from './providers';
import { bulkSendWorkflow, measureInbound } from './queue/load';
import type { QueueE2e } from './queue/setup';
import { startQueueE2e } from './queue/setup';

jest.setTimeout(10 * 60 * 1000);

const PREFIX = 'n8n-nodes-telephony.';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const providerOf = (file: string) => Object.keys(PROVIDERS).find((p) => file.startsWith(`${p}-`))!;
const specOf = (file: string) => PROVIDERS[providerOf(file)].triggers[file];
const triggerFiles = exampleFiles().filter((f) => specOf(f) !== undefined);
const webhookFiles = triggerFiles.filter((f) => !specOf(f).polling);
const pollingFiles = triggerFiles.filter((f) => specOf(f).polling);

/** Requests that add or remove a provider-side webhook registration (what activation and deactivation send). */
const REGISTRATION_WRITES: Record<string, (r: SimRequest) => boolean> = {
	bulksms: (r) => r.method !== 'GET' && r.path.startsWith('/v1/webhooks'),
	callr: (r) => /^webhooks\.(subscribe|unsubscribe)$/.test(String((r.body as Json | undefined)?.method)),
	ytel: (r) => (r.method === 'PUT' && r.path.startsWith('/v4/number/')) || (r.method !== 'GET' && r.path.startsWith('/v4/callback/')),
};

/** The read each poll of a polling example starts with (a poll that finds nothing makes no other). */
const POLL_READS: Record<string, RegExp> = {
	'cecula-sync-poll-inbox-keywords.json': /\/get-new-sms$/,
	'ictcore-inbound-sms-auto-reply.json': /\/transmissions\/?$/,
	'ytel-poll-calls-text-back.json': /^\/v4\/logs\/call\/?$/,
};
const isPollRead = (file: string, r: SimRequest) => r.method === 'GET' && POLL_READS[file].test(r.path);

describe('n8n 2.8.4 in queue mode: main, two workers and a webhook processor on PostgreSQL and Redis', () => {
	let e2e: QueueE2e;
	const processes = () => [e2e.queue.main, ...e2e.queue.webhooks, ...e2e.queue.workers];
	/** The processes whose log says they ran the execution. */
	const ranBy = (id: string) =>
		[...executionsRunBy(processes()).entries()].filter(([, ids]) => ids.has(id)).map(([server]) => nameOf(server));
	/** Each execution ran on exactly one worker (the worker logs a job as it takes it: give the log a moment). */
	const expectRunOnWorkers = async (ids: string[]) => {
		await eventually(() => ids.every((id) => ranBy(id).length > 0), 'the workers log the executions', 10_000);
		for (const id of ids) expect({ id, ranBy: ranBy(id) }).toEqual({ id, ranBy: [expect.stringMatching(/^worker-\d$/)] });
	};
	const simOf = (provider: string) => e2e.sim<Simulator>(provider);
	type Created = Awaited<ReturnType<typeof createWorkflow>>;
	/** Creates the workflow on main and hands it over; it is left deactivated whatever happens. */
	const withWorkflow = async (data: Parameters<typeof createWorkflow>[1], use: (workflow: Created) => Promise<void>) => {
		const workflow = await createWorkflow(e2e.queue.client, data);
		try {
			await use(workflow);
		} finally {
			await deactivate(e2e.queue.client, workflow.id).catch(() => undefined);
		}
	};
	const credentialOf = (type: string) => e2e.simulators.flatMap((s) => [...s.credentials.values()]).find((c) => c.type === type)!;

	beforeAll(async () => {
		const started = Date.now();
		// QUEUE_MODE_TARBALL: a package built elsewhere instead of `npm pack` of this clone's dist/
		e2e = await startQueueE2e({ workers: 2, tarball: process.env.QUEUE_MODE_TARBALL || undefined });
		console.log(`queue mode ready with the package in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	});

	afterAll(async () => {
		// a no-op when the last test stopped everything already
		await e2e?.stop();
	});

	// Pollers tick once a minute: the polling examples start first and are checked last, when two ticks have passed.
	const polling = new Map<string, { workflowId: string; trigger: string; activatedAt: number; firedAt: number; pollsFrom: number }>();

	it('activates every polling example on main, which polls once at activation; the provider then gets an event', async () => {
		await Promise.all(
			pollingFiles.map(async (file) => {
				const sim = simOf(providerOf(file));
				const workflow = await createWorkflow(e2e.queue.client, importable(file, e2e.simulators));
				const pollsFrom = sim.log.length;
				const activatedAt = Date.now();
				await activate(e2e.queue.client, workflow.id);
				const reads = () => sim.log.slice(pollsFrom).filter((r) => isPollRead(file, r)).length;
				await eventually(() => reads() > 0, `${file}: the poll at activation`, 30_000);
				// the first poll only notes what is there: the event comes after it, as it would for a user
				for (let seen = -1; seen !== sim.log.length; await sleep(2000)) seen = sim.log.length;
				await specOf(file).fire(sim);
				const trigger = workflow.nodes.find((n) => n.type.startsWith(PREFIX) && /Trigger$/.test(n.type))!.name;
				polling.set(file, { workflowId: workflow.id, trigger, activatedAt, firedAt: Date.now(), pollsFrom });
			}),
		);
		expect([...polling.keys()].sort()).toEqual([...pollingFiles].sort());
	});

	it('loads the package in every process (main, webhook processor, workers) without a load error', async () => {
		for (const server of processes()) expect({ process: nameOf(server), errors: packageLoadErrors(server.log()) }).toEqual({ process: nameOf(server), errors: [] });
		const loaded = new Set((await e2e.queue.client.nodeTypes()).map((t) => t.name));
		expect(packageNodeTypes().filter((t) => !loaded.has(t))).toEqual([]);
	});

	describe.each(webhookFiles)('trigger example %s', (file) => {
		it('registers once from main for the webhook processor, runs deliveries on a worker, refuses forged ones, unregisters once', async () => {
			const provider = providerOf(file);
			const spec = specOf(file);
			const sim = simOf(provider);
			const { client, webhookBaseUrl } = e2e.queue;
			await withWorkflow(importable(file, e2e.simulators), async (workflow) => {
				const trigger = workflow.nodes.find((n) => n.type.startsWith(PREFIX) && /Trigger$/.test(n.type))!;
				const prefix = `${webhookBaseUrl}/webhook/${trigger.webhookId}/`;
				const writesFrom = sim.log.length;
				const writes = () => sim.log.slice(writesFrom).filter((r) => !r.fault && (REGISTRATION_WRITES[provider]?.(r) ?? false)).length;
				await activate(client, workflow.id);
				let urls: string[];
				if (spec.paste) {
					urls = [spec.paste(sim, trigger as { webhookId?: string; parameters?: Json }, webhookBaseUrl)];
					// an empty object is a payload the trigger ignores: 200 once the webhook processor knows the URL
					const probe = async () => (await fetch(urls[0], { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status;
					await eventually(async () => (await probe()) === 200, 'the pasted URL is live on the webhook processor');
				} else {
					await eventually(() => spec.registrations!(sim, prefix).length > 0, 'the provider sees the registration');
					urls = spec.registrations!(sim, prefix);
					// a request without the secret or signature: refused by the webhook processor once it knows the URL
					const probe = async () => (await fetch(urls[0].split('?')[0], { method: 'POST' })).status;
					await eventually(async () => [401, 403].includes(await probe()), 'the registered URL is live on the webhook processor');
				}
				expect(urls.every((url) => url.startsWith(prefix))).toBe(true);
				// main takes no production webhook (N8N_DISABLE_PRODUCTION_MAIN_PROCESS): only the webhook processor's URL works
				expect((await fetch(urls[0].replace(webhookBaseUrl, e2e.queue.main.baseUrl), { method: 'POST' })).status).toBe(404);

				await spec.fire(sim);
				const [execution] = await waitForExecutions(client, workflow.id, 1, 30_000);
				expect({ mode: execution.mode, status: execution.status, errors: execution.errors }).toEqual({ mode: 'webhook', status: 'success', errors: {} });
				expect(execution.items[trigger.name]).toMatchObject(spec.expectedItems);
				spec.check?.(execution, sim);
				await expectRunOnWorkers([execution.id]);

				// the secret made at activation on main is what the webhook processor checks against
				if (spec.forge) for (const url of urls) expect([401, 403, ...(spec.paste ? [404] : [])]).toContain(await spec.forge(url));
				await sleep(1000);
				expect((await executions(client, workflow.id)).length).toBe(1);

				// registrations: one write per registered URL, from main alone, however long the other processes run
				expect(writes()).toBe(REGISTRATION_WRITES[provider] ? urls.length : 0);
				await deactivate(client, workflow.id);
				if (spec.registrations) await eventually(() => spec.registrations!(sim, prefix).length === 0, 'deactivation removes the registration');
				await sleep(1000);
				expect(writes()).toBe(REGISTRATION_WRITES[provider] ? 2 * urls.length : 0);
			});
		});
	});

	it('CALLR, sharing seen event ids: a repeated push is dropped by the webhook processor that saw it, and by another one unless its id was lost', async () => {
		const sim = e2e.sim<CallrSimulator>('callr');
		const { client, webhookBaseUrl } = e2e.queue;
		const example = importable('callr-sms-auto-reply.json', e2e.simulators);
		const trigger = example.nodes.find((n) => n.type === `${PREFIX}callrTrigger`)!;
		const parameters = trigger.parameters as Json;
		trigger.parameters = { ...parameters, options: { ...(parameters.options as Json), shareSeenEventIds: true } };
		await withWorkflow(example, async (workflow) => {
			const webhookId = workflow.nodes.find((n) => n.type === `${PREFIX}callrTrigger`)!.webhookId;
			// this activation's first tries (the example's webhook id was used by the trigger test before, with another secret)
			const pushesFrom = sim.pushes.length;
			const ours = () => sim.pushes.slice(pushesFrom).filter((p) => p.url.includes(`/webhook/${webhookId}/`) && p.event.try === 0);
			const runs = async () => (await executions(client, workflow.id)).length;
			await activate(client, workflow.id);
			await eventually(() => [...sim.webhooks.values()].some((h) => h.endpoint.includes(webhookId!)), 'CALLR has the subscription');
			sim.receiveSms('+14155550111', '+33184800000', 'first');
			await waitForExecutions(client, workflow.id, 1);
			await sim.idle(); // answered: the webhook processor has saved the event id in the workflow's static data
			// ten more at once, then every push again, to the same webhook processor
			for (let i = 0; i < 10; i++) sim.receiveSms(`+1415555012${i}`, '+33184800000', `burst ${i}`);
			await waitForExecutions(client, workflow.id, 11);
			await sim.idle();
			for (const push of ours()) expect((await sim.replay(push)).status).toBe(200);
			await sleep(1500);
			expect(await runs()).toBe(11);

			// the ids as saved: each of the ten requests saved the whole static data, and the last save won
			const staticData = (await client.api('GET', `/workflows/${workflow.id}`)).json.staticData as Json;
			const kept = (staticData['node:CALLR Trigger'] as Json).recentEventIds as string[];
			const [first, ...burst] = ours();
			expect(burst).toHaveLength(10);
			expect(kept).toContain(String(first.event.event_id));
			const lost = burst.filter((p) => !kept.includes(String(p.event.event_id))).length;
			console.log(`CALLR: ${10 - lost} of 10 event ids pushed at once kept in static data`);

			// another webhook processor (behind the same load balancer) knows only the static data
			const other = await e2e.queue.addWebhookProcessor();
			const toOther = (push: Push) => ({ ...push, url: push.url.replace(webhookBaseUrl, other.baseUrl) });
			for (const push of ours()) expect((await sim.replay(toOther(push))).status).toBe(200);
			await sleep(1500);
			expect(await runs()).toBe(11 + lost);
		});
	});

	it('sends a bulk of 10,000 SMS in one execution on a worker: BulkSMS gets exactly 10,000 messages', async () => {
		const bulk = e2e.sim<BulkSmsSimulator>('bulksms');
		const { client, webhookBaseUrl } = e2e.queue;
		const path = `bulk${Date.now()}`;
		await withWorkflow(bulkSendWorkflow(path, credentialOf('bulkSmsApi'), 10_000), async (workflow) => {
			await activate(client, workflow.id);
			const started = Date.now();
			const res = await fetch(`${webhookBaseUrl}/webhook/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
			expect(res.status).toBe(200);
			const [execution] = await waitForExecutions(client, workflow.id, 1, 180_000);
			console.log(`10,000 SMS sent from a worker in ${((Date.now() - started) / 1000).toFixed(1)} s`);
			expect({ status: execution.status, errors: execution.errors }).toEqual({ status: 'success', errors: {} });
			expect(execution.items.Send).toHaveLength(10_000);
			const sent = bulk.messages.filter((m) => m.userSuppliedId === path);
			expect(sent).toHaveLength(10_000);
			expect(new Set(sent.map((m) => m.to)).size).toBe(10_000);
			// in batches of 4,000 (the node's default): three submissions (a retried request keeps its deduplication id)
			const submissions = bulk.requests({ method: 'POST', path: '/v1/messages' }).filter((r) => (r.body as Json[])[0]?.userSuppliedId === path);
			expect(new Set(submissions.map((r) => r.query['deduplication-id'])).size).toBe(3);
			await expectRunOnWorkers([execution.id]);
		});
	});

	it('spreads a burst of inbound SMS over both workers: every delivery accepted and executed once', async () => {
		const bulk = e2e.sim<BulkSmsSimulator>('bulksms');
		const { client, webhookBaseUrl } = e2e.queue;
		await withWorkflow(importable('bulksms-auto-reply.json', e2e.simulators), async (workflow) => {
			const trigger = workflow.nodes.find((n) => n.type === `${PREFIX}bulkSmsTrigger`)!;
			await activate(client, workflow.id);
			const prefix = `${webhookBaseUrl}/webhook/${trigger.webhookId}/`;
			await eventually(() => [...bulk.webhooks.values()].some((h) => h.url.startsWith(prefix)), 'BulkSMS has the webhook');
			const hook = [...bulk.webhooks.values()].find((h) => h.url.startsWith(prefix))!;
			const figures = await measureInbound(e2e, { id: workflow.id, trigger: trigger.name, hookId: hook.id }, 60, 10, 120_000);
			const { executionIds, ...shown } = figures;
			console.log(`60 inbound SMS, 2 workers: ${JSON.stringify(shown)}`);
			expect({ accepted: figures.accepted, succeeded: figures.succeeded, executions: executionIds.length }).toEqual({ accepted: 60, succeeded: 60, executions: 60 });
			await expectRunOnWorkers(executionIds);
			const perWorker = e2e.queue.workers.map((w) => executionIds.filter((id) => ranBy(id).includes(nameOf(w))).length);
			console.log(`executions per worker: ${perWorker.join(', ')}`);
			expect(perWorker.every((n) => n > 0)).toBe(true);
		});
	});

	describe.each(pollingFiles)('polling example %s', (file) => {
		it('polls on main alone, once a tick, and emits the event once, on a worker', async () => {
			const state = polling.get(file);
			if (!state) throw new Error(`${file} was not activated (see the first test)`);
			const { client } = e2e.queue;
			const sim = simOf(providerOf(file));
			const [execution] = await waitForExecutions(client, state.workflowId, 1, Math.max(10_000, state.firedAt + 75_000 - Date.now()));
			expect({ mode: execution.mode, status: execution.status }).toEqual({ mode: 'trigger', status: 'success' });
			expect(execution.items[state.trigger]).toMatchObject(specOf(file).expectedItems);
			await expectRunOnWorkers([execution.id]);
			// one more tick after the run: the event must not come again
			const ranAt = Date.parse(String(execution.raw.stoppedAt));
			const reads = () => sim.log.slice(state.pollsFrom).filter((r) => isPollRead(file, r));
			await eventually(() => reads().some((r) => r.receivedAt > ranAt + 1000), 'a poll after the run', 75_000);
			await sleep(3000);
			expect((await executions(client, state.workflowId)).length).toBe(1);
			await deactivate(client, state.workflowId);
			// one poller: polls (runs of reads) start a tick apart; pollers in several processes would poll side by side
			const starts = reads()
				.map((r) => r.receivedAt)
				.filter((t, i, all) => i === 0 || t - all[i - 1] > 5000);
			const minutes = (Date.now() - state.activatedAt) / 60_000;
			const at = starts.map((t) => Math.round((t - state.activatedAt) / 1000));
			console.log(`${file}: ${starts.length} polls (${reads().length} reads) in ${minutes.toFixed(1)} min, at ${at.join(', ')} s`);
			// the poll at activation, then one a minute (the first tick may come right after activation)
			expect(starts.length).toBeLessThanOrEqual(Math.floor(minutes) + 2);
			for (let i = 2; i < starts.length; i++) expect(starts[i] - starts[i - 1]).toBeGreaterThan(50_000);
			// pollers ticking at the same second would show as one poll with their reads added up
			expect(reads().length / starts.length).toBeLessThan(2.5);
		});
	});

	it('shares session tokens through the credential in the database: one Ytel login for main and the workers', () => {
		const ytel = simOf('ytel');
		// main logged in first (activation and polls) and saved the token; the replies sent on the workers reused it
		expect(ytel.requests({ method: 'POST', path: /^\/v4\/sms\/?$/ }).length).toBeGreaterThan(0);
		expect(ytel.requests({ method: 'POST', path: '/auth/v3/token' })).toHaveLength(1);
	});

	it('stops everything it started: no process left, no port open, the temporary folders removed', async () => {
		const groups = e2e.queue.processGroups();
		const ports = e2e.queue.ports();
		expect(groups.map((g) => g.name).sort()).toEqual(['main', 'postgres', 'redis', 'webhook', 'webhook-2', 'worker-1', 'worker-2']);
		await e2e.stop();
		const alive = (pgid: number) => {
			try {
				process.kill(-pgid, 0);
				return true;
			} catch {
				return false;
			}
		};
		expect(groups.filter((g) => alive(g.pgid))).toEqual([]);
		const open = async (port: number) =>
			await new Promise<boolean>((resolve) => {
				const socket = connect(port, '127.0.0.1');
				socket.once('connect', () => {
					socket.destroy();
					resolve(true);
				});
				socket.once('error', () => resolve(false));
			});
		expect((await Promise.all(ports.map(async (port) => ((await open(port)) ? [port] : [])))).flat()).toEqual([]);
		expect(existsSync(e2e.queue.folder)).toBe(false);
	});
});
