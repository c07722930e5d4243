import { collectPages } from '../../nodes/shared/pagination';

const data = Array.from({ length: 23 }, (_, i) => i);

function pager(pageSize: number) {
	const calls: Array<{ cursor: number | undefined; wanted: number }> = [];
	const fetch = async (cursor: number | undefined, wanted: number) => {
		calls.push({ cursor, wanted });
		const start = cursor ?? 0;
		const items = data.slice(start, start + Math.min(pageSize, wanted));
		return { items, next: start + items.length < data.length ? start + items.length : undefined };
	};
	return { calls, fetch };
}

describe('collectPages', () => {
	it('walks every page for Return All', async () => {
		const { calls, fetch } = pager(10);
		expect(await collectPages({ returnAll: true, limit: Infinity }, fetch)).toEqual(data);
		expect(calls.map((c) => c.cursor)).toEqual([undefined, 10, 20]);
	});

	it('asks only for what is still wanted and stops at the limit', async () => {
		const { calls, fetch } = pager(10);
		expect(await collectPages({ returnAll: false, limit: 15 }, fetch)).toEqual(data.slice(0, 15));
		expect(calls).toEqual([
			{ cursor: undefined, wanted: 15 },
			{ cursor: 10, wanted: 5 },
		]);
	});

	it('trims a page that returns more than asked for', async () => {
		const fetch = async () => ({ items: data, next: undefined });
		expect(await collectPages({ returnAll: false, limit: 5 }, fetch)).toHaveLength(5);
	});

	it('stops when a provider repeats a cursor or returns an empty page', async () => {
		let calls = 0;
		const stuck = async () => {
			calls++;
			return { items: [1], next: 'same' };
		};
		expect(await collectPages({ returnAll: true, limit: Infinity }, stuck)).toEqual([1, 1]);
		expect(calls).toBe(2);
		const empty = async () => ({ items: [], next: 'x' });
		expect(await collectPages({ returnAll: true, limit: Infinity }, empty)).toEqual([]);
	});
});
