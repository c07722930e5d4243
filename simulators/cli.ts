/**
 * Starts every provider simulator on its fixed sandbox port (`npm run simulators`), for the sandbox and for
 * trying workflows by hand. A provider takes part by exporting `sandbox` from simulators/<provider>/sandbox.ts.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { SandboxEntry, Simulator } from './core/server';

export interface RunningSimulator {
	provider: string;
	baseUrl: string;
	simulator: Simulator;
	credentials: ReturnType<SandboxEntry['credentials']>;
}

export function sandboxEntries(): Array<{ provider: string; entry: SandboxEntry }> {
	return readdirSync(__dirname, { withFileTypes: true })
		.filter((d) => d.isDirectory() && d.name !== 'core' && existsSync(join(__dirname, d.name, 'sandbox.ts')))
		.map((d) => ({
			provider: d.name,
			// eslint-disable-next-line @typescript-eslint/no-require-imports
			entry: (require(join(__dirname, d.name, 'sandbox.ts')) as { sandbox: SandboxEntry }).sandbox,
		}));
}

export async function startAll(): Promise<RunningSimulator[]> {
	const running: RunningSimulator[] = [];
	for (const { provider, entry } of sandboxEntries()) {
		const simulator = entry.create();
		const baseUrl = await simulator.start(entry.port);
		running.push({ provider, baseUrl, simulator, credentials: entry.credentials(baseUrl) });
	}
	return running;
}

if (require.main === module) {
	const stateFile = process.argv[2];
	startAll()
		.then((running) => {
			for (const r of running) console.log(`${r.provider} simulator: ${r.baseUrl}`);
			if (running.length === 0) console.log('No provider simulators yet.');
			if (stateFile) {
				writeFileSync(
					stateFile,
					JSON.stringify(running.map(({ provider, baseUrl, credentials }) => ({ provider, baseUrl, credentials }))),
				);
			}
			const stop = () => void Promise.all(running.map((r) => r.simulator.stop())).then(() => process.exit(0));
			process.on('SIGINT', stop);
			process.on('SIGTERM', stop);
		})
		.catch((error) => {
			console.error(error);
			process.exit(1);
		});
}
