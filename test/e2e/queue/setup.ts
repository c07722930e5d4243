/**
 * n8n in queue mode (scripts/queue-mode.ts) with every provider simulator on a free port and the sandbox
 * credentials created on main: what test/e2e/queue-mode.test.ts and bench/queue-mode.ts start from.
 */
import type { QueueMode, QueueModeOptions } from '../../../scripts/queue-mode';
import { startQueueMode } from '../../../scripts/queue-mode';
import { sandboxEntries } from '../../../simulators/cli';
import type { E2eSimulator, Json } from '../harness';
import { createCredential } from '../harness';
import { PROVIDERS } from '../providers';

export interface QueueE2e {
	queue: QueueMode;
	simulators: E2eSimulator[];
	sim<T>(provider: string): T;
	stop(): Promise<void>;
}

export async function startQueueE2e(opts: QueueModeOptions = {}): Promise<QueueE2e> {
	const simulators: E2eSimulator[] = [];
	let queue: QueueMode | undefined;
	const stop = async () => {
		await queue?.stop();
		await Promise.all(simulators.map(async (s) => await s.simulator.stop()));
	};
	try {
		for (const { provider, entry } of sandboxEntries()) {
			const simulator = entry.create();
			// as in the single-process suite: statuses move only when a test moves them
			PROVIDERS[provider]?.setup?.(simulator);
			simulators.push({ provider, simulator, baseUrl: await simulator.start(0), credentials: new Map() });
		}
		queue = await startQueueMode(opts);
		for (const s of simulators) {
			const entry = sandboxEntries().find((e) => e.provider === s.provider)!.entry;
			for (const credential of entry.credentials(s.baseUrl)) {
				s.credentials.set(credential.type, await createCredential(queue.client, credential));
			}
		}
	} catch (error) {
		await stop();
		throw error;
	}
	const sim = <T>(provider: string) => simulators.find((s) => s.provider === provider)!.simulator as T;
	return { queue, simulators, sim, stop };
}

/** The execution as the public API gives it, with its timing (ISO dates). */
export interface TimedExecution {
	id: string;
	status: string;
	mode: string;
	startedAt: string;
	stoppedAt: string | null;
	data?: Json;
}

/** Every execution of a workflow through the public API, page by page (250 a page, the API's largest). */
export async function allExecutions(queue: QueueMode, workflowId: string, includeData = false): Promise<TimedExecution[]> {
	const found: TimedExecution[] = [];
	let cursor: string | undefined;
	do {
		const query = `workflowId=${workflowId}&includeData=${includeData}&limit=250${cursor ? `&cursor=${cursor}` : ''}`;
		const res = await queue.client.api('GET', `/executions?${query}`);
		if (res.status !== 200) throw new Error(`Cannot list executions: ${JSON.stringify(res.json)}`);
		found.push(...((res.json.data ?? []) as unknown as TimedExecution[]));
		cursor = (res.json.nextCursor as string | null | undefined) ?? undefined;
	} while (cursor);
	return found;
}
