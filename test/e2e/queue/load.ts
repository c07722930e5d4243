/**
 * Load through n8n in queue mode, shared by test/e2e/queue-mode.test.ts (small) and bench/queue-mode.ts (2,000
 * events): inbound SMS delivered by the BulkSMS simulator to a trigger's webhook with a bounded number in flight,
 * then every execution read back through the public API to time it against its delivery.
 */
import { randomUUID } from 'node:crypto';

import type { BulkSmsSimulator } from '../../../simulators/bulksms';
import type { Json } from '../harness';
import type { QueueE2e } from './setup';
import { allExecutions } from './setup';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Delivery {
	/** When each message (by BulkSMS message id) was handed to the simulator's webhook delivery (ms since epoch). */
	sentAt: Map<string, number>;
	startedAt: number;
	/** When the last delivery was answered. */
	answeredAt: number;
	/** Messages n8n answered with a 2xx. */
	accepted: number;
}

/**
 * Inbound SMS to the BulkSMS webhook `hookId`, one per invocation, never more than `concurrency` unanswered (a
 * provider's delivery pool). Resolves once every message has its final answer (after BulkSMS's own retries).
 */
export async function deliverInbound(bulk: BulkSmsSimulator, hookId: number, count: number, concurrency: number): Promise<Delivery> {
	const sentAt = new Map<string, number>();
	let scanned = bulk.webhookCalls.length;
	let finished = 0;
	let accepted = 0;
	const update = () => {
		for (; scanned < bulk.webhookCalls.length; scanned++) {
			const call = bulk.webhookCalls[scanned];
			// validation pings carry no message; a 'retry' record is followed by the message's final one
			if (call.hookId !== hookId || call.messageIds.length === 0 || call.outcome === 'retry') continue;
			finished += call.messageIds.length;
			if (call.outcome === 'delivered') accepted += call.messageIds.length;
		}
	};
	const startedAt = Date.now();
	for (let i = 0; i < count; i++) {
		for (update(); i - finished >= concurrency; update()) await sleep(1);
		const message = bulk.receive({ from: `+2772${String(i).padStart(7, '0')}`, body: `Load test message ${i}` });
		sentAt.set(message.id, Date.now());
	}
	for (update(); finished < count; update()) await sleep(5);
	return { sentAt, startedAt, answeredAt: Date.now(), accepted };
}

/** Newest execution id of any workflow (ids grow by one per execution). */
async function newestExecutionId(e2e: QueueE2e): Promise<number> {
	const res = await e2e.queue.client.api('GET', '/executions?limit=1');
	return Number(((res.json.data ?? []) as Json[])[0]?.id ?? 0);
}

/**
 * Waits until `count` executions newer than `after` have finished on the workers, then returns this workflow's
 * executions newer than `after`, with their data. The workers' logs are watched meanwhile (reading them costs n8n
 * nothing, unlike listing thousands of executions through the API while it works).
 */
async function finishedRuns(e2e: QueueE2e, workflowId: string, after: number, count: number, timeoutMs: number) {
	const deadline = Date.now() + timeoutMs;
	const finished = () =>
		e2e.queue.workers.reduce(
			(sum, w) => sum + [...w.log().matchAll(/Worker finished execution (\d+)/g)].filter((m) => Number(m[1]) > after).length,
			0,
		);
	while (finished() < count && Date.now() < deadline) await sleep(500);
	for (;;) {
		const runs = (await allExecutions(e2e.queue, workflowId, true)).filter((e) => Number(e.id) > after && e.stoppedAt);
		if (runs.length >= count) return runs;
		if (Date.now() > deadline) throw new Error(`${runs.length} of ${count} executions of workflow ${workflowId} finished in time`);
		await sleep(1000);
	}
}

export function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface LoadFigures {
	events: number;
	concurrency: number;
	accepted: number;
	succeeded: number;
	acceptedPerSecond: number;
	executedPerSecond: number;
	/** Delivery to finished execution (stoppedAt), ms. */
	p50Ms: number;
	p99Ms: number;
	/** Delivery to the start of the execution on a worker (startedAt): time in the queue, ms. */
	queueP50Ms: number;
	queueP99Ms: number;
	/** The execution itself, startedAt to stoppedAt, ms. */
	runP50Ms: number;
	/** Execution ids, to check where they ran. */
	executionIds: string[];
}

/** The first item the trigger node output in an execution read with its data. */
function triggerItem(data: Json | undefined, trigger: string): Json | undefined {
	const runData = (data as { resultData?: { runData?: Record<string, Array<{ data?: { main?: Array<Array<{ json: Json }>> } }>> } })
		?.resultData?.runData;
	return runData?.[trigger]?.[0]?.data?.main?.[0]?.[0]?.json;
}

/** Delivers `count` inbound SMS and times every execution they started, matched by the message id it carries. */
export async function measureInbound(
	e2e: QueueE2e,
	workflow: { id: string; trigger: string; hookId: number },
	count: number,
	concurrency: number,
	timeoutMs: number,
): Promise<LoadFigures> {
	const after = await newestExecutionId(e2e);
	const delivery = await deliverInbound(e2e.sim<BulkSmsSimulator>('bulksms'), workflow.hookId, count, concurrency);
	const runs = await finishedRuns(e2e, workflow.id, after, count, timeoutMs);
	const timed = runs.flatMap((e) => {
		const sent = delivery.sentAt.get(String(triggerItem(e.data, workflow.trigger)?.id));
		return sent === undefined ? [] : [{ e, sent, started: Date.parse(e.startedAt), stopped: Date.parse(e.stoppedAt!) }];
	});
	const lastStop = Math.max(...timed.map((t) => t.stopped));
	const seconds = (ms: number) => ms / 1000;
	return {
		events: count,
		concurrency,
		accepted: delivery.accepted,
		succeeded: timed.filter((t) => t.e.status === 'success').length,
		acceptedPerSecond: delivery.accepted / seconds(delivery.answeredAt - delivery.startedAt),
		executedPerSecond: timed.length / seconds(lastStop - delivery.startedAt),
		p50Ms: percentile(timed.map((t) => t.stopped - t.sent), 50),
		p99Ms: percentile(timed.map((t) => t.stopped - t.sent), 99),
		queueP50Ms: percentile(timed.map((t) => t.started - t.sent), 50),
		queueP99Ms: percentile(timed.map((t) => t.started - t.sent), 99),
		runP50Ms: percentile(timed.map((t) => t.stopped - t.started), 50),
		executionIds: timed.map((t) => t.e.id),
	};
}

/** Webhook → Code node making `count` recipients → BulkSMS Send: one execution that sends `count` SMS. */
export function bulkSendWorkflow(path: string, credential: { id: string; name: string }, count: number) {
	const node = (name: string, type: string, typeVersion: number, x: number, parameters: Json, extra: Json = {}) => ({
		id: randomUUID(),
		name,
		type,
		typeVersion,
		position: [x, 0],
		parameters,
		...extra,
	});
	return {
		name: `Queue mode: BulkSMS send of ${count} from a webhook`,
		nodes: [
			node('Webhook', 'n8n-nodes-base.webhook', 2, 0, { httpMethod: 'POST', path, responseMode: 'onReceived', options: {} }, { webhookId: randomUUID() }),
			node('Recipients', 'n8n-nodes-base.code', 2, 220, {
				jsCode: `return Array.from({ length: ${count} }, (_, i) => ({ json: { phone: '+2773' + String(i).padStart(7, '0') } }));`,
			}),
			node(
				'Send',
				'n8n-nodes-telephony.bulkSms',
				1,
				440,
				{
					resource: 'message',
					operation: 'send',
					to: '={{ $json.phone }}',
					message: 'Your parcel is on its way.',
					sender: 'accountDefault',
					additionalFields: { userSuppliedId: path.slice(0, 20) },
				},
				{ credentials: { bulkSmsApi: credential } },
			),
		],
		connections: {
			Webhook: { main: [[{ node: 'Recipients', type: 'main', index: 0 }]] },
			Recipients: { main: [[{ node: 'Send', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
	};
}
