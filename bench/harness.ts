/**
 * The shared bench harness: the benchmarks run a workflow (Manual Trigger → one node) in n8n-core's real
 * WorkflowExecute (test/engine) against a local simulator that answers after LATENCY_MS, and measure wall time,
 * requests, request rate and memory (bench/triggers.ts, scenario 4, drives a real n8n server instead). Benchmark files (bench/<name>.ts) export `suite: Suite`; bench/run.ts runs them
 * all, prints one table and, as the last line, every figure as JSON. A file also runs on its own:
 * `npx ts-node --transpile-only bench/<name>.ts [--quick]` (see `runStandalone`).
 */
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import type { IDataObject, INode, INodeType, ICredentialType, ICredentialDataDecryptedObject } from 'n8n-workflow';

import type { Simulator } from '../simulators/core/server';
import { runWorkflow, shutdownEngine } from '../test/engine';
import type { RunResult } from '../test/engine';

// n8n-core keeps its instance settings here instead of in the user's home folder, as in the tests.
process.env.N8N_USER_FOLDER ??= join(__dirname, '..', '.jest-n8n-home');

/** Simulated round trip of every provider request (a provider across the internet). */
export const LATENCY_MS = 50;

export interface BenchOptions {
	/** `--quick`: smaller runs, the whole bench in under a minute. */
	quick: boolean;
}

/** One measured row of the table. */
export interface Figure {
	/**
	 * Scenario number of issue 9 (1 bulk send, 2 per-item send, 3 return all, 4 trigger throughput, 5 cold load) or 0
	 * for extra rows.
	 */
	scenario: number;
	/** Who ran: a provider of this package, or the peer ("Twilio (n8n-nodes-base)"). */
	subject: string;
	label: string;
	items?: number;
	requests?: number;
	/** Expected requests (e.g. ceil(N / batch size)), checked against `requests`. */
	expectedRequests?: number;
	wallMs: number;
	/** True when wallMs is projected linearly from a smaller measured run (`measuredItems`). */
	projected?: boolean;
	measuredItems?: number;
	requestsPerSecond?: number;
	/** The provider's documented rate limit, when it has one. */
	limitPerSecond?: number;
	/** Highest number of requests that started within any one second. */
	peakRequestsPerSecond?: number;
	/** CPU time of the process over the run (node, n8n and the in-process simulator). */
	cpuMs?: number;
	peakRssMb?: number;
	/** Heap growth over the run: its peak, and what is still held once the run's output alone is kept. */
	peakHeapMb?: number;
	outputHeapMb?: number;
	/** Scenario 4: latency of the inbound requests (sent to answered), median and 99th percentile. */
	latencyP50Ms?: number;
	latencyP99Ms?: number;
	/** Scenario 4: from the first request to the end of the last execution they started. */
	drainMs?: number;
	/** Scenario 4: requests per second accepted, as a share of n8n's generic Webhook node on the same shape. */
	peerShare?: number;
	/** Speed-up against the peer on the same N, and the target for it. */
	ratio?: number;
	targetRatio?: number;
	target?: string;
	/** Whether the row meets its target (undefined when it has none). */
	pass?: boolean;
	note?: string;
}

export interface Suite {
	name: string;
	run(options: BenchOptions, context: BenchContext): Promise<Figure[]>;
}

/** What suites share within one bench run: the peer's figures, for ratios. */
export interface BenchContext {
	/** Wall time per item of the peer (n8n's Twilio node, one request per item, one at a time), as measured. */
	peerMsPerItem?: number;
}

// ---- memory ----

let gcFunction: (() => void) | undefined;
/** A full garbage collection, so that heap figures measure what is live (V8's gc, exposed at run time). */
export function collectGarbage(): void {
	if (!gcFunction) {
		setFlagsFromString('--expose-gc');
		gcFunction = runInNewContext('gc') as () => void;
	}
	gcFunction();
	gcFunction();
}

const MB = 1024 * 1024;

/** Samples RSS and heap every 25 ms while a run is going. */
class MemorySampler {
	peakRss = 0;

	peakHeap = 0;

	private readonly timer: NodeJS.Timeout;

	constructor() {
		this.sample();
		this.timer = setInterval(() => this.sample(), 25);
	}

	sample() {
		const { rss, heapUsed } = process.memoryUsage();
		this.peakRss = Math.max(this.peakRss, rss);
		this.peakHeap = Math.max(this.peakHeap, heapUsed);
	}

	stop() {
		this.sample();
		clearInterval(this.timer);
	}
}

// ---- measuring ----

export interface Measured<T> {
	value: T;
	wallMs: number;
	requests: number;
	/** Highest count of requests received by the simulator within any sliding one-second window. */
	peakRequestsPerSecond: number;
	peakRssMb: number;
	peakHeapMb: number;
	/** Heap still held after a full GC with `value` alive, over the heap before the run. */
	retainedHeapMb: number;
	/** CPU time this process spent (user + system): the node, n8n and the simulator share it. */
	cpuMs: number;
}

/** Highest number of timestamps within any window of `windowMs`. */
export function peakInWindow(timestamps: number[], windowMs = 1000): number {
	let peak = 0;
	let start = 0;
	for (let end = 0; end < timestamps.length; end++) {
		while (timestamps[end] - timestamps[start] >= windowMs) start++;
		peak = Math.max(peak, end - start + 1);
	}
	return peak;
}

/** The `q` quantile (0..1) of `values`, nearest rank. */
export function percentile(values: number[], q: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Runs `fn`, counting the simulator's requests and sampling memory; heap figures are relative to the start. */
export async function measure<T>(sim: Simulator | undefined, fn: () => Promise<T>): Promise<Measured<T>> {
	collectGarbage();
	const heapBefore = process.memoryUsage().heapUsed;
	const mark = sim?.log.length ?? 0;
	const sampler = new MemorySampler();
	const cpu = process.cpuUsage();
	const started = process.hrtime.bigint();
	let value: T;
	try {
		value = await fn();
	} finally {
		sampler.stop();
	}
	const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
	const { user, system } = process.cpuUsage(cpu);
	collectGarbage();
	const retained = process.memoryUsage().heapUsed - heapBefore;
	const received = sim ? sim.log.slice(mark).map((r) => r.receivedAt) : [];
	return {
		value,
		wallMs,
		requests: received.length,
		peakRequestsPerSecond: peakInWindow(received),
		peakRssMb: sampler.peakRss / MB,
		peakHeapMb: Math.max(0, sampler.peakHeap - heapBefore) / MB,
		retainedHeapMb: Math.max(0, retained) / MB,
		cpuMs: (user + system) / 1000,
	};
}

// ---- running a node ----

export interface NodeRun {
	nodeTypes: Record<string, INodeType>;
	credentialTypes: Record<string, ICredentialType>;
	credentials: Record<string, ICredentialDataDecryptedObject>;
	node: INode;
	input: IDataObject[];
}

/** Runs Manual Trigger → `node` and fails unless the run succeeded. */
export async function runNode(run: NodeRun): Promise<RunResult> {
	const result = await runWorkflow({
		nodeTypes: run.nodeTypes,
		credentialTypes: run.credentialTypes,
		credentials: run.credentials,
		nodes: [run.node],
		input: run.input,
	});
	if (result.run.status !== 'success') {
		throw new Error(`${run.node.name}: run ${result.run.status}: ${result.error?.message ?? ''}`);
	}
	return result;
}

/** Loads a node class of this package by file, with the extension: plain resolution would find the codex JSON. */
export function loadPackageNode<T extends INodeType>(relativePath: string, className: string): T {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const module = require(join(__dirname, '..', relativePath)) as Record<string, new () => T>;
	return new module[className]();
}

/** Starts a simulator with the bench latency and stops it once `fn` is done. */
export async function withSimulator<S extends Simulator, T>(sim: S, fn: (sim: S) => Promise<T>): Promise<T> {
	sim.latencyMs = LATENCY_MS;
	await sim.start();
	try {
		return await fn(sim);
	} finally {
		await sim.stop();
	}
}

/** `count` input items: a phone number and a name each. */
export function people(count: number, prefix: string): IDataObject[] {
	return Array.from({ length: count }, (_, i) => ({
		phone: `${prefix}${String(i).padStart(7, '0')}`,
		name: `Customer ${i}`,
		n: i,
	}));
}

/** The row figures common to every measured workflow run. */
export function figureOf(m: Measured<unknown>, items: number): Pick<
	Figure,
	| 'items'
	| 'requests'
	| 'wallMs'
	| 'cpuMs'
	| 'requestsPerSecond'
	| 'peakRequestsPerSecond'
	| 'peakRssMb'
	| 'peakHeapMb'
	| 'outputHeapMb'
> {
	return {
		items,
		requests: m.requests,
		wallMs: m.wallMs,
		cpuMs: m.cpuMs,
		requestsPerSecond: m.requests / (m.wallMs / 1000),
		peakRequestsPerSecond: m.peakRequestsPerSecond,
		peakRssMb: m.peakRssMb,
		peakHeapMb: m.peakHeapMb,
		outputHeapMb: m.retainedHeapMb,
	};
}

/** Scenario 2's bar: at least this many times faster than the peer on the same N. */
export const PER_ITEM_TARGET_RATIO = 8;

/** Speed-up against the peer for `items` done in `wallMs`, when the peer has run. */
export function ratioToPeer(context: BenchContext, items: number, wallMs: number): number | undefined {
	return context.peerMsPerItem === undefined ? undefined : (context.peerMsPerItem * items) / wallMs;
}

/**
 * A scenario 2 row (per-item send at the default concurrency): the ratio to the peer must reach the target, and the
 * busiest second must stay within the provider's documented rate limit when it has one.
 */
export function perItemSendFigure(
	subject: string,
	label: string,
	m: Measured<unknown>,
	items: number,
	context: BenchContext,
	limitPerSecond?: number,
): Figure {
	const ratio = ratioToPeer(context, items, m.wallMs);
	const withinLimit = limitPerSecond === undefined || m.peakRequestsPerSecond <= limitPerSecond;
	return {
		scenario: 2,
		subject,
		label,
		...figureOf(m, items),
		limitPerSecond,
		ratio,
		targetRatio: PER_ITEM_TARGET_RATIO,
		target: `>= ${PER_ITEM_TARGET_RATIO}x, ${limitPerSecond ? `<= ${limitPerSecond} req/s` : 'no documented limit'}`,
		pass: withinLimit && (ratio === undefined ? undefined : ratio >= PER_ITEM_TARGET_RATIO),
	};
}

/**
 * A one-at-a-time run measured on `measuredItems` and projected linearly to `items` (its time grows with the items:
 * one request after another), with its ratio to the peer.
 */
export function projectedFigure(
	subject: string,
	label: string,
	measured: { wallMs: number },
	measuredItems: number,
	items: number,
	context: BenchContext,
	requestsPerItem = 1,
): Figure {
	return {
		scenario: 0,
		subject,
		label,
		items,
		requests: items * requestsPerItem,
		wallMs: (measured.wallMs / measuredItems) * items,
		projected: true,
		measuredItems,
		ratio: ratioToPeer(context, measuredItems, measured.wallMs),
		note: `projected from ${measuredItems} measured items`,
	};
}

// ---- output ----

const fixed = (value: number | undefined, digits = 0) => (value === undefined ? '' : value.toFixed(digits));

function wall(f: Figure): string {
	const text = f.wallMs >= 10_000 ? `${(f.wallMs / 1000).toFixed(1)} s` : `${f.wallMs.toFixed(0)} ms`;
	return f.projected ? `~${text}*` : text;
}

const COLUMNS: Array<[string, (f: Figure) => string]> = [
	['#', (f) => (f.scenario ? String(f.scenario) : '')],
	['subject', (f) => f.subject],
	['run', (f) => f.label],
	['items', (f) => (f.items === undefined ? '' : f.items.toLocaleString('en-US'))],
	['requests', (f) => (f.requests === undefined ? '' : String(f.requests))],
	['wall', wall],
	['CPU', (f) => (f.cpuMs === undefined ? '' : `${fixed(f.cpuMs)} ms`)],
	['req/s', (f) => fixed(f.requestsPerSecond, 1)],
	['peak req/s (limit)', (f) =>
		f.peakRequestsPerSecond === undefined
			? ''
			: `${f.peakRequestsPerSecond}${f.limitPerSecond ? ` (${f.limitPerSecond})` : ' (none)'}`],
	['RSS MB', (f) => fixed(f.peakRssMb)],
	['heap MB peak/kept', (f) =>
		f.peakHeapMb === undefined ? '' : `${fixed(f.peakHeapMb)}/${fixed(f.outputHeapMb)}`],
	['p50/p99 ms', (f) =>
		f.latencyP50Ms === undefined ? '' : `${fixed(f.latencyP50Ms, 1)}/${fixed(f.latencyP99Ms, 1)}`],
	// the peer: n8n's Twilio node for sends (speed-up), n8n's Webhook node for triggers (share of its req/s)
	['vs peer', (f) =>
		f.ratio !== undefined ? `${f.ratio.toFixed(1)}x` : f.peerShare !== undefined ? `${(100 * f.peerShare).toFixed(0)}%` : ''],
	['target', (f) => f.target ?? ''],
	['ok', (f) => (f.pass === undefined ? '' : f.pass ? 'yes' : 'NO')],
];

/** The figures as a Markdown table (also what docs/PERFORMANCE.md quotes). */
export function table(figures: Figure[]): string {
	const rows = figures.map((f) => COLUMNS.map(([, cell]) => cell(f)));
	const widths = COLUMNS.map(([title], i) => Math.max(title.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
	return [
		line(COLUMNS.map(([title]) => title)),
		`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
		...rows.map(line),
	].join('\n');
}

export function parseOptions(argv = process.argv.slice(2)): BenchOptions {
	return { quick: argv.includes('--quick') };
}

/** Lets a benchmark file run on its own, printing its table and JSON. */
export function runStandalone(module: NodeModule, suite: Suite): void {
	if (require.main !== module) return;
	const options = parseOptions();
	suite
		.run(options, {})
		.then((figures) => {
			console.log(table(figures));
			console.log(JSON.stringify({ figures }));
		})
		.catch((error) => {
			console.error(error);
			process.exitCode = 1;
		})
		.finally(() => shutdownEngine());
}
