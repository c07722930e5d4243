/**
 * Cecula Sync benchmark: Send SMS for 1,000 items through n8n-core's real WorkflowExecute against the simulator
 * with 50 ms latency per request. Once with one text for all (items share requests), once with a text per item
 * (one request each, a few at a time). Run: npx ts-node --transpile-only bench/cecula-sync.ts
 */
import { join } from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { CeculaSyncApi } from '../credentials/CeculaSyncApi.credentials';
import { CeculaSyncSimulator } from '../simulators/cecula-sync';
import { packageNode, runWorkflow, shutdownEngine } from '../test/engine';

// With an explicit extension: plain Node resolution would find CeculaSync.node.json (the codex) first.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CeculaSync } =
	require('../nodes/CeculaSync/CeculaSync.node.ts') as typeof import('../nodes/CeculaSync/CeculaSync.node');

// n8n-core keeps its instance settings here instead of in the user's home folder, as in the tests.
process.env.N8N_USER_FOLDER ??= join(__dirname, '..', '.jest-n8n-home');

// `--quick` (npm run bench -- --quick) for a short run.
const ITEMS = process.argv.includes('--quick') ? 200 : 1000;
const LATENCY_MS = 50;

async function main() {
	const sim = new CeculaSyncSimulator();
	sim.latencyMs = LATENCY_MS;
	sim.balance = 1e9;
	const baseUrl = await sim.start();
	try {
		await bench(sim, baseUrl);
	} finally {
		await sim.stop();
		shutdownEngine();
	}
}

async function bench(sim: CeculaSyncSimulator, baseUrl: string) {
	const fixtures = {
		credentialTypes: { ceculaSyncApi: new CeculaSyncApi() },
		credentials: { ceculaSyncApi: { apiKey: sim.apiKey, baseUrl: `${baseUrl}/sync/api` } },
	};
	const nodeTypes = { 'n8n-nodes-telephony.ceculaSync': new CeculaSync() };
	const input = Array.from({ length: ITEMS }, (_, i) => ({ to: `+23480${String(50000000 + i)}`, n: i }));

	let peakRss = 0;
	const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

	const scenarios: Array<[string, IDataObject]> = [
		['same text, shared requests', { text: 'Your code is ready' }],
		['own text per item', { text: '=Your number is {{ $json.n }}' }],
	];
	console.log(`Cecula Sync Send SMS, ${ITEMS} items, ${LATENCY_MS} ms simulated latency, default options`);
	for (const [label, parameters] of scenarios) {
		const mark = sim.log.length;
		peakRss = process.memoryUsage().rss;
		const started = process.hrtime.bigint();
		const { run, output } = await runWorkflow({
			nodeTypes,
			...fixtures,
			nodes: [
				packageNode(
					'ceculaSync',
					{ resource: 'sms', operation: 'send', recipients: '={{ $json.to }}', ...parameters },
					'ceculaSyncApi',
				),
			],
			input,
		});
		const seconds = Number(process.hrtime.bigint() - started) / 1e9;
		const requests = sim.log.length - mark;
		const sent = output('ceculaSync').filter((i) => i.trackingId).length;
		if (run.status !== 'success' || sent !== ITEMS)
			throw new Error(`${label}: run ${run.status}, ${sent} of ${ITEMS} sent`);
		console.log(
			`${label.padEnd(28)} requests ${String(requests).padStart(5)}  wall ${seconds.toFixed(2).padStart(6)} s  ` +
				`${(ITEMS / seconds).toFixed(0).padStart(6)} items/s  ${(requests / seconds).toFixed(1).padStart(6)} requests/s  ` +
				`peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`,
		);
	}
	clearInterval(sampler);
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
