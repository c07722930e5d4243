/**
 * Inbound webhooks through n8n 2.8.4 in queue mode (scripts/queue-mode.ts: PostgreSQL, Redis, main, a webhook
 * processor, workers), with 1 and then 2 workers: the BulkSMS simulator delivers inbound SMS to the BulkSMS
 * Trigger of examples/bulksms-auto-reply.json (each execution sends one reply through the package), at most
 * `--concurrency` deliveries unanswered at a time. Measured per run: deliveries accepted per second, executions
 * finished per second, and the time from delivery to the finished execution (p50/p99, from the execution's
 * startedAt/stoppedAt in n8n's public API). Prints a table, then every figure as JSON on the last line.
 *
 *   npx ts-node --transpile-only bench/queue-mode.ts [--events 2000] [--warmup 200] [--concurrency 20]
 *     [--worker-concurrency 10] [--quick]
 *
 * Ports: n8n 5730–5733 and 5736–5739, PostgreSQL 5742, Redis 5743 (the test uses 5720–5729, 5740 and 5741).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

import { processName } from '../scripts/queue-mode';
import type { BulkSmsSimulator } from '../simulators/bulksms';
import { activate, createWorkflow, eventually, importable } from '../test/e2e/harness';
import type { LoadFigures } from '../test/e2e/queue/load';
import { measureInbound } from '../test/e2e/queue/load';
import type { QueueE2e } from '../test/e2e/queue/setup';
import { startQueueE2e } from '../test/e2e/queue/setup';

function option(name: string, fallback: number): number {
	const at = process.argv.indexOf(`--${name}`);
	return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

const quick = process.argv.includes('--quick');
const EVENTS = option('events', quick ? 300 : 2000);
const WARMUP = option('warmup', quick ? 50 : 200);
const CONCURRENCY = option('concurrency', 20);
/** Jobs each worker runs at once (n8n's default 10). */
const WORKER_CONCURRENCY = option('worker-concurrency', 10);
const TICKS = 100; // Linux clock ticks per second (USER_HZ)

/**
 * CPU seconds used so far by each started process and everything under it (n8n with its task runner, PostgreSQL
 * with its sessions, which leave the process group), from /proc.
 */
function cpuByGroup(groups: Array<{ name: string; pgid: number }>): Record<string, number> {
	const procs = new Map<number, { ppid: number; seconds: number }>();
	for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
		try {
			// fields after "(comm)": state ppid pgrp … utime (12th) stime (13th)
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			procs.set(Number(pid), { ppid: Number(fields[1]), seconds: (Number(fields[11]) + Number(fields[12])) / TICKS });
		} catch {
			// gone meanwhile
		}
	}
	const rootOf = (pid: number): number | undefined => {
		for (let p: number | undefined = pid; p !== undefined && p > 1; p = procs.get(p)?.ppid) {
			if (groups.some((g) => g.pgid === p)) return p;
		}
		return undefined;
	};
	const totals: Record<string, number> = Object.fromEntries(groups.map((g) => [g.name, 0]));
	for (const [pid, { seconds }] of procs) {
		const root = rootOf(pid);
		if (root !== undefined) totals[groups.find((g) => g.pgid === root)!.name] += seconds;
	}
	return totals;
}

interface Row extends Omit<LoadFigures, 'executionIds'> {
	workers: number;
	wallSeconds: number;
	/** Executions each worker ran. */
	perWorker: number[];
	/** CPU seconds per process group over the run; `bench` is this process (the simulators). */
	cpuSeconds: Record<string, number>;
}

async function run(e2e: QueueE2e, workflow: { id: string; trigger: string; hookId: number }, events: number): Promise<Row> {
	const groups = e2e.queue.processGroups();
	const cpuBefore = cpuByGroup(groups);
	const ownBefore = process.cpuUsage();
	const started = Date.now();
	const { executionIds, ...figures } = await measureInbound(e2e, workflow, events, CONCURRENCY, 30 * 60_000);
	const wallSeconds = (Date.now() - started) / 1000;
	const cpuAfter = cpuByGroup(groups);
	const own = process.cpuUsage(ownBefore);
	const cpuSeconds = Object.fromEntries(groups.map((g) => [g.name, cpuAfter[g.name] - cpuBefore[g.name]]));
	cpuSeconds.bench = (own.user + own.system) / 1e6;
	const ids = new Set(executionIds);
	const perWorker = e2e.queue.workers.map(
		(w) => [...w.log().matchAll(/Worker started execution (\d+)/g)].filter((m) => ids.has(m[1])).length,
	);
	return { workers: e2e.queue.workers.length, wallSeconds, perWorker, cpuSeconds, ...figures };
}

function table(rows: Row[]): string {
	const header = ['workers', 'events', 'in flight', 'accepted/s', 'executed/s', 'p50 ms', 'p99 ms', 'queue p50/p99 ms', 'run p50 ms', 'per worker', 'CPU s (main/webhook/workers/postgres/redis/bench)'];
	const lines = rows.map((r) => {
		const cpu = r.cpuSeconds;
		const workers = Object.keys(cpu).filter((k) => k.startsWith('worker-')).map((k) => cpu[k].toFixed(1)).join('+');
		return [
			String(r.workers),
			`${r.succeeded}/${r.events}`,
			String(r.concurrency),
			r.acceptedPerSecond.toFixed(1),
			r.executedPerSecond.toFixed(1),
			String(r.p50Ms),
			String(r.p99Ms),
			`${r.queueP50Ms}/${r.queueP99Ms}`,
			String(r.runP50Ms),
			r.perWorker.join('+'),
			[cpu.main, cpu.webhook].map((v) => v.toFixed(1)).concat(workers, [cpu.postgres, cpu.redis, cpu.bench].map((v) => v.toFixed(1))).join(' / '),
		];
	});
	const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
	const row = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
	return [row(header), row(widths.map((w) => '-'.repeat(w))), ...lines.map(row)].join('\n');
}

async function main() {
	const load = { start: loadavg()[0] };
	const started = Date.now();
	const e2e = await startQueueE2e({ workers: 1, n8nPort: 5730, postgresPort: 5742, redisPort: 5743, concurrency: WORKER_CONCURRENCY });
	const rows: Row[] = [];
	try {
		const bulk = e2e.sim<BulkSmsSimulator>('bulksms');
		const workflow = await createWorkflow(e2e.queue.client, importable('bulksms-auto-reply.json', e2e.simulators));
		const trigger = workflow.nodes.find((n) => n.type === 'n8n-nodes-telephony.bulkSmsTrigger')!;
		await activate(e2e.queue.client, workflow.id);
		const prefix = `${e2e.queue.webhookBaseUrl}/webhook/${trigger.webhookId}/`;
		await eventually(() => [...bulk.webhooks.values()].some((h) => h.url.startsWith(prefix)), 'BulkSMS has the webhook');
		const target = { id: workflow.id, trigger: trigger.name, hookId: [...bulk.webhooks.values()].find((h) => h.url.startsWith(prefix))!.id };

		for (const workers of [1, 2]) {
			while (e2e.queue.workers.length < workers) await e2e.queue.addWorker();
			// n8n is a long-running server: warm every process up (JIT, connection pools) before measuring
			await run(e2e, target, WARMUP);
			const row = await run(e2e, target, EVENTS);
			rows.push(row);
			console.error(`${workers} worker(s): ${row.executedPerSecond.toFixed(1)} executions/s, p99 ${row.p99Ms} ms (${e2e.queue.workers.map(processName).join(', ')})`);
		}
	} finally {
		await e2e.stop();
	}
	const machine = {
		cpus: cpus().length,
		node: process.version,
		n8n: '2.8.4',
		loadAverage: { start: load.start, end: loadavg()[0] },
		totalSeconds: (Date.now() - started) / 1000,
		date: new Date().toISOString(),
	};
	console.log(table(rows));
	const { start, end } = machine.loadAverage;
	console.log(
		`${machine.cpus} CPUs shared by PostgreSQL, Redis, n8n main, the webhook processor, the workers and this process (the simulators); load average ${start.toFixed(1)} at the start, ${end.toFixed(1)} at the end.`,
	);
	console.log(
		JSON.stringify({ benchmark: 'queue-mode', machine, events: EVENTS, warmup: WARMUP, concurrency: CONCURRENCY, workerConcurrency: WORKER_CONCURRENCY, rows }),
	);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
