import { sleep } from 'n8n-workflow';

/**
 * Runs `task` for every index below `count`, at most `limit` at a time, and resolves once all have settled.
 * After a task throws, no new task starts (the ones running finish) and the earliest failed index's error is
 * thrown; with `stopOnError: false` every task runs and errors are left to the task to record.
 */
export async function forEachConcurrent(
	count: number,
	limit: number,
	task: (index: number) => Promise<void>,
	stopOnError = true,
): Promise<void> {
	let next = 0;
	let failed: { index: number; error: unknown } | undefined;
	const worker = async () => {
		while (next < count && !(stopOnError && failed)) {
			const index = next++;
			try {
				await task(index);
			} catch (error) {
				if (!failed || index < failed.index) failed = { index, error };
			}
		}
	};
	const workers = Array.from({ length: Math.max(1, Math.min(limit, count)) }, worker);
	await Promise.all(workers);
	if (failed) throw failed.error;
}

/** Spaces calls evenly so that no more than `perSecond` start in any second. */
export class RateLimiter {
	private nextSlot = 0;

	private readonly intervalMs: number;

	constructor(perSecond: number) {
		this.intervalMs = perSecond > 0 ? 1000 / perSecond : 0;
	}

	async acquire(): Promise<void> {
		if (this.intervalMs === 0) return;
		const now = Date.now();
		const slot = Math.max(now, this.nextSlot);
		this.nextSlot = slot + this.intervalMs;
		if (slot > now) await sleep(slot - now);
	}
}

/** One RateLimiter per key, for limits that apply per sending number or per account. */
export class KeyedRateLimiter {
	private readonly limiters = new Map<string, RateLimiter>();

	constructor(private readonly perSecond: number) {}

	async acquire(key: string): Promise<void> {
		let limiter = this.limiters.get(key);
		if (!limiter) {
			limiter = new RateLimiter(this.perSecond);
			this.limiters.set(key, limiter);
		}
		await limiter.acquire();
	}
}

/** Splits a list into chunks of at most `size` elements. */
export function chunk<T>(list: T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
	return out;
}
