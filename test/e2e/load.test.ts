/**
 * The package in a real n8n, installed the way users install a community package: `npm pack`, the tarball in the
 * n8n user folder's nodes/ folder, n8n started offline. Every node must load, with no load errors in n8n's log.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { N8nServer } from '../../scripts/n8n-server';
import {
	cacheDir,
	installN8n,
	installPackage,
	N8nClient,
	packageLoadErrors,
	packageNodeTypes,
	packPackage,
	startN8n,
} from '../../scripts/n8n-server';

jest.setTimeout(15 * 60 * 1000);

describe('real n8n 2.8.4', () => {
	let server: N8nServer;
	let userFolder: string;

	beforeAll(async () => {
		const n8nDir = installN8n('2.8.4');
		userFolder = mkdtempSync(join(tmpdir(), 'n8n-telephony-e2e-'));
		installPackage(userFolder, packPackage(join(cacheDir(), 'packages')));
		server = await startN8n({ n8nDir, userFolder, port: 5690, brokerPort: 5691 });
	});

	afterAll(async () => {
		await server?.stop();
		rmSync(userFolder, { recursive: true, force: true });
	});

	it('loads every node of the package with no load errors', async () => {
		expect(packageLoadErrors(server.log())).toEqual([]);
		const client = new N8nClient(server.baseUrl);
		await client.signIn();
		const loaded = new Set((await client.nodeTypes()).map((t) => t.name));
		const expected = packageNodeTypes();
		expect(expected.length).toBeGreaterThan(0);
		expect(expected.filter((t) => !loaded.has(t))).toEqual([]);
	});
});
