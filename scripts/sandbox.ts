/**
 * `npm start`: a real n8n on 127.0.0.1:5678 with this package installed as a community package, every provider
 * simulator, sandbox credentials pointing at them, and the example workflows imported. Ctrl-C stops everything.
 * With SANDBOX_CHECK=1 it checks that the package loaded and exits (used to verify the sandbox itself).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';


import { startAll } from '../simulators/cli';
import {
	apiCredentialData,
	cacheDir,
	installN8n,
	installPackage,
	N8nClient,
	OWNER,
	packageLoadErrors,
	packageNodeTypes,
	packPackage,
	ROOT,
	startN8n,
} from './n8n-server';

interface WorkflowFile {
	name: string;
	nodes: Array<{ type: string; credentials?: Record<string, { id: string; name: string }> }>;
	connections: unknown;
	settings?: unknown;
}

async function main() {
	const check = process.env.SANDBOX_CHECK === '1';
	const n8nDir = installN8n();
	const tarball = packPackage(join(cacheDir(), 'packages'));
	const userFolder = process.env.SANDBOX_USER_FOLDER ?? join(ROOT, '.cache', 'sandbox');
	installPackage(userFolder, tarball);

	const simulators = await startAll();
	const server = await startN8n({ n8nDir, userFolder, port: Number(process.env.SANDBOX_PORT ?? 5678) });
	const shutdown = async () => {
		await server.stop();
		await Promise.all(simulators.map((s) => s.simulator.stop()));
	};
	process.on('SIGINT', () => void shutdown().then(() => process.exit(0)));
	process.on('SIGTERM', () => void shutdown().then(() => process.exit(0)));

	try {
		const loadErrors = packageLoadErrors(server.log());
		const client = new N8nClient(server.baseUrl);
		await client.signIn();

		const types = new Set((await client.nodeTypes()).map((t) => t.name));
		const expected = packageNodeTypes();
		const missing = expected.filter((t) => !types.has(t));

		const existingCredentials = ((await client.api('GET', '/credentials?limit=250')).json?.data ?? []) as Array<{
			id: string;
			name: string;
			type: string;
		}>;
		const credentialIds = new Map<string, { id: string; name: string }>();
		for (const sim of simulators) {
			for (const credential of sim.credentials) {
				let found = existingCredentials.find((c) => c.name === credential.name && c.type === credential.type);
				if (!found) {
					const created = await client.api('POST', '/credentials', {
						...credential,
						// The public API checks the data against the type's schema, shown fields and defaults included.
						data: await apiCredentialData(client, credential.type, credential.data),
					});
					if (created.status >= 300) throw new Error(`Cannot create credential ${credential.name}: ${JSON.stringify(created.json)}`);
					found = created.json as unknown as { id: string; name: string; type: string };
				}
				credentialIds.set(credential.type, { id: found.id, name: found.name });
			}
		}

		const existingWorkflows = new Set(
			(((await client.api('GET', '/workflows?limit=250')).json?.data ?? []) as Array<{ name: string }>).map((w) => w.name),
		);
		const examplesDir = join(ROOT, 'examples');
		const examples = existsSync(examplesDir) ? readdirSync(examplesDir).filter((f) => f.endsWith('.json')) : [];
		let imported = 0;
		for (const file of examples) {
			const workflow = JSON.parse(readFileSync(join(examplesDir, file), 'utf8')) as WorkflowFile;
			if (existingWorkflows.has(workflow.name)) continue;
			for (const node of workflow.nodes) {
				for (const type of Object.keys(node.credentials ?? {})) {
					const credential = credentialIds.get(type);
					if (credential) node.credentials![type] = credential;
				}
			}
			const created = await client.api('POST', '/workflows', {
				name: workflow.name,
				nodes: workflow.nodes,
				connections: workflow.connections,
				settings: workflow.settings ?? { executionOrder: 'v1' },
			});
			if (created.status >= 300) throw new Error(`Cannot import ${file}: ${JSON.stringify(created.json)}`);
			imported++;
		}

		console.log(`
n8n sandbox ready: ${server.baseUrl}
  login:       ${OWNER.email} / ${OWNER.password}
  package:     n8n-nodes-telephony (${expected.length} nodes loaded${missing.length ? `, MISSING: ${missing.join(', ')}` : ''})
  load errors: ${loadErrors.length ? loadErrors.join(' | ') : 'none'}
  simulators:  ${simulators.map((s) => `${s.provider} ${s.baseUrl}`).join(', ') || 'none'}
  credentials: ${[...credentialIds.keys()].join(', ') || 'none'}
  examples:    ${imported} imported (${examples.length} in examples/)
  n8n log:     ${server.logFile}
Press Ctrl-C to stop.`);
		if (check) {
			await shutdown();
			process.exit(missing.length || loadErrors.length ? 1 : 0);
		}
	} catch (error) {
		console.error(error);
		await shutdown();
		process.exit(1);
	}
}

void main();
