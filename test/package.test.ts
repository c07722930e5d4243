/**
 * The package as n8n loads it: package.json rules of n8n's verification, every node and credential registered
 * and loadable from dist/ (run after `npm run build`, as `npm test` does), icons present, and shipped code free of
 * what n8n's scanner forbids, in the sources and in the built files it lints from the published tarball.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

import type { ICredentialType, INodeType } from 'n8n-workflow';

const ROOT = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

function walk(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

const sources = [...walk(join(ROOT, 'nodes')), ...walk(join(ROOT, 'credentials'))].filter((f) => f.endsWith('.ts'));
const toDist = (source: string) => `dist/${relative(ROOT, source).replace(/\.ts$/, '.js')}`;

/** Loads a built file the way n8n does: the export named like the file. */
const load = <T>(file: string): T => {
	const className = basename(file).replace(/\.(node|credentials)\.js$/, '');
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const NodeClass = (require(join(ROOT, file)) as Record<string, new () => T>)[className];
	if (typeof NodeClass !== 'function') throw new Error(`${file} does not export a class ${className}`);
	return new NodeClass();
};

describe('package.json', () => {
	it('follows the community package rules', () => {
		expect(pkg.name).toBe('n8n-nodes-telephony');
		expect(pkg.keywords).toContain('n8n-community-node-package');
		expect(pkg.license).toBe('MIT');
		expect(pkg.files).toEqual(['dist']);
		expect(pkg.dependencies ?? {}).toEqual({});
		expect(pkg.peerDependencies).toEqual({ 'n8n-workflow': '*' });
		expect(pkg.overrides).toBeUndefined();
		for (const script of ['prepare', 'preinstall', 'install', 'postinstall', 'prepublish']) {
			expect(pkg.scripts[script]).toBeUndefined();
		}
		expect(pkg.n8n.n8nNodesApiVersion).toBe(1);
		for (const [name, version] of Object.entries(pkg.devDependencies as Record<string, string>)) {
			expect(`${name}@${version}`).toMatch(/@\d+\.\d+\.\d+$/);
		}
	});

	it('registers every node and credential, and nothing else', () => {
		const nodes = sources.filter((f) => f.endsWith('.node.ts')).map(toDist).sort();
		const credentials = sources.filter((f) => f.endsWith('.credentials.ts')).map(toDist).sort();
		expect([...pkg.n8n.nodes].sort()).toEqual(nodes);
		expect([...pkg.n8n.credentials].sort()).toEqual(credentials);
	});
});

describe('built package', () => {
	beforeAll(() => {
		if (!existsSync(join(ROOT, 'dist'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
	});

	it('loads every registered credential with an icon, a test request and documentation', () => {
		for (const file of pkg.n8n.credentials as string[]) {
			{
				const credential = load<ICredentialType>(file);
				expect(credential.name).toMatch(/^[a-z][A-Za-z]+Api$/);
				expect(credential.test).toBeDefined();
				expect(credential.documentationUrl).toMatch(/^https:\/\//);
				expect(credential.icon).toBeDefined();
			}
		}
	});

	it('loads every registered node with its icons in dist/', () => {
		const names = new Set<string>();
		for (const file of pkg.n8n.nodes as string[]) {
			{
				const d = load<INodeType>(file).description;
				expect(names.has(d.name)).toBe(false);
				names.add(d.name);
				const icon = d.icon as { light: string; dark: string };
				for (const variant of [icon.light, icon.dark]) {
					expect(existsSync(join(ROOT, file, '..', variant.replace(/^file:/, '')))).toBe(true);
				}
				expect(readFileSync(join(ROOT, file, '..', icon.light.slice(5)))).not.toEqual(
					readFileSync(join(ROOT, file, '..', icon.dark.slice(5))),
				);
				const isTrigger = d.name.endsWith('Trigger');
				expect(d.usableAsTool ?? false).toBe(!isTrigger);
				if (isTrigger) expect(d.inputs).toEqual([]);
				expect(existsSync(join(ROOT, file.replace(/\.js$/, '.json')))).toBe(true);
			}
		}
	});
});

describe('shipped code', () => {
	it('uses nothing that n8n verification forbids', () => {
		const forbidden =
			/\bsetTimeout\(|\bsetInterval\(|\bsetImmediate\(|\bprocess\.|\bconsole\.|from '(node:)?fs'|from 'axios'|require\(|\beval\(|new Function\(/;
		const offenders = sources.filter((f) => forbidden.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
		expect(offenders).toEqual([]);
	});

	it('imports only n8n-workflow, crypto and its own files', () => {
		const imports = sources.flatMap((f) =>
			[...readFileSync(f, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]).filter((m) => !m.startsWith('.')),
		);
		expect([...new Set(imports)].sort().filter((m) => !['n8n-workflow', 'crypto', 'node:crypto'].includes(m))).toEqual([]);
	});

	it("passes the lint n8n's verification scanner runs on the built files (scripts/scan-built.mjs)", () => {
		const run = spawnSync(process.execPath, [join(ROOT, 'scripts/scan-built.mjs')], { encoding: 'utf8' });
		const { files, problems } = JSON.parse(run.stdout) as { files: string[]; problems: string[] };
		expect(files).toEqual([...pkg.n8n.credentials, ...pkg.n8n.nodes, 'package.json'].sort());
		expect(problems).toEqual([]);
		expect(run.status).toBe(0);
	});

	it('builds each registered file self-contained: it requires only n8n-workflow and crypto', () => {
		for (const file of [...pkg.n8n.credentials, ...pkg.n8n.nodes] as string[]) {
			const required = [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]);
			expect([file, [...new Set(required)].filter((m) => m !== 'n8n-workflow' && m !== 'crypto')]).toEqual([file, []]);
		}
	});
});
