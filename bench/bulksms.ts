/**
 * BulkSMS benchmark: Message → Send for 10,000 items through n8n-core's real WorkflowExecute against the simulator
 * with 50 ms latency per request, with the default batch size (4,000) and with small batches (500); then
 * Message → Get Many with Return All over the messages sent. `--quick` uses 1,000 items.
 * Run: npx ts-node --transpile-only bench/bulksms.ts
 */
import { join } from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { BulkSmsApi } from '../credentials/BulkSmsApi.credentials';
import { BulkSmsSimulator } from '../simulators/bulksms';
import { packageNode, runWorkflow, shutdownEngine } from '../test/engine';

// With an explicit extension: plain Node resolution would find BulkSms.node.json (the codex) first.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BulkSms } = require('../nodes/BulkSms/BulkSms.node.ts') as typeof import('../nodes/BulkSms/BulkSms.node');

// n8n-core keeps its instance settings here instead of in the user's home folder, as in the tests.
process.env.N8N_USER_FOLDER ??= join(__dirname, '..', '.jest-n8n-home');

const ITEMS = process.argv.includes('--quick') ? 1000 : 10_000;
const LATENCY_MS = 50;

async function main() {
	const sim = new BulkSmsSimulator();
	sim.latencyMs = LATENCY_MS;
	sim.credits = 1e9;
	await sim.start();
	try {
		await bench(sim);
	} finally {
		await sim.stop();
		shutdownEngine();
	}
}

async function bench(sim: BulkSmsSimulator) {
	const { username, password } = BulkSmsSimulator.defaults;
	const fixtures = {
		credentialTypes: { bulkSmsApi: new BulkSmsApi() },
		credentials: { bulkSmsApi: { username, password, baseUrl: sim.apiUrl } },
	};
	const nodeTypes = { 'n8n-nodes-telephony.bulkSms': new BulkSms() };
	const input = Array.from({ length: ITEMS }, (_, i) => ({
		phone: `+2710${String(i).padStart(7, '0')}`,
		name: `Customer ${i}`,
	}));

	let peakRss = 0;
	const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

	const scenarios: Array<[string, IDataObject, number]> = [
		[
			'send, batch size 4,000',
			{ operation: 'send', to: '={{ $json.phone }}', message: '=Hello {{ $json.name }}' },
			ITEMS,
		],
		[
			'send, batch size 500',
			{
				operation: 'send',
				to: '={{ $json.phone }}',
				message: '=Hi again {{ $json.name }}',
				options: { batchSize: 500 },
			},
			ITEMS,
		],
		['get many, return all', { operation: 'getAll', returnAll: true, filters: { type: 'SENT' } }, 2 * ITEMS],
	];
	console.log(`BulkSMS, ${ITEMS} input items, ${LATENCY_MS} ms simulated latency per request`);
	for (const [label, parameters, expected] of scenarios) {
		const mark = sim.log.length;
		peakRss = process.memoryUsage().rss;
		const started = process.hrtime.bigint();
		const { run, output } = await runWorkflow({
			nodeTypes,
			...fixtures,
			nodes: [packageNode('bulkSms', { resource: 'message', ...parameters }, 'bulkSmsApi')],
			input: parameters.operation === 'send' ? input : [{}],
		});
		const seconds = Number(process.hrtime.bigint() - started) / 1e9;
		const requests = sim.log.length - mark;
		const items = output('bulkSms').filter((m) => m.id).length;
		if (run.status !== 'success' || items !== expected)
			throw new Error(`${label}: run ${run.status}, ${items} of ${expected} items`);
		console.log(
			`${label.padEnd(24)} requests ${String(requests).padStart(4)}  wall ${seconds.toFixed(2).padStart(6)} s  ` +
				`${(items / seconds).toFixed(0).padStart(6)} items/s  ${(requests / seconds).toFixed(1).padStart(5)} requests/s  ` +
				`peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`,
		);
	}
	clearInterval(sampler);
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
