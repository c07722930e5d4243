/**
 * ICTCore benchmark: 200 one-step SMS sends (text → program → transmission → send, 4 requests each) through n8n-core's
 * real WorkflowExecute against the simulator with 50 ms latency per request, at the node's default concurrency and
 * one at a time. One at a time runs an eighth of the items and projects the rest (its time grows linearly), so the
 * benchmark stays under a minute.
 * Run: npx ts-node --transpile-only bench/ictcore.ts
 */
import { join } from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { IctCoreRestApi } from '../credentials/IctCoreRestApi.credentials';
import { IctCoreSimulator } from '../simulators/ictcore';
import { packageNode, runWorkflow, shutdownEngine } from '../test/engine';

// With an explicit extension: plain Node resolution would find IctCore.node.json (the codex) first.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { IctCore } = require('../nodes/IctCore/IctCore.node.ts') as typeof import('../nodes/IctCore/IctCore.node');

process.env.N8N_USER_FOLDER ??= join(__dirname, '..', '.jest-n8n-home');

const ITEMS = 200;
const LATENCY_MS = 50;

async function main() {
	const sim = new IctCoreSimulator();
	sim.latencyMs = LATENCY_MS;
	const baseUrl = await sim.start();
	try {
		const fixtures = {
			credentialTypes: { ictCoreRestApi: new IctCoreRestApi() },
			credentials: {
				ictCoreRestApi: {
					baseUrl: `${baseUrl}/api`,
					authMode: 'basic',
					username: 'admin',
					password: 'helloAdmin',
					ignoreSslIssues: false,
					authToken: '',
				},
			},
		};
		const nodeTypes = { 'n8n-nodes-telephony.ictCore': new IctCore() };
		let peakRss = 0;
		const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

		const scenarios: Array<[string, IDataObject, number]> = [
			['default concurrency (4)', {}, ITEMS],
			['one at a time', { concurrency: 1 }, ITEMS / 8],
		];
		console.log(`ICTCore SMS Send (one step), ${ITEMS} items, ${LATENCY_MS} ms simulated latency per request`);
		for (const [label, options, items] of scenarios) {
			const input = Array.from({ length: items }, (_, i) => ({ to: `+1415555${String(1000 + i)}`, n: i }));
			const mark = sim.log.length;
			peakRss = process.memoryUsage().rss;
			const started = process.hrtime.bigint();
			const { run, output } = await runWorkflow({
				nodeTypes,
				...fixtures,
				nodes: [
					packageNode(
						'ictCore',
						{
							resource: 'sms',
							operation: 'send',
							to: '={{ $json.to }}',
							message: '=Your code is {{ $json.n }}',
							options,
						},
						'ictCoreRestApi',
					),
				],
				input,
			});
			const seconds = Number(process.hrtime.bigint() - started) / 1e9;
			const requests = sim.log.length - mark;
			const sent = output('ictCore').filter((i) => i.spool_id).length;
			if (run.status !== 'success' || sent !== items)
				throw new Error(`${label}: run ${run.status}, ${sent} of ${items} sent`);
			console.log(
				`${label.padEnd(24)} items ${String(items).padStart(4)}  requests ${String(requests).padStart(4)}  ` +
					`wall ${seconds.toFixed(2).padStart(6)} s${items < ITEMS ? ` (projected for ${ITEMS}: ${((seconds * ITEMS) / items).toFixed(1)} s)` : ''}  ` +
					`${(items / seconds).toFixed(1).padStart(6)} sends/s  ${(requests / seconds).toFixed(1).padStart(6)} requests/s  ` +
					`peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB`,
			);
		}
		clearInterval(sampler);
	} finally {
		await sim.stop();
		shutdownEngine();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
