/**
 * The end-to-end suite, run against each supported n8n: the package installed the community way, every node and
 * credential loaded, each credential tested by n8n itself, every example workflow imported and run, every trigger
 * activated, fed real (signed) provider requests, attacked with forged ones and deactivated.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import type { ICredentialType, INodeType } from 'n8n-workflow';

import { packageLoadErrors, packageNodeTypes, ROOT } from '../../scripts/n8n-server';
import type { E2eContext, E2eSimulator, Execution, Json } from './harness';
import {
	activate,
	createCredential,
	createWorkflow,
	deactivate,
	e2eProviders,
	eventually,
	exampleFiles,
	executions,
	importable,
	readExample,
	runManually,
	startE2e,
	testCredential,
	waitForExecutions,
} from './harness';
import { PROVIDERS, wrongCredential } from './providers';

const PREFIX = 'n8n-nodes-telephony.';

function packageJson(): { n8n: { nodes: string[]; credentials: string[] } } {
	return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
}

/** Credential type names the package registers (from the built files, as n8n reads them). */
function packageCredentialTypes(): string[] {
	return packageJson().n8n.credentials.map((file) => {
		const className = basename(file, '.credentials.js');
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		return new (require(join(ROOT, file)) as Record<string, new () => ICredentialType>)[className]().name;
	});
}

/** Action nodes n8n must offer to AI agents as `<name>Tool`. */
function toolNodeTypes(): string[] {
	return packageJson().n8n.nodes.flatMap((file) => {
		const className = basename(file, '.node.js');
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const node = new (require(join(ROOT, file)) as Record<string, new () => INodeType>)[className]();
		return node.description.usableAsTool ? [`${PREFIX}${node.description.name}Tool`] : [];
	});
}

const isTriggerExample = (file: string) =>
	readExample(file).nodes.some((n) => n.type.startsWith(PREFIX) && /Trigger$/.test(n.type));

/** Checks every execution must pass: success, no node error, every node of this package that ran gave items. */
function expectCleanRun(execution: Execution, file: string): void {
	const ourNodes = readExample(file)
		.nodes.filter((n) => n.type.startsWith(PREFIX))
		.map((n) => n.name);
	expect({ status: execution.status, errors: execution.errors }).toEqual({ status: 'success', errors: {} });
	const ran = ourNodes.filter((name) => name in execution.items);
	expect(ran.length).toBeGreaterThan(0);
	for (const name of ran) expect({ node: name, items: execution.items[name].length > 0 }).toEqual({ node: name, items: true });
}

export function describeE2e(opts: { version: string; port: number; node24?: boolean }): void {
	const providers = e2eProviders();
	const files = exampleFiles(providers);

	describe(`real n8n ${opts.version}${opts.node24 ? ' on Node.js 24' : ''}`, () => {
		let ctx: E2eContext;
		const sim = (provider: string): E2eSimulator => ctx.simulators.find((s) => s.provider === provider)!;
		const providerOf = (file: string) => providers.find((p) => file.startsWith(`${p}-`))!;

		beforeAll(async () => {
			const started = Date.now();
			ctx = await startE2e(opts);
			for (const s of ctx.simulators) PROVIDERS[s.provider]?.setup?.(s.simulator);
			console.log(`n8n ${opts.version} ready with the package in ${((Date.now() - started) / 1000).toFixed(1)} s`);
		});

		afterAll(async () => {
			await ctx?.stop();
		});

		it('loads every node and credential of the package installed the community way, with no load errors', async () => {
			expect(packageLoadErrors(ctx.server.log())).toEqual([]);
			const loaded = new Set((await ctx.client.nodeTypes()).map((t) => t.name));
			const expected = packageNodeTypes();
			expect(expected.length).toBe(packageJson().n8n.nodes.length);
			expect(expected.filter((t) => !loaded.has(t))).toEqual([]);

			const loadedCredentials = new Set((await ctx.client.credentialTypes()).map((c) => c.name));
			const expectedCredentials = packageCredentialTypes();
			expect(expectedCredentials.length).toBe(packageJson().n8n.credentials.length);
			expect(expectedCredentials.filter((t) => !loadedCredentials.has(t))).toEqual([]);
		});

		it('offers every action node to AI agents as a …Tool node type', async () => {
			const loaded = new Set((await ctx.client.nodeTypes()).map((t) => t.name));
			const tools = toolNodeTypes();
			expect(tools.length).toBeGreaterThan(0);
			expect(tools.filter((t) => !loaded.has(t))).toEqual([]);
		});

		it('has an end-to-end entry for every provider', () => {
			expect(providers.filter((p) => !PROVIDERS[p])).toEqual([]);
		});

		describe.each(providers)('%s credential', (provider) => {
			it("passes n8n's credential test against the simulator, and fails with a clear message on a wrong key", async () => {
				const { credentials } = sim(provider);
				expect(credentials.size).toBeGreaterThan(0);
				for (const credential of credentials.values()) {
					expect(await testCredential(ctx.client, credential)).toMatchObject({ status: 'OK' });
					const data = (PROVIDERS[provider]?.wrongCredential ?? wrongCredential)(credential.data);
					expect(data).not.toEqual(credential.data);
					const wrong = await createCredential(ctx.client, { ...credential, name: `${credential.name} (wrong key)`, data });
					const result = await testCredential(ctx.client, wrong);
					expect(result.status).toBe('Error');
					expect(result.message).toMatch(/key|password|credential|auth|login|401|403|invalid|wrong/i);
				}
			});
		});

		const manualFiles = files.filter((f) => !isTriggerExample(f));
		const triggerFiles = files.filter(isTriggerExample);

		describe.each(manualFiles)('example %s', (file) => {
			it('imports and runs from its Manual Trigger', async () => {
				const workflow = await createWorkflow(ctx.client, importable(file, ctx.simulators));
				const executionId = await runManually(ctx.client, workflow);
				const [execution] = await waitForExecutions(ctx.client, workflow.id, 1);
				expect(execution.id).toBe(executionId);
				expectCleanRun(execution, file);
				PROVIDERS[providerOf(file)]?.manual?.[file]?.(execution, sim(providerOf(file)).simulator);
			});
		});

		describe.each(triggerFiles)('trigger example %s', (file) => {
			it('activates, registers, runs on real provider requests, refuses forged ones and unregisters', async () => {
				const provider = providerOf(file);
				const spec = PROVIDERS[provider]?.triggers[file];
				if (!spec) throw new Error(`test/e2e/providers.ts has no entry for ${file}`);
				const { simulator } = sim(provider);
				const base = ctx.server.baseUrl;
				const workflow = await createWorkflow(ctx.client, importable(file, ctx.simulators));
				const trigger = workflow.nodes.find((n) => n.type.startsWith(PREFIX) && /Trigger$/.test(n.type))!;

				const prefix = `${base}/webhook/${trigger.webhookId}/`;
				try {
					let urls: string[] = [];
					if (spec.paste) urls = [spec.paste(simulator, trigger as { webhookId?: string; parameters?: Json }, base)];
					const requestsBefore = simulator.log.length;
					await activate(ctx.client, workflow.id);
					if (spec.polling) {
						// A polling trigger's first poll only notes what is already there (n8n 2.8 polls on activation,
						// 2.41 on its first scheduled minute): the event comes after it, as it would for a user.
						await eventually(() => simulator.log.length > requestsBefore, 'n8n polls the provider', 75_000);
						// a poll may take several requests (a token, then the reads): wait until it is over
						for (let seen = -1; seen !== simulator.log.length; ) {
							seen = simulator.log.length;
							await new Promise((r) => setTimeout(r, 2000));
						}
					}
					if (spec.registrations) {
						await eventually(() => spec.registrations!(simulator, prefix).length > 0, 'the provider sees the registration');
						urls = spec.registrations(simulator, prefix);
						// n8n 2.41 can answer 404 right after activation, and a provider may drop an event it could not
						// deliver: wait until the registered URL is live (a request without its secret: refused, no run)
						let last = 0;
						const live = async () =>
							[200, 401, 403].includes((last = (await fetch(urls[0].split('?')[0], { method: 'POST' })).status));
						await eventually(live, `the registered URL is live (last: ${last})`);
					}
					if (!spec.polling) expect(urls.length).toBeGreaterThan(0);
					if (spec.paste) {
						// n8n 2.41 can refuse the first request right after activation: wait until the pasted URL is live
						// (an empty object is a payload the trigger ignores: 200 and no execution, checked below)
						const probe = async () =>
							(await fetch(urls[0], { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status;
						let last = 0;
						await eventually(async () => (last = await probe()) === 200, `the pasted URL answers 200 (last: ${last})`);
					}

					await spec.fire(simulator);
					// n8n polls at most once a minute: a polling trigger gets up to 75 s to fire from n8n's own schedule
					const [execution] = await waitForExecutions(ctx.client, workflow.id, 1, spec.polling ? 75_000 : 20_000);
					expect(execution.mode).toBe(spec.polling ? 'trigger' : 'webhook');
					expectCleanRun(execution, file);
					expect(execution.items[trigger.name]).toMatchObject(spec.expectedItems);
					spec.check?.(execution, simulator);

					if (spec.forge) {
						for (const url of urls) expect([401, 403, 404]).toContain(await spec.forge(url));
						await new Promise((r) => setTimeout(r, 1000));
						expect((await executions(ctx.client, workflow.id)).length).toBe(1);
					}

					await deactivate(ctx.client, workflow.id);
					if (spec.registrations) {
						await eventually(() => spec.registrations!(simulator, prefix).length === 0, 'deactivation removes the registration');
					}
				} finally {
					// a failed check must not leave an active workflow behind for the next example
					await deactivate(ctx.client, workflow.id).catch(() => undefined);
				}
			});
		});
	});
}
