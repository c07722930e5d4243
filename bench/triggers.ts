/**
 * Scenario 4, trigger throughput, in a real n8n 2.8.4 (the cached install, started offline on loopback) with this
 * package installed the community way (`npm pack` of dist/, unpacked into the user folder's nodes/). One active
 * workflow per webhook trigger of the package, trigger → No Operation, and the same shape with n8n's generic Webhook
 * node. Each gets the same number of inbound webhooks (2,000; 100 with --quick) from a client that keeps
 * CONCURRENCY requests in flight; every request is the one the provider's simulator builds for an event (signed for
 * CALLR, the secret in the query for BulkSMS and Ytel, in the path for Cecula Sync), captured instead of sent.
 * Figures: accepted requests per second, p50/p99 latency (sent to answered), n8n's CPU time over the requests (all
 * its threads, from /proc), and the time until n8n has finished every execution they started. The subjects take
 * turns in rounds, so a change in the machine's load weighs on all of them alike.
 * ICTCore has no callbacks (its trigger only polls): it has no row here.
 *
 * Run on its own: npx ts-node --transpile-only bench/triggers.ts [--quick]
 * BENCH_N8N_CPU_PROFILE=<folder>: a V8 CPU profile of n8n's main thread per measured burst (bench/n8n-cpu-profile.js).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { N8nServer } from '../scripts/n8n-server';
import { installN8n, installPackage, N8nClient, packPackage, startN8n } from '../scripts/n8n-server';
import { BulkSmsSimulator } from '../simulators/bulksms';
import { sandbox as bulkSmsSandbox } from '../simulators/bulksms/sandbox';
import { CallrSimulator } from '../simulators/callr';
import { sandbox as callrSandbox } from '../simulators/callr/sandbox';
import { CeculaSyncSimulator } from '../simulators/cecula-sync';
import { sandbox as ceculaSandbox } from '../simulators/cecula-sync/sandbox';
import type { SandboxEntry, Simulator } from '../simulators/core/server';
import type { DeliveryOptions, DeliveryResult } from '../simulators/core/webhooks';
import { YtelSimulator } from '../simulators/ytel';
import { sandbox as ytelSandbox } from '../simulators/ytel/sandbox';
import { activate, createCredential, createWorkflow, deactivate } from '../test/e2e/harness';
import type { Figure, Suite } from './harness';
import { percentile, runStandalone } from './harness';

/** n8n's HTTP port (its task broker on the next one): this benchmark's range is 5710–5719. */
const N8N_PORT = 5710;
/** Requests in flight at any time, as a provider that pushes a few events at once. */
export const CONCURRENCY = 10;
/** Scenario 4's bar: each trigger accepts at least this share of the Webhook node's requests per second. */
const TARGET_SHARE = 0.9;
const PACKAGE = 'n8n-nodes-telephony';
export const BASELINE = 'Webhook (n8n-nodes-base)';

type Json = Record<string, unknown>;

/** One inbound webhook, as the provider's simulator would have sent it. */
interface Delivery {
	url: string;
	method: string;
	headers: Record<string, string>;
	body: Buffer;
}

/** A workflow whose first node receives the webhooks, and how the provider makes requests for it. */
interface Subject {
	subject: string;
	label: string;
	/** The first node's type, version and parameters, and its webhook id (the editor gives one on paste). */
	trigger: { type: string; typeVersion: number; parameters: Json };
	webhookId: string;
	credentials?: Record<string, { id: string; name: string }>;
	/** `count` requests for events `first`… to the active workflow. */
	deliveries(count: number, first: number): Delivery[];
}

/**
 * The requests the simulator sends while `fire` runs, kept instead of sent: the provider's own URL, method, headers
 * (signature included) and body, to be replayed at a fixed concurrency.
 */
export function captureDeliveries(sim: Simulator, fire: () => void): Delivery[] {
	const captured: Delivery[] = [];
	sim.deliver = (url: string, options: DeliveryOptions): Promise<DeliveryResult> => {
		const body = Buffer.isBuffer(options.body)
			? options.body
			: Buffer.from(typeof options.body === 'string' ? options.body : JSON.stringify(options.body));
		captured.push({
			url,
			method: options.method ?? 'POST',
			headers: { 'content-type': options.contentType ?? 'application/json', ...(options.headers ?? {}) },
			body,
		});
		return Promise.resolve({ delivered: true, attempts: [{ status: 200 }], status: 200 });
	};
	try {
		fire();
	} finally {
		// back to the class's own delivery
		delete (sim as Partial<Simulator>).deliver;
	}
	return captured;
}

interface Burst {
	wallMs: number;
	/** Latency of every request, from sending it to the end of the answer. */
	latencies: number[];
	/** Answers by HTTP status. */
	statuses: Map<number, number>;
}

/** Sends every delivery with `concurrency` requests in flight, over kept-alive connections. */
async function burst(deliveries: Delivery[], concurrency: number): Promise<Burst> {
	const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
	const latencies: number[] = [];
	const statuses = new Map<number, number>();
	const send = (d: Delivery) =>
		new Promise<void>((resolve, reject) => {
			const started = process.hrtime.bigint();
			const req = http.request(
				d.url,
				{ method: d.method, agent, headers: { ...d.headers, 'content-length': String(d.body.length) } },
				(res) => {
					res.resume();
					res.on('end', () => {
						latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
						statuses.set(res.statusCode ?? 0, (statuses.get(res.statusCode ?? 0) ?? 0) + 1);
						resolve();
					});
				},
			);
			req.on('error', reject);
			req.end(d.body);
		});
	let next = 0;
	const started = process.hrtime.bigint();
	await Promise.all(
		Array.from({ length: Math.min(concurrency, deliveries.length) }, async () => {
			while (next < deliveries.length) await send(deliveries[next++]);
		}),
	);
	const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
	agent.destroy();
	return { wallMs, latencies, statuses };
}

/** CPU time (user + system, every thread) and resident memory of a process, from /proc (Linux; else undefined). */
function processStats(pid: number): { cpuMs: number; rssMb: number } | undefined {
	try {
		// the command name (field 2) may hold spaces: count the fields after its closing parenthesis
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
		// utime and stime are in clock ticks (USER_HZ, 100 per second on Linux); rss in 4 KiB pages
		return { cpuMs: (Number(fields[11]) + Number(fields[12])) * 10, rssMb: (Number(fields[21]) * 4096) / 2 ** 20 };
	} catch {
		return undefined;
	}
}

/** Finished executions of a workflow, and how many of them did not succeed (n8n's REST API, as its list uses it). */
async function executionCounts(client: N8nClient, workflowId: string): Promise<{ finished: number; failed: number }> {
	const count = async (status: string[]) => {
		const filter = encodeURIComponent(JSON.stringify({ workflowId, status }));
		const res = await client.rest('GET', `/executions?filter=${filter}&limit=1`);
		const data = res.json?.data as { count?: number } | undefined;
		if (res.status !== 200 || typeof data?.count !== 'number')
			throw new Error(`Cannot count executions: ${res.status} ${JSON.stringify(res.json).slice(0, 300)}`);
		return data.count;
	};
	const [success, failed] = await Promise.all([count(['success']), count(['error', 'crashed', 'canceled'])]);
	return { finished: success + failed, failed };
}

/** Waits until the workflow has `count` finished executions, all successful; returns when (ms since `since`). */
async function drained(client: N8nClient, workflowId: string, count: number, since: bigint): Promise<number> {
	const deadline = Date.now() + 120_000;
	for (;;) {
		const { finished, failed } = await executionCounts(client, workflowId);
		if (failed > 0) throw new Error(`${failed} execution(s) of workflow ${workflowId} did not succeed`);
		if (finished >= count) return Number(process.hrtime.bigint() - since) / 1e6;
		if (Date.now() > deadline) throw new Error(`workflow ${workflowId}: ${finished} of ${count} executions finished`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

/** Stops n8n's CPU profile (bench/n8n-cpu-profile.js) and gives the file it writes a name. */
async function saveProfile(pid: number, folder: string, name: string): Promise<void> {
	const before = new Set(readdirSync(folder));
	process.kill(pid, 'SIGUSR2');
	const deadline = Date.now() + 15_000;
	while (Date.now() < deadline) {
		const written = readdirSync(folder).find((f) => !before.has(f) && f.startsWith(`n8n-${pid}-`) && f.endsWith('.cpuprofile'));
		if (written) {
			renameSync(join(folder, written), join(folder, `${name.replace(/\W+/g, '-')}.cpuprofile`));
			return;
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`n8n wrote no CPU profile to ${folder}`);
}

/** Starts a provider simulator on a free port, with no latency: no provider request is made while webhooks come in. */
async function startSimulator<S extends Simulator>(entry: SandboxEntry, sim: S) {
	const baseUrl = await sim.start(0);
	return { sim, credential: entry.credentials(baseUrl)[0] };
}

interface Tally {
	latencies: number[];
	wallMs: number;
	cpuMs: number;
	drainMs: number;
	peakRssMb: number;
}

export const suite: Suite = {
	name: 'triggers',
	async run({ quick }) {
		const total = quick ? 100 : 2000;
		const rounds = quick ? 2 : 4;
		const warmUp = quick ? 10 : 100;
		const profile = process.env.BENCH_N8N_CPU_PROFILE;
		console.log('triggers: ICTCore has no row: ICTCore has no callbacks, its trigger only polls.');

		const n8nDir = installN8n();
		const userFolder = mkdtempSync(join(tmpdir(), 'n8n-telephony-bench-'));
		let server: N8nServer | undefined;
		const sims: Simulator[] = [];
		try {
			installPackage(userFolder, packPackage(join(userFolder, 'pack')));
			const bulk = await startSimulator(bulkSmsSandbox, new BulkSmsSimulator());
			const callr = await startSimulator(callrSandbox, new CallrSimulator());
			const cecula = await startSimulator(ceculaSandbox, new CeculaSyncSimulator());
			const ytel = await startSimulator(ytelSandbox, new YtelSimulator());
			sims.push(bulk.sim, callr.sim, cecula.sim, ytel.sim);
			const started = Date.now();
			server = await startN8n({
				n8nDir,
				userFolder,
				port: N8N_PORT,
				brokerPort: N8N_PORT + 1,
				timeoutMs: 180_000,
				env: {
					// Neither the editor's assets (compiled at every start) nor the task runner (Code nodes) takes part in
					// a webhook's path: off, they only shorten n8n's start.
					N8N_DISABLE_UI: 'true',
					N8N_RUNNERS_MODE: 'external',
					N8N_RUNNERS_AUTH_TOKEN: randomUUID(),
					...(profile ? { NODE_OPTIONS: `--require ${join(__dirname, 'n8n-cpu-profile.js')}` } : {}),
				},
			});
			const startupMs = Date.now() - started;
			const client = new N8nClient(server.baseUrl);
			await client.signIn();
			const credential = async (c: { name: string; type: string; data: Json }) => {
				const created = await createCredential(client, c);
				return { [c.type]: { id: created.id, name: created.name } };
			};
			const base = server.baseUrl;
			const webhookPath = randomUUID();
			const ceculaWebhookId = randomUUID();
			const ceculaSecret = randomUUID().replace(/-/g, '');
			// Cecula Sync has no webhook API: the user pastes the production URL (it ends in the secret)
			cecula.sim.webhooks.inboundSms = `${base}/webhook/${ceculaWebhookId}/${ceculaSecret}`;
			const bulkSms = (count: number, first: number) =>
				captureDeliveries(bulk.sim, () => {
					for (let i = first; i < first + count; i++)
						bulk.sim.receive({ from: `+2700${String(i).padStart(7, '0')}`, body: `Where is my order ${i}?` });
				});

			const subjects: Subject[] = [
				{
					subject: BASELINE,
					label: 'Webhook node, POST, respond immediately, no auth',
					trigger: {
						type: 'n8n-nodes-base.webhook',
						typeVersion: 2,
						parameters: { httpMethod: 'POST', path: webhookPath, options: {} },
					},
					webhookId: randomUUID(),
					// BulkSMS's requests (a JSON list with the received message), sent to the Webhook node's URL
					deliveries: (count, first) => bulkSms(count, first).map((d) => ({ ...d, url: `${base}/webhook/${webhookPath}` })),
				},
				{
					subject: 'BulkSMS',
					label: 'BulkSMS Trigger, received SMS, secret in the query',
					trigger: { type: `${PACKAGE}.bulkSmsTrigger`, typeVersion: 1, parameters: { events: ['RECEIVED'], options: {} } },
					webhookId: randomUUID(),
					credentials: await credential(bulk.credential),
					deliveries: bulkSms,
				},
				{
					subject: 'CALLR',
					label: 'CALLR Trigger, sms.mo, HMAC-SHA256 signature',
					trigger: { type: `${PACKAGE}.callrTrigger`, typeVersion: 1, parameters: { events: ['sms.mo'] } },
					webhookId: randomUUID(),
					credentials: await credential(callr.credential),
					deliveries: (count, first) =>
						captureDeliveries(callr.sim, () => {
							for (let i = first; i < first + count; i++)
								callr.sim.receiveSms(`+1415555${String(i).padStart(4, '0')}`, '+33184800000', `Hello ${i}`);
						}),
				},
				{
					subject: 'Cecula Sync',
					label: 'Cecula Sync Trigger, inbound SMS, secret in the path',
					trigger: {
						type: `${PACKAGE}.ceculaSyncTrigger`,
						typeVersion: 1,
						parameters: { mode: 'webhook', webhookSecret: ceculaSecret, events: ['inboundSms'] },
					},
					webhookId: ceculaWebhookId,
					credentials: await credential(cecula.credential),
					deliveries: (count, first) =>
						captureDeliveries(cecula.sim, () => {
							for (let i = first; i < first + count; i++) cecula.sim.receiveSms(`0818${String(i).padStart(7, '0')}`, `Hello ${i}`);
						}),
				},
				{
					subject: 'Ytel',
					label: 'Ytel Trigger, number SMS URL (form), secret in the query',
					trigger: {
						type: `${PACKAGE}.ytelTrigger`,
						typeVersion: 1,
						parameters: { mode: 'webhook', source: 'phoneNumber', phoneNumber: '+14155550100', numberEvents: ['smsReceived'] },
					},
					webhookId: randomUUID(),
					credentials: await credential(ytel.credential),
					deliveries: (count, first) =>
						captureDeliveries(ytel.sim, () => {
							for (let i = first; i < first + count; i++)
								ytel.sim.receiveSms(`+1949555${String(i).padStart(4, '0')}`, '+14155550100', `Hello ${i}`);
						}),
				},
			];

			// One active workflow per subject: trigger → No Operation. Activation registers the package's triggers at
			// the simulators (BulkSMS also checks the URL with a ping).
			const workflows: string[] = [];
			for (const s of subjects) {
				const workflow = await createWorkflow(client, {
					name: `bench ${s.subject}`,
					nodes: [
						{
							id: randomUUID(),
							name: 'Trigger',
							position: [0, 0],
							webhookId: s.webhookId,
							...s.trigger,
							...(s.credentials ? { credentials: s.credentials } : {}),
						},
						{ id: randomUUID(), name: 'Done', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [200, 0], parameters: {} },
					],
					connections: { Trigger: { main: [[{ node: 'Done', type: 'main', index: 0 }]] } },
					settings: { executionOrder: 'v1' },
				});
				await activate(client, workflow.id);
				workflows.push(workflow.id);
			}

			const tallies: Tally[] = subjects.map(() => ({ latencies: [], wallMs: 0, cpuMs: 0, drainMs: 0, peakRssMb: 0 }));
			const sent = subjects.map(() => 0);
			const pid = server.process.pid!;
			const run = async (i: number, count: number, measured: boolean) => {
				const { subject } = subjects[i];
				const deliveries = subjects[i].deliveries(count, sent[i]);
				if (deliveries.length !== count) throw new Error(`${subject}: ${deliveries.length} requests for ${count} events`);
				if (profile && measured) process.kill(pid, 'SIGUSR2');
				const before = processStats(pid);
				const start = process.hrtime.bigint();
				const b = await burst(deliveries, CONCURRENCY);
				sent[i] += count;
				if (profile && measured) await saveProfile(pid, profile, `${subject.split(' (')[0]}-${sent[i]}`);
				// every request must have started one execution, and every execution must have succeeded
				const drainMs = await drained(client, workflows[i], sent[i], start);
				const after = processStats(pid);
				const refused = [...b.statuses].filter(([status]) => status < 200 || status >= 300);
				if (refused.length) throw new Error(`${subject}: answers ${JSON.stringify(refused)} (status, count)`);
				if (!measured) return;
				const t = tallies[i];
				t.latencies.push(...b.latencies);
				t.wallMs += b.wallMs;
				t.drainMs += drainMs;
				if (before && after) {
					t.cpuMs += after.cpuMs - before.cpuMs;
					t.peakRssMb = Math.max(t.peakRssMb, after.rssMb);
				}
			};
			for (let i = 0; i < subjects.length; i++) await run(i, warmUp, false);
			// each round starts with the next subject, so that none always follows the same one
			for (let round = 0; round < rounds; round++) {
				for (let k = 0; k < subjects.length; k++) await run((round + k) % subjects.length, total / rounds, true);
			}
			for (const id of workflows) await deactivate(client, id);

			const rate = (t: Tally) => t.latencies.length / (t.wallMs / 1000);
			const baseline = rate(tallies[0]);
			return subjects.map((s, i): Figure => {
				const t = tallies[i];
				const share = rate(t) / baseline;
				return {
					scenario: 4,
					subject: s.subject,
					label: `${s.label}, ${CONCURRENCY} at a time`,
					items: total,
					requests: t.latencies.length,
					wallMs: t.wallMs,
					cpuMs: t.cpuMs || undefined,
					requestsPerSecond: rate(t),
					latencyP50Ms: percentile(t.latencies, 0.5),
					latencyP99Ms: percentile(t.latencies, 0.99),
					drainMs: t.drainMs,
					peakRssMb: t.peakRssMb || undefined,
					...(i === 0
						? {}
						: {
								peerShare: share,
								target: `>= ${TARGET_SHARE * 100}% of the Webhook node's req/s`,
								pass: share >= TARGET_SHARE,
							}),
					note:
						`CPU and RSS are the n8n server's; ${(t.cpuMs / t.latencies.length).toFixed(1)} ms CPU per request; ` +
						`all executions done ${(t.drainMs - t.wallMs).toFixed(0)} ms after the last answer (sum over ` +
						`${rounds} rounds); n8n started in ${startupMs} ms`,
				};
			});
		} finally {
			await server?.stop();
			await Promise.all(sims.map((s) => s.stop()));
			rmSync(userFolder, { recursive: true, force: true });
		}
	},
};

runStandalone(module, suite);
