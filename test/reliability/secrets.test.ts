/**
 * No secret leaks: every action operation of every provider runs with distinctive credential values (the
 * simulator's account is set to them), on the success path and on failure paths (the provider answers with an
 * error body that quotes the credentials back, drops the connection, or refuses them; where the credential logs in
 * for a token, the login is refused or quotes them back too). The test fails if any credential value — or its
 * Base64 form, as in a Basic header — appears in an output item, in the run's error (message, description,
 * context, stack), or in anything logged through n8n's Logger, LoggerProxy or the console.
 */
import { Container } from '@n8n/di';
import { LoggerProxy } from 'n8n-workflow';

import { forEachConcurrent } from '../../nodes/shared/concurrency';
import { PACKAGE, packageNode, runWorkflow, shutdownEngine } from '../engine';
import type { Row } from './figures';
import { recordFigures } from './figures';
import { operationsOf } from './operations';
import { PROVIDERS } from './providers';

const logged: string[] = [];
const capture =
	(level: string) =>
	(...args: unknown[]) => {
		logged.push(`${level} ${dump(args)}`);
	};

/** Everything reachable from a value as text, including the own non-enumerable properties of errors. */
function dump(value: unknown): string {
	const seen = new WeakSet<object>();
	const parts: string[] = [];
	const walk = (v: unknown, depth: number) => {
		if (v === null || v === undefined || depth > 30) return;
		if (typeof v === 'string') return void parts.push(v);
		if (typeof v !== 'object') return void parts.push(String(v));
		if (Buffer.isBuffer(v)) return void parts.push(v.toString('utf8'));
		if (seen.has(v)) return;
		seen.add(v);
		for (const key of Object.getOwnPropertyNames(v)) {
			parts.push(key);
			try {
				walk((v as Record<string, unknown>)[key], depth + 1);
			} catch {
				// A getter that throws holds nothing to leak.
			}
		}
	};
	walk(value, 0);
	return parts.join('\n');
}

/** Workflow runs in flight at once: most of a run is waiting (back-off before a retry). */
const CONCURRENT_RUNS = 16;

const rows: Row[] = [];
const restore: Array<() => void> = [];

beforeAll(() => {
	// The Logger class n8n-core's node contexts ask the container for (`this.logger`), from n8n-core's own dependency.
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { Logger } = require(
		require.resolve('@n8n/backend-common', {
			paths: [require.resolve('n8n-core')],
		}),
	) as {
		Logger: new () => Record<'error' | 'warn' | 'info' | 'debug', (...args: unknown[]) => void>;
	};
	const logger = Container.get(Logger);
	for (const level of ['error', 'warn', 'info', 'debug'] as const) {
		// Levels the logger has turned off are read-only no-ops: nothing logged there can leak.
		if (Object.getOwnPropertyDescriptor(logger, level)?.writable === false) continue;
		const original = logger[level].bind(logger);
		const record = capture(`logger.${level}`);
		logger[level] = (...args: unknown[]) => {
			record(...args);
			if (!process.env.RELIABILITY_QUIET) original(...args);
		};
		restore.push(() => (logger[level] = original));
	}
	LoggerProxy.init({
		error: capture('proxy.error'),
		warn: capture('proxy.warn'),
		info: capture('proxy.info'),
		debug: capture('proxy.debug'),
		verbose: capture('proxy.verbose'),
		scoped: () => LoggerProxy,
	} as never);
	for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const)
		jest.spyOn(console, level).mockImplementation(capture(`console.${level}`));
});

afterAll(() => {
	jest.restoreAllMocks();
	for (const undo of restore) undo();
	recordFigures('secret leaks', rows);
	shutdownEngine();
});

describe.each(PROVIDERS)('$name credentials', (provider) => {
	it('appear in no output item, error or log line, on success and failure paths', async () => {
		const { sim, fixtures } = await provider.start(true);
		const forms = provider.secretValues.flatMap((s) => [s, Buffer.from(s).toString('base64')]);
		// A Basic header of user:password is one Base64 string: look for that too.
		const creds = fixtures.credentials[provider.credentialType];
		if (typeof creds.username === 'string')
			forms.push(Buffer.from(`${creds.username}:${String(creds.password)}`).toString('base64'));
		if (typeof creds.login === 'string')
			forms.push(Buffer.from(`${creds.login}:${String(creds.password)}`).toString('base64'));
		const leaks: string[] = [];
		const notRunnable = new Set<string>();
		const counts = { operations: 0, runs: 0, succeeded: 0, failed: 0 };
		const operations = operationsOf(provider.node, provider.chosenParameters);
		counts.operations = operations.length;
		// The hidden field an expiring token lives in (Ytel, ICTCore): emptied where the login itself is the path.
		const tokenField = provider.credentialClass.properties.find(
			(p) => p.type === 'hidden' && p.typeOptions?.expirable === true,
		)?.name;
		const quoting = {
			status: 400,
			body: {
				error: `bad credentials ${provider.secretValues.join(' ')}`,
				title: `Rejected ${provider.secretValues[0]}`,
				detail: provider.secretValues.join(','),
				errorMessage: provider.secretValues[0],
				code: 'CE1001',
			},
		};
		/**
		 * The paths, each run for every operation at once (the faults of a path apply to all its runs). A dropped
		 * connection hits the first sighting of each distinct request, so every run meets one, and a retry goes through.
		 */
		const paths: Array<{
			path: string;
			arrange: () => void;
			wrongPassword?: boolean;
			noToken?: boolean;
			/** Use the credentials that log in for a token (ICTCore's JWT mode), so that the login is what fails. */
			login?: boolean;
		}> = [
			{ path: 'success', arrange: () => sim.clearFaults() },
			{ path: 'error quoting the credentials', arrange: () => (sim.clearFaults(), sim.addFault({ ...quoting })) },
			{
				path: 'connection dropped',
				arrange: () => {
					sim.clearFaults();
					const seen = new Set<string>();
					sim.addFault({
						drop: 'before',
						match: (req) => {
							const key = `${req.method} ${req.path} ${JSON.stringify(req.query)} ${req.rawBody.toString('base64')}`;
							if (seen.has(key)) return false;
							seen.add(key);
							return true;
						},
					});
				},
			},
			{ path: 'refused credentials', arrange: () => sim.clearFaults(), wrongPassword: true, noToken: true },
		];
		if (provider.login)
			paths.push(
				{ path: 'login refused', arrange: () => sim.clearFaults(), wrongPassword: true, noToken: true, login: true },
				{
					path: 'login answer quoting the credentials',
					arrange: () => (sim.clearFaults(), sim.addFault({ ...quoting })),
					noToken: true,
					login: true,
				},
			);
		const runOne = async (op: (typeof operations)[number], path: (typeof paths)[number]) => {
			const { resource, operation, parameters } = op;
			const credentials = path.login && provider.login ? provider.login.credentials(creds) : { ...creds };
			if (path.wrongPassword) {
				for (const key of ['apiKey', 'password'])
					if (typeof credentials[key] === 'string') credentials[key] = `${String(credentials[key])}-wrong`;
			}
			if (path.noToken && tokenField) credentials[tokenField] = '';
			let run: Awaited<ReturnType<typeof runWorkflow>>;
			try {
				run = await runWorkflow({
					nodeTypes: { [`${PACKAGE}.${provider.nodeName}`]: provider.node },
					credentialTypes: fixtures.credentialTypes,
					credentials: { [provider.credentialType]: credentials },
					nodes: [packageNode(provider.nodeName, parameters, provider.credentialType, { name: 'Node' })],
					input: [{ to: '+15550001234', text: 'hello' }],
				});
			} catch (error) {
				// n8n refuses to start a workflow whose parameters it finds incomplete: nothing ran, nothing to leak.
				if ((error as Error).name !== 'WorkflowHasIssuesError') throw error;
				notRunnable.add(`${resource}.${operation}`);
				return;
			}
			counts.runs++;
			if (run.error) counts.failed++;
			else counts.succeeded++;
			const seen = [
				['output', dump(run.run.data.resultData.runData)],
				['error', dump(run.error)],
			];
			for (const [where, text] of seen) {
				for (const form of forms) {
					const allowed = provider.identifiers?.some(
						(id) => id.value === form && where === 'output' && id.operations.includes(`${resource}.${operation}`),
					);
					if (!allowed && text.includes(form))
						leaks.push(`${resource}.${operation} (${path.path}): ${where} contains "${form}"`);
				}
			}
		};
		try {
			// A token credential starts with a valid token (n8n keeps it in the credential), so that the paths reach
			// the API requests; the paths without one go through the login.
			if (tokenField)
				await runWorkflow({
					nodeTypes: { [`${PACKAGE}.${provider.nodeName}`]: provider.node },
					...fixtures,
					nodes: [packageNode(provider.nodeName, provider.read, provider.credentialType, { name: 'Node' })],
				});
			for (const path of paths) {
				path.arrange();
				logged.length = 0;
				await forEachConcurrent(operations.length, CONCURRENT_RUNS, async (i) => await runOne(operations[i], path));
				// Log lines of concurrent runs cannot be told apart: the line itself is reported.
				for (const line of logged)
					for (const form of forms)
						if (line.includes(form)) leaks.push(`${path.path}: logged "${form}" in: ${line.slice(0, 200)}`);
			}
		} finally {
			await sim.stop();
		}
		rows.push({
			provider: provider.name,
			operations: counts.operations,
			paths: paths.map((p) => p.path).join(', '),
			runs: counts.runs,
			succeeded: counts.succeeded,
			failed: counts.failed,
			leaks: leaks.length,
			'not runnable (generated parameters)': [...notRunnable].join(' ') || '-',
		});
		expect(leaks.slice(0, 20)).toEqual([]);
		expect(counts.operations).toBeGreaterThanOrEqual(5);
		expect(counts.succeeded).toBeGreaterThan(0);
		expect(counts.failed).toBeGreaterThan(counts.operations);
	}, 120_000);
});
