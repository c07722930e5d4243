import { chunk, forEachConcurrent, KeyedRateLimiter, RateLimiter } from '../../nodes/shared/concurrency';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('forEachConcurrent', () => {
	it('never runs more than the limit at once and runs every index', async () => {
		let running = 0;
		let peak = 0;
		const done: number[] = [];
		await forEachConcurrent(20, 4, async (i) => {
			running++;
			peak = Math.max(peak, running);
			await wait(i % 3);
			running--;
			done.push(i);
		});
		expect(peak).toBe(4);
		expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
	});

	it('starts nothing new after a failure and throws the earliest failed index', async () => {
		const started: number[] = [];
		await expect(
			forEachConcurrent(50, 2, async (i) => {
				started.push(i);
				await wait(1);
				if (i === 3 || i === 4) throw new Error(`fail ${i}`);
			}),
		).rejects.toThrow('fail 3');
		expect(Math.max(...started)).toBeLessThan(7);
	});

	it('handles empty input', async () => {
		await expect(forEachConcurrent(0, 3, async () => {})).resolves.toBeUndefined();
	});
});

describe('rate limiters', () => {
	it('spaces calls to the rate', async () => {
		const limiter = new RateLimiter(50); // one every 20 ms
		const start = Date.now();
		for (let i = 0; i < 6; i++) await limiter.acquire();
		expect(Date.now() - start).toBeGreaterThanOrEqual(95);
	});

	it('keeps keys apart', async () => {
		const limiter = new KeyedRateLimiter(10); // one every 100 ms per key
		const start = Date.now();
		await Promise.all(['a', 'b', 'c', 'd'].map((k) => limiter.acquire(k)));
		expect(Date.now() - start).toBeLessThan(50);
		await limiter.acquire('a');
		expect(Date.now() - start).toBeGreaterThanOrEqual(90);
	});

	it('chunks lists', () => {
		expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
		expect(chunk([], 3)).toEqual([]);
	});
});
