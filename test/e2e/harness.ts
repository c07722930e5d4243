/**
 * One real n8n server per test file, with this package installed the community way (`npm pack`, the tarball in
 * the user folder's nodes/), every provider simulator on a free port and the sandbox credentials created in n8n.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { N8nServer } from '../../scripts/n8n-server';
import {
	apiCredentialData,
	installN8n,
	installN8nOnNode24,
	installPackage,
	N8nClient,
	packPackage,
	ROOT,
	startN8n,
} from '../../scripts/n8n-server';
import type { Simulator } from '../../simulators/core/server';
import { sandboxEntries } from '../../simulators/cli';

export type Json = Record<string, unknown>;

export interface E2eSimulator {
	provider: string;
	simulator: Simulator;
	baseUrl: string;
	/** Created in n8n: the sandbox credentials, by type. */
	credentials: Map<string, { id: string; name: string; type: string; data: Json }>;
}

export interface E2eContext {
	version: string;
	server: N8nServer;
	client: N8nClient;
	simulators: E2eSimulator[];
	userFolder: string;
	stop(): Promise<void>;
}

/**
 * Providers taking part: every simulators/<p>/sandbox.ts, or the comma-separated list in E2E_PROVIDERS (for
 * working on some providers while others are unfinished).
 */
export function e2eProviders(): string[] {
	const only = process.env.E2E_PROVIDERS?.split(',').map((p) => p.trim());
	return sandboxEntries()
		.map((e) => e.provider)
		.filter((p) => !only || only.includes(p));
}

/** Example files of the providers taking part (examples/<provider>-*.json). */
export function exampleFiles(providers = e2eProviders()): string[] {
	return readdirSync(join(ROOT, 'examples'))
		.filter((f) => f.endsWith('.json'))
		.filter((f) => providers.some((p) => f.startsWith(`${p}-`)))
		.sort();
}

export function readExample(file: string): {
	name: string;
	nodes: Array<Json & { name: string; type: string; credentials?: Record<string, { id: string; name: string }> }>;
	connections: Json;
	settings?: Json;
} {
	return JSON.parse(readFileSync(join(ROOT, 'examples', file), 'utf8'));
}

export async function startE2e(opts: { version: string; port: number; node24?: boolean }): Promise<E2eContext> {
	const { n8nDir, nodeDir } = opts.node24
		? installN8nOnNode24(opts.version)
		: { n8nDir: installN8n(opts.version), nodeDir: undefined };
	const userFolder = mkdtempSync(join(tmpdir(), `n8n-telephony-e2e-${opts.version}-`));
	// a tarball of its own per file: test files may run side by side
	installPackage(userFolder, packPackage(join(userFolder, 'pack')));

	const providers = e2eProviders();
	const simulators: E2eSimulator[] = [];
	let server: N8nServer | undefined;
	const stop = async () => {
		await server?.stop();
		await Promise.all(simulators.map((s) => s.simulator.stop()));
		rmSync(userFolder, { recursive: true, force: true });
	};
	try {
		for (const { provider, entry } of sandboxEntries().filter((e) => providers.includes(e.provider))) {
			const simulator = entry.create();
			const baseUrl = await simulator.start(0);
			simulators.push({ provider, simulator, baseUrl, credentials: new Map() });
		}
		server = await startN8n({
			n8nDir,
			nodeDir,
			userFolder,
			port: opts.port,
			brokerPort: opts.port + 1,
			timeoutMs: 180_000,
		});
		const client = new N8nClient(server.baseUrl);
		await client.signIn();
		const entries = new Map(sandboxEntries().map((e) => [e.provider, e.entry]));
		for (const sim of simulators) {
			for (const credential of entries.get(sim.provider)!.credentials(sim.baseUrl)) {
				const created = await createCredential(client, credential);
				sim.credentials.set(credential.type, created);
			}
		}
		return { version: opts.version, server, client, simulators, userFolder, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}

export async function createCredential(
	client: N8nClient,
	credential: { name: string; type: string; data: Json },
): Promise<{ id: string; name: string; type: string; data: Json }> {
	const created = await client.api('POST', '/credentials', {
		name: credential.name,
		type: credential.type,
		// as the editor saves it: shown fields with defaults, only what the public API's schema lists
		data: await apiCredentialData(client, credential.type, credential.data),
	});
	if (created.status >= 300) throw new Error(`Cannot create credential ${credential.name}: ${JSON.stringify(created.json)}`);
	return { ...credential, id: String(created.json.id) };
}

/** n8n's own credential test (what the credential dialog's "Retry"/save runs). */
export async function testCredential(
	client: N8nClient,
	credential: { id: string; name: string; type: string; data: Json },
): Promise<{ status: string; message: string }> {
	const res = await client.rest('POST', '/credentials/test', { credentials: credential });
	if (res.status !== 200) throw new Error(`credential test answered ${res.status}: ${JSON.stringify(res.json)}`);
	return res.json.data as { status: string; message: string };
}

/**
 * The example as the user imports it: its credentials replaced by the ones created in this n8n, a webhook id on
 * every node that has none (the editor gives one on paste).
 */
export function importable(file: string, simulators: E2eSimulator[]) {
	const workflow = readExample(file);
	for (const node of workflow.nodes) {
		for (const type of Object.keys(node.credentials ?? {})) {
			const credential = simulators.flatMap((s) => [...s.credentials.values()]).find((c) => c.type === type);
			if (!credential) throw new Error(`${file}: no ${type} credential in this n8n`);
			node.credentials![type] = { id: credential.id, name: credential.name };
		}
		if (/trigger/i.test(node.type) && !node.webhookId) node.webhookId = randomUUID();
	}
	return workflow;
}

export async function createWorkflow(client: N8nClient, workflow: ReturnType<typeof readExample>) {
	const created = await client.api('POST', '/workflows', {
		name: workflow.name,
		nodes: workflow.nodes,
		connections: workflow.connections,
		settings: workflow.settings ?? { executionOrder: 'v1' },
	});
	if (created.status >= 300) throw new Error(`Cannot create workflow ${workflow.name}: ${JSON.stringify(created.json)}`);
	return created.json as Json & { id: string; nodes: Array<Json & { name: string; type: string; webhookId?: string }> };
}

export interface Execution {
	id: string;
	status: string;
	mode: string;
	/** Output items (json) per node name, of its first run and first output. */
	items: Record<string, Json[]>;
	/** Error messages per node name. */
	errors: Record<string, string>;
	raw: Json;
}

function toExecution(raw: Json): Execution {
	const data = (raw.data ?? {}) as { resultData?: { runData?: Record<string, Json[]>; error?: Json } };
	const runData = data.resultData?.runData ?? {};
	const items: Record<string, Json[]> = {};
	const errors: Record<string, string> = {};
	for (const [name, runs] of Object.entries(runData)) {
		const run = runs[0] as { data?: { main?: Array<Array<{ json: Json }> | null> }; error?: { message?: string } };
		items[name] = (run.data?.main ?? []).flatMap((output) => output ?? []).map((i) => i.json);
		if (run.error) errors[name] = run.error.message ?? JSON.stringify(run.error);
	}
	return { id: String(raw.id), status: String(raw.status), mode: String(raw.mode), items, errors, raw };
}

export async function executions(client: N8nClient, workflowId: string): Promise<Execution[]> {
	const res = await client.api('GET', `/executions?workflowId=${workflowId}&includeData=true&limit=100`);
	if (res.status !== 200) throw new Error(`Cannot list executions: ${JSON.stringify(res.json)}`);
	return ((res.json.data ?? []) as Json[]).map(toExecution).sort((a, b) => Number(a.id) - Number(b.id));
}

/** Waits until the workflow has `count` finished executions and returns them, oldest first. */
export async function waitForExecutions(
	client: N8nClient,
	workflowId: string,
	count: number,
	timeoutMs = 30_000,
): Promise<Execution[]> {
	const deadline = Date.now() + timeoutMs;
	let found: Execution[] = [];
	while (Date.now() < deadline) {
		found = (await executions(client, workflowId)).filter((e) => !['running', 'new', 'waiting'].includes(e.status));
		if (found.length >= count) return found;
		await new Promise((r) => setTimeout(r, 300));
	}
	throw new Error(`Expected ${count} execution(s) of workflow ${workflowId}, found ${found.length}`);
}

/** Runs a Manual Trigger workflow the way the editor's "Execute workflow" button does. */
export async function runManually(client: N8nClient, workflow: Json & { id: string; nodes: Array<{ name: string; type: string }> }) {
	const trigger = workflow.nodes.find((n) => n.type === 'n8n-nodes-base.manualTrigger');
	if (!trigger) throw new Error(`${String(workflow.name)} has no Manual Trigger`);
	const res = await client.rest('POST', `/workflows/${workflow.id}/run`, {
		workflowData: workflow,
		triggerToStartFrom: { name: trigger.name },
	});
	if (res.status !== 200) throw new Error(`Run of ${String(workflow.name)} answered ${res.status}: ${JSON.stringify(res.json)}`);
	return String((res.json.data as Json).executionId);
}

export async function activate(client: N8nClient, workflowId: string): Promise<void> {
	const res = await client.api('POST', `/workflows/${workflowId}/activate`);
	if (res.status !== 200) throw new Error(`Activation failed: ${JSON.stringify(res.json)}`);
}

export async function deactivate(client: N8nClient, workflowId: string): Promise<void> {
	const res = await client.api('POST', `/workflows/${workflowId}/deactivate`);
	if (res.status !== 200) throw new Error(`Deactivation failed: ${JSON.stringify(res.json)}`);
}

/** Polls until `check` returns true (or throws the last failure). */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (await check()) return;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`Timed out waiting for: ${what}`);
}
