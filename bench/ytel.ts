/**
 * Ytel benchmark: Send SMS for 1,000 items through n8n-core's real WorkflowExecute against the simulator with 50 ms
 * latency per request, at the node's default concurrency and one at a time, with the achieved request rate beside
 * Ytel's documented limit (150 requests per second, which the simulator enforces with 429s).
 * One at a time runs a fifth of the items and projects the rest (its time grows linearly with the items), so the
 * benchmark stays under a minute. Run: npx ts-node --transpile-only bench/ytel.ts   (--quick: 200 items)
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { YtelApi } from '../credentials/YtelApi.credentials';
import { YtelSimulator } from '../simulators/ytel';
import { packageNode, runWorkflow, shutdownEngine } from '../test/engine';

// With an explicit extension: plain Node resolution would find Ytel.node.json (the codex) first.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Ytel } = require('../nodes/Ytel/Ytel.node.ts') as typeof import('../nodes/Ytel/Ytel.node');

process.env.N8N_USER_FOLDER ??= join(__dirname, '..', '.jest-n8n-home');

const ITEMS = process.argv.includes('--quick') ? 200 : 1000;
const LATENCY_MS = 50;
const LIMIT_PER_SECOND = 150;

async function main() {
	const sim = new YtelSimulator();
	sim.latencyMs = LATENCY_MS;
	sim.progressionMs = 60_000;
	const baseUrl = await sim.start();
	try {
		const fixtures = {
			credentialTypes: { ytelApi: new YtelApi() },
			credentials: { ytelApi: { authMethod: 'password', email: sim.email, password: sim.password, sessionToken: '', baseUrl } },
		};
		const nodeTypes = { 'n8n-nodes-telephony.ytel': new Ytel() };
		let peakRss = 0;
		const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

		const scenarios: Array<[string, IDataObject, number]> = [
			['default concurrency (10)', {}, ITEMS],
			['one at a time', { concurrency: 1 }, ITEMS / 5],
		];
		console.log(
			`Ytel Send SMS, ${ITEMS} items, ${LATENCY_MS} ms simulated latency, documented limit ${LIMIT_PER_SECOND} requests/s ` +
				`(machine load average ${loadavg()[0].toFixed(1)}; the node and the simulator share one event loop here)`,
		);
		for (const [label, options, items] of scenarios) {
			const input = Array.from({ length: items }, (_, i) => ({ to: `+1949555${String(1000 + i)}`, n: i }));
			const mark = sim.log.length;
			peakRss = process.memoryUsage().rss;
			const cpu = process.cpuUsage();
			const started = process.hrtime.bigint();
			const { run, output } = await runWorkflow({
				nodeTypes,
				...fixtures,
				nodes: [
					packageNode(
						'ytel',
						{
							resource: 'message',
							operation: 'sendSms',
							sendFrom: 'phoneNumber',
							from: '+14155550100',
							sendTo: 'phoneNumber',
							to: '={{ $json.to }}',
							content: 'text',
							text: '=Your code is {{ $json.n }}',
							options,
						},
						'ytelApi',
					),
				],
				input,
			});
			const seconds = Number(process.hrtime.bigint() - started) / 1e9;
			const used = process.cpuUsage(cpu);
			const cpuSeconds = (used.user + used.system) / 1e6;
			const requests = sim.log.slice(mark).filter((r) => r.path === '/v4/sms/');
			const throttled = requests.filter((r) => r.status === 429).length;
			const sent = output('ytel').filter((i) => i.messageSid).length;
			if (run.status !== 'success' || sent !== items) throw new Error(`${label}: run ${run.status}, ${sent} of ${items} sent`);
			const busiest = busiestSecond(requests.map((r) => r.receivedAt));
			console.log(
				`${label.padEnd(26)} items ${String(items).padStart(5)}  requests ${String(requests.length).padStart(5)} (429: ${throttled})  ` +
					`wall ${seconds.toFixed(2).padStart(6)} s${items < ITEMS ? ` (projected for ${ITEMS}: ${((seconds * ITEMS) / items).toFixed(1)} s)` : ''}  ` +
					`${(items / seconds).toFixed(1).padStart(6)} items/s  ${(requests.length / seconds).toFixed(1).padStart(6)} requests/s ` +
					`(busiest second ${busiest}, ${((100 * requests.length) / seconds / LIMIT_PER_SECOND).toFixed(0)}% of the limit)  ` +
					`CPU ${cpuSeconds.toFixed(1)} s  peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`,
			);
		}
		clearInterval(sampler);
	} finally {
		await sim.stop();
		shutdownEngine();
	}
}

/** Most requests that arrived within any one-second window. */
function busiestSecond(times: number[]): number {
	let best = 0;
	for (let start = 0, end = 0; end < times.length; end++) {
		while (times[end] - times[start] >= 1000) start++;
		best = Math.max(best, end - start + 1);
	}
	return best;
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
