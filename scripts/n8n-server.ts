/**
 * A real n8n server driven from scripts and end-to-end tests: install this package into an n8n user folder the way
 * n8n installs a community package, start n8n offline on loopback, and use its REST and public APIs.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

import type { ICredentialType, INodeParameters, INodeType } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

export const ROOT = resolve(__dirname, '..');
export const OWNER = { email: 'owner@example.com', firstName: 'Sandbox', lastName: 'Owner', password: 'Passw0rd!Passw0rd' };

/** The cache folder shared by `npm start` and the end-to-end tests (outside the clone, kept between runs). */
export function cacheDir(): string {
	return process.env.N8N_TELEPHONY_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(process.env.HOME ?? '/tmp', '.cache'), 'n8n-nodes-telephony');
}

/** Installs n8n (once per machine) and returns its folder. */
export function installN8n(version = '2.8.4'): string {
	return execFileSync('bash', [join(ROOT, 'scripts', 'install-n8n.sh'), version], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	}).trim();
}

/**
 * Installs Node.js 24 and the newest n8n that installs here on it (once per machine, 5+ minutes cold) and returns
 * both folders: n8n >= 2.36 needs Node.js 24, while this project runs on Node.js 20.
 */
export function installN8nOnNode24(version = '2.41.1'): { n8nDir: string; nodeDir: string } {
	const [n8nDir, nodeDir] = execFileSync('bash', [join(ROOT, 'scripts', 'install-n8n-node24.sh'), version], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	})
		.trim()
		.split('\n')
		.slice(-2);
	return { n8nDir, nodeDir };
}

/** `npm pack` of the built package; returns the tarball's path. */
export function packPackage(destination: string): string {
	mkdirSync(destination, { recursive: true });
	const out = execFileSync('npm', ['pack', '--silent', '--pack-destination', destination], { cwd: ROOT, encoding: 'utf8' });
	return join(destination, out.trim().split('\n').pop()!);
}

/**
 * Installs the packed package into `<userFolder>/.n8n/nodes` exactly where n8n's "Install community node" puts it:
 * node_modules/n8n-nodes-telephony, listed in that folder's package.json.
 */
export function installPackage(userFolder: string, tarball: string): void {
	const nodesDir = join(userFolder, '.n8n', 'nodes');
	const target = join(nodesDir, 'node_modules', 'n8n-nodes-telephony');
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
	const version = (JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')) as { version: string }).version;
	writeFileSync(
		join(nodesDir, 'package.json'),
		JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { 'n8n-nodes-telephony': version } }, null, 2),
	);
}

export interface N8nServer {
	baseUrl: string;
	process: ChildProcess;
	logFile: string;
	log(): string;
	stop(): Promise<void>;
}

/** Starts n8n offline on loopback and resolves once it is ready (for main: once the editor is reachable). */
export async function startN8n(opts: {
	n8nDir: string;
	userFolder: string;
	port?: number;
	brokerPort?: number;
	env?: Record<string, string>;
	timeoutMs?: number;
	/** A Node.js install folder (bin/node) to run n8n on instead of the current one (see installN8nOnNode24). */
	nodeDir?: string;
	/**
	 * What to run (queue mode, see scripts/queue-mode.ts): the main process (`n8n start`, the default), a worker
	 * (`n8n worker`, its health server on `port`) or a webhook processor (`n8n webhook`, listening on `port`).
	 */
	command?: 'start' | 'worker' | 'webhook';
}): Promise<N8nServer> {
	const port = opts.port ?? 5678;
	const command = opts.command ?? 'start';
	// the line each command logs once it is up (a worker has no editor; its health server answers the readiness check)
	const readyLine = {
		start: 'Editor is now accessible',
		worker: 'n8n worker is now ready',
		webhook: 'Webhook listener waiting for requests',
	}[command];
	mkdirSync(opts.userFolder, { recursive: true });
	const logFile = join(opts.userFolder, 'n8n.log');
	const logStream = createWriteStream(logFile);
	const n8nBin = join(opts.n8nDir, 'node_modules', '.bin', 'n8n');
	const [executable, args] = opts.nodeDir
		? [join(opts.nodeDir, 'bin', 'node'), [join(opts.n8nDir, 'node_modules', 'n8n', 'bin', 'n8n'), command]]
		: [n8nBin, [command]];
	// n8n started with NODE_ENV=test (which Jest sets) exits at once without a word
	const { NODE_ENV: _nodeEnv, ...parentEnv } = process.env;
	const child = spawn(executable, args, {
		env: {
			...parentEnv,
			// n8n starts its task runner with the Node.js it runs on; keep anything else it spawns on that one too
			...(opts.nodeDir ? { PATH: `${join(opts.nodeDir, 'bin')}:${process.env.PATH ?? ''}` } : {}),
			N8N_USER_FOLDER: opts.userFolder,
			N8N_PORT: String(port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			N8N_RUNNERS_BROKER_PORT: String(opts.brokerPort ?? port + 1000),
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_HIRING_BANNER_ENABLED: 'false',
			N8N_DYNAMIC_BANNERS_ENABLED: 'false',
			N8N_SECURE_COOKIE: 'false',
			N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
			WEBHOOK_URL: `http://127.0.0.1:${port}/`,
			...(command === 'worker' ? { QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(port) } : {}),
			...(opts.env ?? {}),
		},
		stdio: ['ignore', 'pipe', 'pipe'],
		// its own process group: stop() ends n8n and the task runner it started, which shares n8n's output pipes
		detached: true,
	});
	child.stdout?.pipe(logStream);
	child.stderr?.pipe(logStream);
	const baseUrl = `http://127.0.0.1:${port}`;
	const log = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
	const stop = async () => {
		if (child.exitCode !== null) return;
		const exited = new Promise((r) => child.once('exit', r));
		const signal = (name: NodeJS.Signals) => {
			try {
				process.kill(-child.pid!, name);
			} catch {
				child.kill(name);
			}
		};
		signal('SIGTERM');
		let timer: NodeJS.Timeout | undefined;
		await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 10_000)))]);
		clearTimeout(timer);
		if (child.exitCode === null) signal('SIGKILL');
	};
	const deadline = Date.now() + (opts.timeoutMs ?? 90_000);
	while (Date.now() < deadline) {
		if (child.exitCode !== null) {
			await new Promise((r) => setTimeout(r, 500)); // let the last lines reach the log file
			throw new Error(`n8n exited with ${child.exitCode}:\n${log().slice(-3000)}`);
		}
		if (log().includes(readyLine)) {
			const ready = await fetch(`${baseUrl}/healthz/readiness`).catch(() => undefined);
			if (ready?.ok) return { baseUrl, process: child, logFile, log, stop };
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	await stop();
	throw new Error(`n8n did not become ready in time:\n${log().slice(-3000)}`);
}

/** Node type names the package registers, as n8n names them once installed (`n8n-nodes-telephony.<name>`). */
export function packageNodeTypes(): string[] {
	const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { n8n: { nodes: string[] } };
	return pkg.n8n.nodes.map((file) => {
		const className = basename(file, '.node.js');
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const NodeClass = (require(join(ROOT, file)) as Record<string, new () => INodeType>)[className];
		return `n8n-nodes-telephony.${new NodeClass().description.name}`;
	});
}

/** Lines of n8n's log that report a problem loading this package. */
export function packageLoadErrors(log: string): string[] {
	// the cache folder's name contains the package name too: stack lines of n8n's own files there do not count
	return log
		.split('\n')
		.filter((line) => /n8n-nodes-telephony/.test(line.split(cacheDir()).join('')) && /error|cannot|failed|unable/i.test(line));
}

/** A logged-in REST session (cookie) plus an API key for the public API. */
export class N8nClient {
	private cookie = '';

	private apiKey = '';

	constructor(readonly baseUrl: string) {}

	private async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
		const send = async () =>
			await fetch(this.baseUrl + path, {
				method,
				headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
				body: body === undefined ? undefined : JSON.stringify(body),
			});
		// a fresh n8n can drop the first connection of a large answer (/types/nodes.json): repeat a read once
		const res = method === 'GET' ? await send().catch(async () => await send()) : await send();
		const setCookie = res.headers.get('set-cookie');
		if (setCookie?.includes('n8n-auth=')) this.cookie = setCookie.split(';')[0];
		const text = await res.text();
		let json: unknown;
		try {
			json = text ? JSON.parse(text) : undefined;
		} catch {
			json = text;
		}
		return { status: res.status, json: json as Record<string, unknown> };
	}

	async rest(method: string, path: string, body?: unknown) {
		return await this.request(method, `/rest${path}`, body);
	}

	async api(method: string, path: string, body?: unknown) {
		return await this.request(method, `/api/v1${path}`, body, { 'X-N8N-API-KEY': this.apiKey });
	}

	/** Creates the owner on a fresh instance, or logs in on one that has it. */
	async signIn(owner = OWNER): Promise<void> {
		const setup = await this.rest('POST', '/owner/setup', owner);
		if (setup.status !== 200) {
			const login = await this.rest('POST', '/login', { emailOrLdapLoginId: owner.email, password: owner.password });
			if (login.status !== 200) throw new Error(`Cannot sign in to n8n: ${JSON.stringify(login.json)}`);
		}
		const key = await this.rest('POST', '/api-keys', {
			label: `telephony-${Date.now()}`,
			expiresAt: null,
			scopes: [
				'workflow:create',
				'workflow:read',
				'workflow:list',
				'workflow:update',
				'workflow:activate',
				'workflow:deactivate',
				'credential:create',
				'credential:list',
				'execution:read',
				'execution:list',
			],
		});
		const data = key.json?.data as { rawApiKey?: string } | undefined;
		if (!data?.rawApiKey) throw new Error(`Cannot create an API key: ${JSON.stringify(key.json)}`);
		this.apiKey = data.rawApiKey;
	}

	/** Node types n8n loaded (needs the REST session). */
	async nodeTypes(): Promise<Array<{ name: string; displayName: string }>> {
		const res = await this.request('GET', '/types/nodes.json');
		return res.json as unknown as Array<{ name: string; displayName: string }>;
	}

	/** Credential types n8n loaded (needs the REST session). */
	async credentialTypes(): Promise<Array<{ name: string; displayName: string }>> {
		const res = await this.request('GET', '/types/credentials.json');
		return res.json as unknown as Array<{ name: string; displayName: string }>;
	}
}

/** The credential data as the n8n editor saves it: the shown fields with their defaults, the hidden ones left out. */
function credentialData(type: string, data: Record<string, unknown>): Record<string, unknown> {
	const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { n8n: { credentials: string[] } };
	for (const file of pkg.n8n.credentials) {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const CredentialClass = (require(join(ROOT, file)) as Record<string, new () => ICredentialType>)[
			basename(file, '.credentials.js')
		];
		const credential = new CredentialClass();
		if (credential.name === type) {
			return NodeHelpers.getNodeParameters(credential.properties, data as INodeParameters, true, false, null, null) ?? data;
		}
	}
	return data;
}

/** Shown fields with their defaults, limited to what the public API's schema of the type lists. */
export async function apiCredentialData(client: N8nClient, type: string, data: Record<string, unknown>) {
	const schema = (await client.api('GET', `/credentials/schema/${type}`)).json as { properties?: Record<string, unknown> };
	const listed = new Set(Object.keys(schema?.properties ?? {}));
	const full = credentialData(type, data);
	return {
		...Object.fromEntries(Object.entries(full).filter(([key]) => listed.size === 0 || listed.has(key))),
		allowedHttpRequestDomains: 'all',
	};
}
