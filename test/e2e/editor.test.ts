/**
 * The editor as users see it: Debian's Chromium (scripts/install-chromium.sh), driven by playwright-core, logs in
 * to a real n8n 2.8.4 with the package installed the community way, opens a workflow holding every node of the
 * package, opens each node's panel and saves a screenshot of it to docs/screenshots/<node>.png. A panel that
 * shows an error, an unknown node or no parameters fails the test, and so does an error in the page's console.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

import type { INodeType } from 'n8n-workflow';
import type { BrowserContext } from 'playwright-core';
import { chromium } from 'playwright-core';

import { OWNER, ROOT } from '../../scripts/n8n-server';
import type { E2eContext, Json } from './harness';
import { createWorkflow, eventually, exampleFiles, readExample, startE2e } from './harness';

jest.setTimeout(20 * 60 * 1000);

const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

interface PackageNode {
	name: string;
	displayName: string;
	type: string;
	credential?: string;
}

function packageNodes(): PackageNode[] {
	const pkg = require(join(ROOT, 'package.json')) as { n8n: { nodes: string[] } };
	return pkg.n8n.nodes.map((file) => {
		const className = basename(file, '.node.js');
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { description } = new (require(join(ROOT, file)) as Record<string, new () => INodeType>)[className]();
		return {
			name: description.name,
			displayName: description.displayName,
			type: `n8n-nodes-telephony.${description.name}`,
			credential: description.credentials?.[0]?.name,
		};
	});
}

describe('the editor in headless Chromium (n8n 2.8.4)', () => {
	let ctx: E2eContext;
	let browser: BrowserContext;
	let profile: string;
	const pageErrors: string[] = [];

	beforeAll(async () => {
		const executablePath = execFileSync('bash', [join(ROOT, 'scripts', 'install-chromium.sh')], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'inherit'],
		}).trim();
		ctx = await startE2e({ version: '2.8.4', port: 5694 });
		profile = mkdtempSync(join(tmpdir(), 'telephony-chromium-'));
		browser = await chromium.launchPersistentContext(profile, {
			executablePath,
			headless: true,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--disable-dev-shm-usage',
			],
			viewport: { width: 1440, height: 900 },
		});
		const login = await browser.request.post(`${ctx.server.baseUrl}/rest/login`, {
			data: { emailOrLdapLoginId: OWNER.email, password: OWNER.password },
		});
		expect(login.status()).toBe(200);
		mkdirSync(SCREENSHOTS, { recursive: true });
	});

	afterAll(async () => {
		await browser?.close();
		if (profile) rmSync(profile, { recursive: true, force: true });
		await ctx?.stop();
	});

	it('opens every node of the package, renders its panel without errors and saves a screenshot of it', async () => {
		const nodes = packageNodes();
		expect(nodes.length).toBeGreaterThan(0);
		// each node with the parameters of an example that uses it (the panel then shows a real configuration)
		const exampleNodes = exampleFiles().flatMap((f) => readExample(f).nodes);
		const credentials = new Map(ctx.simulators.flatMap((s) => [...s.credentials.values()]).map((c) => [c.type, c]));
		const workflowNodes = nodes.map((node, i) => {
			const credential = node.credential ? credentials.get(node.credential) : undefined;
			return {
				id: `node-${i}`,
				name: node.displayName,
				type: node.type,
				typeVersion: 1,
				position: [(i % 5) * 260, Math.floor(i / 5) * 220],
				parameters: (exampleNodes.find((n) => n.type === node.type)?.parameters ?? {}) as Json,
				...(/Trigger$/.test(node.name) ? { webhookId: `editor-${i}` } : {}),
				...(credential ? { credentials: { [credential.type]: { id: credential.id, name: credential.name } } } : {}),
			};
		});
		const workflow = await createWorkflow(ctx.client, {
			name: 'Every telephony node',
			nodes: workflowNodes as never,
			connections: {},
		});

		const page = await browser.newPage();
		page.on('pageerror', (error) => pageErrors.push(`page error: ${error.message}`));
		page.on('console', (message) => {
			// the machines are offline: failed loads of outside resources are not the package's doing
			if (message.type() === 'error' && !/Failed to load resource|net::ERR_/.test(message.text())) {
				pageErrors.push(`console: ${message.text()}`);
			}
		});
		await page.goto(`${ctx.server.baseUrl}/workflow/${workflow.id}`);
		const canvasNodes = page.locator('[data-test-id="canvas-node"]');
		await canvasNodes.first().waitFor({ timeout: 60_000 });
		await eventually(async () => (await canvasNodes.count()) === nodes.length, 'every node on the canvas', 30_000);
		await page.screenshot({ path: join(SCREENSHOTS, 'canvas.png') });

		const problems: string[] = [];
		for (const [i, node] of nodes.entries()) {
			// Vue Flow's node wrapper carries the node's id
			await page.locator(`.vue-flow__node[data-id="node-${i}"] [data-test-id="canvas-node"]`).dblclick();
			const ndv = page.locator('[data-test-id="ndv"]');
			await ndv.waitFor({ timeout: 20_000 });
			const parameters = ndv.locator('[data-test-id="parameter-item"]');
			await parameters.first().waitFor({ timeout: 20_000 }).catch(() => undefined);
			await page.waitForTimeout(300); // let icons and hints settle for the picture
			await page.screenshot({ path: join(SCREENSHOTS, `${node.name}.png`) });

			const text = await ndv.innerText();
			if ((await parameters.count()) === 0) problems.push(`${node.name}: no parameter rendered`);
			if (/not currently installed|Install this node to use it/i.test(text)) problems.push(`${node.name}: unknown to the editor`);
			const errors = await ndv.locator('[data-test-id="node-error-message"]').allInnerTexts();
			if (errors.length) problems.push(`${node.name}: ${errors.join(' | ')}`);
			if (/\bundefined\b|\[object Object\]/.test(text)) problems.push(`${node.name}: a label or value renders as undefined`);

			await page.keyboard.press('Escape');
			await ndv.waitFor({ state: 'hidden', timeout: 10_000 });
		}
		expect(problems).toEqual([]);
		expect(pageErrors).toEqual([]);
	});
});
