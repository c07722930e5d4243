/**
 * Builds dist/ (after `tsc --noEmit` has type-checked; the icons are copied by gulp afterwards).
 *
 * Each credential and node that package.json registers becomes one self-contained CommonJS file, with the shared
 * code it uses compiled in; only `n8n-workflow` (the peer n8n provides) and Node's `crypto` stay outside. n8n loads
 * every registered file when it starts: one file each instead of a tree of about 220 small modules halves the time
 * that takes (docs/PERFORMANCE.md, scenario 5). The code is not minified, so what ships reads like the source.
 * Each node's codex file (`<Node>.node.json`) is copied next to it.
 */
const { cpSync, readdirSync, rmSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');
const esbuild = require('esbuild');

const ROOT = join(__dirname, '..');

/** Builds the package into `outdir` (dist/ by default, a scratch folder for the cold-load benchmark). */
function build(outdir = join(ROOT, 'dist')) {
	const pkg = require(join(ROOT, 'package.json'));
	rmSync(outdir, { recursive: true, force: true });
	const registered = [...pkg.n8n.credentials, ...pkg.n8n.nodes];
	esbuild.buildSync({
		absWorkingDir: ROOT,
		entryPoints: registered.map((file) => file.replace(/^dist\//, '').replace(/\.js$/, '.ts')),
		outbase: ROOT,
		outdir,
		bundle: true,
		platform: 'node',
		format: 'cjs',
		target: 'node20',
		external: ['n8n-workflow'],
		charset: 'utf8',
		logLevel: 'warning',
	});
	for (const file of walk(join(ROOT, 'nodes')).filter((f) => f.endsWith('.node.json'))) {
		cpSync(file, join(outdir, relative(ROOT, file)));
	}
	return registered.length;
}

function walk(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

module.exports = { build };

if (require.main === module) build();
