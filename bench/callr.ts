/**
 * CALLR benchmark: SMS → Send for 1,000 items through n8n-core's real WorkflowExecute against the simulator with
 * 50 ms latency per request (one JSON-RPC call per SMS: CALLR has no batch send), with the node's default
 * concurrency and one item at a time. One at a time, 1,000 items take 50 s of latency alone, so that run uses
 * 200 items and projects the 1,000-item wall time from them; `--full` runs all 1,000. `--quick` uses 200 items.
 * Run: npx ts-node --transpile-only bench/callr.ts
 */
import { join } from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { CallrApi } from '../credentials/CallrApi.credentials';
import { DEFAULT_CONCURRENCY } from '../nodes/Callr/actions/router';
import { CallrSimulator, RPC_PATH } from '../simulators/callr';
import { packageNode, runWorkflow, shutdownEngine } from '../test/engine';

// With an explicit extension: plain Node resolution would find Callr.node.json (the codex) first.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Callr } = require('../nodes/Callr/Callr.node.ts') as typeof import('../nodes/Callr/Callr.node');

// n8n-core keeps its instance settings here instead of in the user's home folder, as in the tests.
process.env.N8N_USER_FOLDER ??= join(__dirname, '..', '.jest-n8n-home');

const ITEMS = process.argv.includes('--quick') ? 200 : 1000;
const SERIAL_ITEMS = process.argv.includes('--full') ? ITEMS : Math.min(ITEMS, 200);
const LATENCY_MS = 50;

async function main() {
	const sim = new CallrSimulator();
	sim.latencyMs = LATENCY_MS;
	sim.smsStatusStepMs = 3_600_000; // no status changes (and no webhook pushes) during the run
	const apiUrl = `${await sim.start()}${RPC_PATH}`;
	const fixtures = {
		credentialTypes: { callrApi: new CallrApi() },
		credentials: { callrApi: { authentication: 'apiKey', apiKey: sim.apiKey, loginAsType: 'none', apiUrl } },
	};
	const nodeTypes = { 'n8n-nodes-telephony.callr': new Callr() };
	const input = Array.from({ length: ITEMS }, (_, i) => ({
		phone: `+3361${String(i).padStart(7, '0')}`,
		name: `Customer ${i}`,
	}));

	let peakRss = 0;
	const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
	console.log(`CALLR, ${ITEMS} input items, ${LATENCY_MS} ms simulated latency per request`);
	const perItem: number[] = [];
	try {
		for (const [concurrency, count] of [
			[DEFAULT_CONCURRENCY, ITEMS],
			[1, SERIAL_ITEMS],
		]) {
			const label = `send ${count}, ${concurrency === 1 ? 'one at a time' : `default concurrency ${concurrency}`}`;
			const parameters: IDataObject = {
				resource: 'sms',
				operation: 'send',
				to: '={{ $json.phone }}',
				from: '',
				message: '=Hello {{ $json.name }}',
				options: { concurrency },
			};
			const mark = sim.log.length;
			peakRss = process.memoryUsage().rss;
			const started = process.hrtime.bigint();
			const { run, output } = await runWorkflow({
				nodeTypes,
				...fixtures,
				nodes: [packageNode('callr', parameters, 'callrApi')],
				input: input.slice(0, count),
			});
			const seconds = Number(process.hrtime.bigint() - started) / 1e9;
			const requests = sim.log.length - mark;
			const sent = output('callr').filter((m) => m.hash).length;
			if (run.status !== 'success' || sent !== count)
				throw new Error(`${label}: run ${run.status}, ${sent} of ${count} sent`);
			perItem.push(seconds / count);
			console.log(
				`${label.padEnd(36)} requests ${String(requests).padStart(4)}  wall ${seconds.toFixed(2).padStart(6)} s  ` +
					`${(sent / seconds).toFixed(1).padStart(6)} SMS/s  peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`,
			);
		}
		if (SERIAL_ITEMS < ITEMS)
			console.log(`one at a time, ${ITEMS} items would take about ${(perItem[1] * ITEMS).toFixed(1)} s`);
		console.log(`default concurrency is ${(perItem[1] / perItem[0]).toFixed(1)}x faster per item than one at a time`);
	} finally {
		clearInterval(sampler);
		await sim.stop();
		shutdownEngine();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
