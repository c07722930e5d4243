/**
 * n8n's queue mode on loopback, in temporary folders: a private PostgreSQL cluster and Redis, the main process
 * (`EXECUTIONS_MODE=queue`, production webhooks off), workers (`n8n worker`) and a webhook processor
 * (`n8n webhook`, a second one on request), each with this package installed in its own user folder the community
 * way. Redis and PostgreSQL come from Debian's packages (scripts/install-queue-services.sh installs them when
 * missing). Used by test/e2e/queue-mode.test.ts and bench/queue-mode.ts. On its own it starts everything and stops
 * it on Ctrl-C: `npx ts-node --transpile-only scripts/queue-mode.ts [workers]` (QUEUE_MODE_KEEP=1 keeps the logs
 * and the database folder afterwards).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

import type { N8nServer } from './n8n-server';
import { installN8n, installPackage, N8nClient, OWNER, packPackage, ROOT, startN8n } from './n8n-server';

export interface QueueModeOptions {
	/** n8n's install folder (default: installN8n(), n8n 2.8.4). */
	n8nDir?: string;
	/** Workers to start with (default 2); more can join with addWorker(). */
	workers?: number;
	/**
	 * First n8n port: main on it, the webhook processor on +2 (a second one on +4), worker i on +6+2i, each with its
	 * task broker on the port after (5720–5739 are kept for this).
	 */
	n8nPort?: number;
	postgresPort?: number;
	redisPort?: number;
	/** Jobs each worker runs at once (n8n's default: 10). */
	concurrency?: number;
	/** Extra environment of every n8n process. */
	env?: Record<string, string>;
	/** The package tarball to install (default: `npm pack` of this clone's dist/). */
	tarball?: string;
	/** Keep the folders (logs, database) after stop(), for a look at what happened. */
	keep?: boolean;
}

export interface QueueMode {
	main: N8nServer;
	/** The webhook processor whose URL is every process's WEBHOOK_URL. */
	webhook: N8nServer;
	/** Every webhook processor: the first, and one started by addWebhookProcessor(). */
	webhooks: N8nServer[];
	workers: N8nServer[];
	/** The first webhook processor's base URL: every production webhook URL registered starts with it. */
	webhookBaseUrl: string;
	/** Signed in on main, with an API key. */
	client: N8nClient;
	/** Temporary folder holding every process's user folder and log. */
	folder: string;
	addWorker(): Promise<N8nServer>;
	/** A second webhook processor, as behind a load balancer (the providers still get the first one's URL). */
	addWebhookProcessor(): Promise<N8nServer>;
	/** Every process group started (n8n processes with their task runners, PostgreSQL, Redis), by name. */
	processGroups(): Array<{ name: string; pgid: number }>;
	/** Every port listened on: n8n's and their task brokers, PostgreSQL's, Redis's. */
	ports(): number[];
	stop(): Promise<void>;
}

interface Daemon {
	child: ChildProcess;
	log(): string;
	stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Redis and PostgreSQL from Debian's packages, installed when missing (scripts/install-queue-services.sh). */
export function installQueueServices(): void {
	execFileSync('bash', [join(ROOT, 'scripts', 'install-queue-services.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
}

/** A PostgreSQL program: Debian keeps them in /usr/lib/postgresql/<version>/bin, off the PATH. */
function postgresProgram(name: string): string {
	const root = '/usr/lib/postgresql';
	const versions = existsSync(root)
		? readdirSync(root)
				.filter((v) => existsSync(join(root, v, 'bin', name)))
				.sort((a, b) => Number(b) - Number(a))
		: [];
	return versions.length > 0 ? join(root, versions[0], 'bin', name) : name;
}

/** PostgreSQL refuses to run as root: as root, its programs run as the `postgres` system user. */
function asPostgres(program: string, args: string[]): [string, string[]] {
	return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', program, ...args]] : [program, args];
}

/** A server in its own process group (so that stopping it ends everything it started), its output in a file. */
function daemon(command: string, args: string[], logFile: string, stopSignal: NodeJS.Signals): Daemon {
	const out = createWriteStream(logFile);
	const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	child.stdout?.pipe(out);
	child.stderr?.pipe(out);
	const log = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
	const signalGroup = (signal: NodeJS.Signals) => {
		try {
			process.kill(-child.pid!, signal);
		} catch {
			// already gone
		}
	};
	const stop = async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		const exited = new Promise((r) => child.once('exit', r));
		signalGroup(stopSignal);
		let timer: NodeJS.Timeout | undefined;
		const late = new Promise<boolean>((r) => (timer = setTimeout(() => r(true), 10_000)));
		const tooLate = await Promise.race([exited.then(() => false), late]);
		clearTimeout(timer);
		if (tooLate) {
			signalGroup('SIGKILL');
			await exited;
		}
	};
	return { child, log, stop };
}

async function waitUntil(what: string, ready: () => boolean | Promise<boolean>, server: Daemon, timeoutMs = 30_000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (server.child.exitCode !== null) throw new Error(`${what} exited with ${server.child.exitCode}:\n${server.log().slice(-2000)}`);
		if (await ready()) return;
		await sleep(100);
	}
	throw new Error(`${what} did not start in time:\n${server.log().slice(-2000)}`);
}

/** A private PostgreSQL cluster (trust on loopback, no fsync: a throwaway test database) with a database `n8n`. */
async function startPostgres(folder: string, port: number): Promise<Daemon & { dataDir: string }> {
	const dataDir = mkdtempSync(join(tmpdir(), 'n8n-telephony-queue-pg-'));
	if (process.getuid?.() === 0) {
		const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
		chownSync(dataDir, id('-u'), id('-g'));
	}
	const initdb = asPostgres(postgresProgram('initdb'), ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '-N']);
	try {
		execFileSync(initdb[0], initdb[1], { stdio: ['ignore', 'ignore', 'pipe'] });
	} catch (error) {
		rmSync(dataDir, { recursive: true, force: true });
		throw error;
	}
	const settings = ['listen_addresses=127.0.0.1', 'fsync=off', 'synchronous_commit=off', 'full_page_writes=off'];
	const [command, args] = asPostgres(postgresProgram('postgres'), [
		'-D',
		dataDir,
		'-p',
		String(port),
		'-k',
		dataDir,
		...settings.flatMap((s) => ['-c', s]),
	]);
	// SIGINT is PostgreSQL's "fast" shutdown: it ends the sessions instead of waiting for them
	const server = daemon(command, args, join(folder, 'postgres.log'), 'SIGINT');
	const isReady = () => {
		try {
			execFileSync(postgresProgram('pg_isready'), ['-q', '-h', '127.0.0.1', '-p', String(port)]);
			return true;
		} catch {
			return false;
		}
	};
	try {
		await waitUntil('PostgreSQL', isReady, server);
		execFileSync(postgresProgram('createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'n8n']);
	} catch (error) {
		await server.stop();
		rmSync(dataDir, { recursive: true, force: true });
		throw error;
	}
	return { ...server, dataDir };
}

/** Redis without persistence (the queue lives only as long as the run). */
async function startRedis(folder: string, port: number): Promise<Daemon> {
	const server = daemon(
		'redis-server',
		['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', folder],
		join(folder, 'redis.log'),
		'SIGTERM',
	);
	try {
		await waitUntil('Redis', () => server.log().includes('Ready to accept connections'), server);
	} catch (error) {
		await server.stop();
		throw error;
	}
	return server;
}

export async function startQueueMode(opts: QueueModeOptions = {}): Promise<QueueMode> {
	installQueueServices();
	const n8nDir = opts.n8nDir ?? installN8n();
	const n8nPort = opts.n8nPort ?? 5720;
	const folder = mkdtempSync(join(tmpdir(), 'n8n-telephony-queue-'));
	const tarball = opts.tarball ?? packPackage(join(folder, 'pack'));
	const webhookBaseUrl = `http://127.0.0.1:${n8nPort + 2}`;

	let postgres: (Daemon & { dataDir: string }) | undefined;
	let redis: Daemon | undefined;
	const n8nProcesses: N8nServer[] = [];
	const stop = async () => {
		// the n8n processes first (they drain their jobs), then the queue and the database they were using
		await Promise.all(n8nProcesses.map((p) => p.stop()));
		await Promise.all([redis?.stop(), postgres?.stop()]);
		if (!opts.keep) {
			rmSync(folder, { recursive: true, force: true });
			if (postgres) rmSync(postgres.dataDir, { recursive: true, force: true });
		}
	};

	const postgresPort = opts.postgresPort ?? 5740;
	const redisPort = opts.redisPort ?? 5741;
	const env: Record<string, string> = {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(redisPort),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(postgresPort),
		DB_POSTGRESDB_DATABASE: 'n8n',
		DB_POSTGRESDB_USER: 'postgres',
		DB_POSTGRESDB_PASSWORD: '',
		// every process decrypts the credentials main saved
		N8N_ENCRYPTION_KEY: randomBytes(24).toString('hex'),
		// the URL main registers with providers on activation: the webhook processor's
		WEBHOOK_URL: `${webhookBaseUrl}/`,
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '5',
		...(opts.concurrency ? { N8N_CONCURRENCY_PRODUCTION_LIMIT: String(opts.concurrency) } : {}),
		...(opts.env ?? {}),
	};
	const start = async (name: string, command: 'start' | 'worker' | 'webhook', port: number, extra: Record<string, string> = {}) => {
		const userFolder = join(folder, name);
		installPackage(userFolder, tarball);
		const server = await startN8n({ n8nDir, userFolder, port, brokerPort: port + 1, command, env: { ...env, ...extra }, timeoutMs: 180_000 });
		n8nProcesses.push(server);
		return server;
	};

	try {
		const services = await Promise.allSettled([startPostgres(folder, postgresPort), startRedis(folder, redisPort)]);
		if (services[0].status === 'fulfilled') postgres = services[0].value;
		if (services[1].status === 'fulfilled') redis = services[1].value;
		for (const s of services) if (s.status === 'rejected') throw s.reason;
		// main alone first: it creates the database schema, which the others would otherwise race to do
		const main = await start('main', 'start', n8nPort, { N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true' });
		const workers: N8nServer[] = [];
		let workersStarted = 0;
		const addWorker = async () => {
			const index = workersStarted++;
			const worker = await start(`worker-${index + 1}`, 'worker', n8nPort + 6 + 2 * index);
			workers[index] = worker;
			return worker;
		};
		// side by side; all settled before going on, so that a failure leaves none of them running after stop()
		const started = await Promise.allSettled([
			start('webhook', 'webhook', n8nPort + 2),
			...Array.from({ length: opts.workers ?? 2 }, () => addWorker()),
		]);
		const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
		if (failed) throw failed.reason;
		const webhook = (started[0] as PromiseFulfilledResult<N8nServer>).value;
		const webhooks = [webhook];
		const addWebhookProcessor = async () => {
			if (webhooks.length > 1) throw new Error('Room for two webhook processors only');
			webhooks.push(await start('webhook-2', 'webhook', n8nPort + 4));
			return webhooks[1];
		};
		const client = new N8nClient(main.baseUrl);
		await client.signIn();
		const processGroups = () => [
			...[main, ...webhooks, ...workers].map((s) => ({ name: processName(s), pgid: s.process.pid! })),
			{ name: 'postgres', pgid: postgres!.child.pid! },
			{ name: 'redis', pgid: redis!.child.pid! },
		];
		const ports = () =>
			[main, ...webhooks, ...workers]
				.map((s) => Number(new URL(s.baseUrl).port))
				.flatMap((p) => [p, p + 1])
				.concat(postgresPort, redisPort);
		return { main, webhook, webhooks, workers, webhookBaseUrl, client, folder, addWorker, addWebhookProcessor, processGroups, ports, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}

/** The process's name: main, webhook, webhook-2, worker-1, … (its user folder's). */
export function processName(server: N8nServer): string {
	return basename(dirname(server.logFile));
}

/** Execution ids each n8n process's log says it ran ("Worker started execution …"), by process log file. */
export function executionsRunBy(servers: N8nServer[]): Map<N8nServer, Set<string>> {
	return new Map(
		servers.map((s) => [s, new Set([...s.log().matchAll(/Worker started execution (\d+)/g)].map((m) => m[1]))]),
	);
}

if (require.main === module) {
	void (async () => {
		const queue = await startQueueMode({ workers: Number(process.argv[2] ?? 2), keep: process.env.QUEUE_MODE_KEEP === '1' });
		console.log(`n8n main (editor): ${queue.main.baseUrl}  (sign in as ${OWNER.email} / ${OWNER.password})`);
		console.log(`webhook processor: ${queue.webhookBaseUrl}`);
		console.log(`workers: ${queue.workers.length}; logs in ${queue.folder}`);
		const shutdown = () => void queue.stop().then(() => process.exit(0));
		process.on('SIGINT', shutdown);
		process.on('SIGTERM', shutdown);
	})().catch((error) => {
		console.error(error);
		process.exit(1);
	});
}
