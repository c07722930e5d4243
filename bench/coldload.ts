/**
 * Scenario 5, cold load: how long n8n takes to load every node and credential the package lists in package.json
 * ("n8n" section), as its loader does: require each built file and create the class (n8n reads the description
 * from the instance). Target: under 100 ms.
 *
 * The package is built with the project's own build (scripts/build.js: one bundled file per registered node and
 * credential) into a scratch folder in the system's temporary folder, so that dist/ is never touched; the build is
 * reused while no source changes.
 * Each measurement is a fresh Node.js process; n8n-workflow is loaded first and timed apart, since the n8n host has
 * it loaded already. The figure is the median of the runs.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Suite } from './harness';
import { runStandalone } from './harness';

const ROOT = join(__dirname, '..');
/** Outside the clone, so that lint and Jest never see it; its node_modules links to the project's. */
const BUILD = join(tmpdir(), `n8n-nodes-telephony-bench-build-${createHash('sha1').update(ROOT).digest('hex').slice(0, 8)}`);
const TARGET_MS = 100;

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/** Builds the package into BUILD as `npm run build` builds dist/; reuses the last build while no source changed. */
export function buildScratch(): boolean {
	const sources = ['credentials', 'nodes'].flatMap((d) => walk(join(ROOT, d)));
	const stamp = JSON.stringify({
		files: sources.length,
		newest: Math.max(...[...sources, join(ROOT, 'scripts/build.js')].map((f) => statSync(f).mtimeMs)),
	});
	const stampFile = join(BUILD, '.stamp');
	if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return false;
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { build } = require('../scripts/build.js') as { build(outdir: string): number };
	build(BUILD);
	symlinkSync(join(ROOT, 'node_modules'), join(BUILD, 'node_modules'), 'dir');
	writeFileSync(stampFile, stamp);
	return true;
}

/** Run in a fresh process: prints {workflowMs, loadMs, cpuMs, files} as JSON. */
const PROBE = `
const { performance } = require('node:perf_hooks');
const [root, build, list] = process.argv.slice(1);
const { createRequire } = require('node:module');
const req = createRequire(build + '/package.json');
let t = performance.now();
req('n8n-workflow');
const workflowMs = performance.now() - t;
const files = JSON.parse(list);
const cpu = process.cpuUsage();
t = performance.now();
for (const file of files) {
	const mod = req(build + '/' + file.replace(/^dist\\//, ''));
	for (const value of Object.values(mod)) if (typeof value === 'function') new value();
}
const loadMs = performance.now() - t;
const { user, system } = process.cpuUsage(cpu);
console.log(JSON.stringify({ workflowMs, loadMs, cpuMs: (user + system) / 1000, files: files.length }));
`;

export const suite: Suite = {
	name: 'coldload',
	async run({ quick }) {
		const started = performance.now();
		const built = buildScratch();
		const buildMs = performance.now() - started;
		const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
			n8n: { nodes: string[]; credentials: string[] };
		};
		const files = [...pkg.n8n.credentials, ...pkg.n8n.nodes];
		const runs = Array.from({ length: quick ? 3 : 7 }, () =>
			JSON.parse(
				execFileSync(process.execPath, ['-e', PROBE, ROOT, BUILD, JSON.stringify(files)], { encoding: 'utf8' }),
			) as { workflowMs: number; loadMs: number; cpuMs: number },
		);
		const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
		const loadMs = median(runs.map((r) => r.loadMs));
		const workflowMs = median(runs.map((r) => r.workflowMs));
		return [
			{
				scenario: 5,
				subject: 'package',
				label: `cold load, ${pkg.n8n.nodes.length} nodes + ${pkg.n8n.credentials.length} credentials`,
				items: files.length,
				wallMs: loadMs,
				cpuMs: median(runs.map((r) => r.cpuMs)),
				target: `< ${TARGET_MS} ms`,
				pass: loadMs < TARGET_MS,
				note:
					`median of ${runs.length} fresh processes (runs: ${runs.map((r) => r.loadMs.toFixed(0)).join(', ')} ms); ` +
					`n8n-workflow itself, loaded first as in n8n: ${workflowMs.toFixed(0)} ms; ${built ? `scratch build ${buildMs.toFixed(0)} ms` : 'scratch build unchanged, reused'}`,
			},
		];
	},
};

runStandalone(module, suite);
