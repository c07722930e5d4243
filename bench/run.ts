/**
 * `npm run bench [-- --quick] [-- --only twilio,bulksms]`: every benchmark in one run, printed as one table;
 * the last line of output is all figures as JSON.
 *
 * The peer (bench/twilio.ts, n8n's own Twilio node) runs first, so the others can state their ratio to it.
 * Benchmark files (bench/<name>.ts) export `suite` (see bench/harness.ts) and join automatically; a file whose name
 * starts with `_` is left out. `--quick` leaves out the benchmarks that start a real n8n server (their start-up
 * alone takes most of a minute on a busy machine): run them with `--only`. bench/queue-mode.ts is a script of its
 * own (`npm run bench:queue`): it starts PostgreSQL, Redis and four n8n processes.
 */
import { cpus, loadavg } from 'node:os';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { shutdownEngine } from '../test/engine';
import type { BenchContext, Figure, Suite } from './harness';
import { LATENCY_MS, parseOptions, table } from './harness';

const FIRST = ['twilio', 'bulksms', 'callr'];
const NOT_BENCHMARKS = new Set(['run', 'harness', 'queue-mode']);
/** Benchmarks that start a real n8n server: left out of `--quick` unless named with `--only`. */
const REAL_N8N = new Set(['triggers']);

async function main() {
	const argv = process.argv.slice(2);
	const options = parseOptions(argv);
	const onlyIndex = argv.indexOf('--only');
	const only = onlyIndex >= 0 ? new Set(argv[onlyIndex + 1]?.split(',')) : undefined;
	const names = readdirSync(__dirname)
		.filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
		.map((f) => f.replace(/\.ts$/, ''))
		.filter((n) => !NOT_BENCHMARKS.has(n) && (only ? only.has(n) : !(options.quick && REAL_N8N.has(n))))
		.sort((a, b) => (FIRST.indexOf(a) + 1 || 99) - (FIRST.indexOf(b) + 1 || 99) || a.localeCompare(b));

	const started = Date.now();
	const environment = {
		node: process.version,
		cpus: cpus().length,
		loadAverageAtStart: loadavg()[0],
		latencyMs: LATENCY_MS,
		quick: options.quick,
	};
	console.log(
		`Benchmarks${options.quick ? ' (--quick)' : ''}: ${LATENCY_MS} ms simulated latency per request, ` +
			`${environment.cpus} CPUs, load average ${environment.loadAverageAtStart.toFixed(1)}, node ${process.version}`,
	);
	const context: BenchContext = {};
	const figures: Figure[] = [];
	const failures: string[] = [];
	/** Each benchmark's duration and the load average once it ended (other processes' CPU use is noise here). */
	const suites: Array<{ name: string; seconds: number; loadAverageAtEnd: number }> = [];
	for (const name of names) {
		const file = join(__dirname, `${name}.ts`);
		const t = Date.now();
		try {
			// eslint-disable-next-line @typescript-eslint/no-require-imports
			const { suite } = require(file) as { suite: Suite };
			const result = await suite.run(options, context);
			figures.push(...result);
			console.log(`${name}: ${result.length} rows in ${((Date.now() - t) / 1000).toFixed(1)} s (load ${loadavg()[0].toFixed(1)})`);
		} catch (error) {
			failures.push(`${name}: ${(error as Error).message}`);
			console.error(`${name} failed:`, error);
		}
		suites.push({ name, seconds: (Date.now() - t) / 1000, loadAverageAtEnd: loadavg()[0] });
	}
	shutdownEngine();

	const missed = figures.filter((f) => f.pass === false).map((f) => `${f.subject} ${f.label} ${f.items ?? ''}`.trim());
	console.log(`\n${table(figures)}`);
	console.log('* projected linearly from a smaller measured run (one request per item, one at a time).');
	console.log(
		`Load average at the end: ${loadavg()[0].toFixed(1)} on ${environment.cpus} CPUs; ` +
			`${((Date.now() - started) / 1000).toFixed(0)} s in all. ` +
			(missed.length ? `Targets missed: ${missed.join('; ')}.` : 'Every target met.'),
	);
	if (failures.length) {
		console.log(`Failed: ${failures.join('; ')}`);
		process.exitCode = 1;
	}
	console.log(
		JSON.stringify({
			environment: { ...environment, loadAverageAtEnd: loadavg()[0], seconds: (Date.now() - started) / 1000 },
			suites,
			figures,
			targetsMissed: missed,
			failures,
		}),
	);
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
