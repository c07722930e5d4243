/**
 * BulkSMS (batch API), against the simulator with 50 ms latency per request:
 * - scenario 1: Message → Send for 1,000 and 10,000 items (5,000 with --quick) with the default batch size (4,000):
 *   requests must be ceil(N / 4,000); ratio to the Twilio node on the same N (target ≥ 100× at 1,000 items); and
 *   with small batches (500) for comparison.
 * - scenario 3: Message → Get Many with Return All over 100,000 messages (10,000 with --quick; 1,000 per page,
 *   and one more request for the empty page that ends the walk): wall time, and heap
 *   at its peak against what the output alone holds once the run is over (target: peak ≤ 2× the output + 8 MB).
 * Run on its own: npx ts-node --transpile-only bench/bulksms.ts [--quick]
 */
import type { INodeType } from 'n8n-workflow';

import { BulkSmsApi } from '../credentials/BulkSmsApi.credentials';
import { BulkSmsSimulator } from '../simulators/bulksms';
import { packageNode, PACKAGE } from '../test/engine';
import type { Figure, Suite } from './harness';
import { figureOf, loadPackageNode, measure, people, ratioToPeer, runNode, runStandalone, withSimulator } from './harness';

const SUBJECT = 'BulkSMS';
const DEFAULT_BATCH = 4000;
/** Messages for Return All (10,000 with --quick). */
const RETURN_ALL = { full: 100_000, quick: 10_000 };
/** Messages per page the node asks for (BulkSMS's largest). */
const PAGE = 1000;
/**
 * Scenario 3's bar: at its peak the heap may hold the output, as much again in transit (the node's list and n8n's
 * items wrapping the same objects), and a fixed allowance for a page in flight and the engine; nothing that grows
 * with the pages already fetched beyond that.
 */
const PEAK_OVER_OUTPUT_MAX = 2;
const FIXED_ALLOWANCE_MB = 8;

async function send(sim: BulkSmsSimulator, node: INodeType, items: number, batchSize?: number) {
	const { username, password } = BulkSmsSimulator.defaults;
	const m = await measure(sim, async () => {
		const { output } = await runNode({
			nodeTypes: { [`${PACKAGE}.bulkSms`]: node },
			credentialTypes: { bulkSmsApi: new BulkSmsApi() },
			credentials: { bulkSmsApi: { username, password, baseUrl: sim.apiUrl } },
			node: packageNode(
				'bulkSms',
				{
					resource: 'message',
					operation: 'send',
					to: '={{ $json.phone }}',
					message: '=Hello {{ $json.name }}',
					...(batchSize ? { options: { batchSize } } : {}),
				},
				'bulkSmsApi',
			),
			input: people(items, '+2710'),
		});
		return output('bulkSms').filter((m) => m.id).length;
	});
	if (m.value !== items) throw new Error(`BulkSMS send: ${m.value} of ${items} sent`);
	return m;
}

/** Puts `count` sent messages into the simulator through its own API, in batches, without latency. */
async function seed(sim: BulkSmsSimulator, count: number) {
	const { username, password } = BulkSmsSimulator.defaults;
	const latency = sim.latencyMs;
	sim.latencyMs = 0;
	for (let start = 0; start < count; start += 10_000) {
		const body = Array.from({ length: Math.min(10_000, count - start) }, (_, i) => ({
			to: `+2782${String(start + i).padStart(7, '0')}`,
			body: `Seed message ${start + i}`,
		}));
		const res = await fetch(`${sim.apiUrl}/messages`, {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`,
			},
			body: JSON.stringify(body),
		});
		if (res.status !== 201) throw new Error(`seeding BulkSMS: ${res.status} ${await res.text()}`);
	}
	sim.latencyMs = latency;
}

async function returnAll(sim: BulkSmsSimulator, node: INodeType, expected: number) {
	const { username, password } = BulkSmsSimulator.defaults;
	const m = await measure(sim, async () => {
		const { items } = await runNode({
			nodeTypes: { [`${PACKAGE}.bulkSms`]: node },
			credentialTypes: { bulkSmsApi: new BulkSmsApi() },
			credentials: { bulkSmsApi: { username, password, baseUrl: sim.apiUrl } },
			node: packageNode('bulkSms', { resource: 'message', operation: 'getAll', returnAll: true, filters: { type: 'SENT' } }, 'bulkSmsApi'),
			input: [{}],
		});
		// Kept alive through the retained-heap measurement: the output is what the run legitimately holds.
		return items('bulkSms');
	});
	if (m.value.length !== expected) throw new Error(`BulkSMS return all: ${m.value.length} of ${expected} items`);
	return m;
}

export const suite: Suite = {
	name: 'bulksms',
	async run({ quick }, context) {
		const node = loadPackageNode<INodeType>('nodes/BulkSms/BulkSms.node.ts', 'BulkSms');
		const figures: Figure[] = [];
		await withSimulator(new BulkSmsSimulator(), async (sim) => {
			sim.credits = 1e9;
			sim.quota = { size: 1e9, remaining: 1e9 };
			await send(sim, node, 1000); // warm-up: n8n runs for long, so its code is compiled (JIT) when it matters
			for (const items of [1000, quick ? 5000 : 10_000]) {
				const m = await send(sim, node, items);
				const ratio = ratioToPeer(context, items, m.wallMs);
				const expectedRequests = Math.ceil(items / DEFAULT_BATCH);
				const ratioTarget = items === 1000 ? 100 : undefined;
				figures.push({
					scenario: 1,
					subject: SUBJECT,
					label: `message send, batch ${DEFAULT_BATCH} (default)`,
					...figureOf(m, items),
					expectedRequests,
					ratio,
					targetRatio: ratioTarget,
					target: `requests = ${expectedRequests}${ratioTarget ? `, >= ${ratioTarget}x` : ''}`,
					pass: m.requests === expectedRequests && (ratioTarget === undefined || (ratio ?? 0) >= ratioTarget),
				});
			}
			const items = quick ? 1000 : 10_000;
			const m = await send(sim, node, items, 500);
			figures.push({
				scenario: 0,
				subject: SUBJECT,
				label: 'message send, batch 500',
				...figureOf(m, items),
				expectedRequests: Math.ceil(items / 500),
				ratio: ratioToPeer(context, items, m.wallMs),
				target: `requests = ${Math.ceil(items / 500)}`,
				pass: m.requests === Math.ceil(items / 500),
			});
		});
		await withSimulator(new BulkSmsSimulator(), async (sim) => {
			sim.credits = 1e9;
			sim.quota = { size: 1e9, remaining: 1e9 };
			sim.statusStepMs = undefined;
			const total = quick ? RETURN_ALL.quick : RETURN_ALL.full;
			await seed(sim, total);
			const m = await returnAll(sim, node, total);
			// "limit is not a guarantee": a short page does not prove the end, so the walk ends on an empty page.
			const expectedRequests = Math.ceil(total / PAGE) + 1;
			figures.push({
				scenario: 3,
				subject: SUBJECT,
				label: 'message get many, return all',
				...figureOf(m, total),
				expectedRequests,
				target: `requests = ${expectedRequests}, heap peak <= ${PEAK_OVER_OUTPUT_MAX}x kept + ${FIXED_ALLOWANCE_MB} MB`,
				pass:
					m.requests === expectedRequests &&
					m.peakHeapMb <= PEAK_OVER_OUTPUT_MAX * m.retainedHeapMb + FIXED_ALLOWANCE_MB,
			});
		});
		return figures;
	},
};

runStandalone(module, suite);
