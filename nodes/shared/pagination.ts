import type { IExecuteFunctions } from 'n8n-workflow';

/** One page of a list: its items, and how to ask for the next one (absent on the last page). */
export interface Page<T, C> {
	items: T[];
	next?: C;
}

export interface ListSettings {
	returnAll: boolean;
	limit: number;
}

/** Reads the shared Return All / Limit fields of a list operation. */
export function readListSettings(this: IExecuteFunctions, itemIndex: number): ListSettings {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? Infinity : (this.getNodeParameter('limit', itemIndex, 50) as number);
	return { returnAll, limit };
}

/**
 * Walks pages until the last one or until `limit` items are in hand, asking each page for no more than is still
 * wanted. Only the items are kept, never the page responses. A cursor that repeats ends the walk, so a provider
 * that ignores the cursor cannot loop forever.
 */
export async function collectPages<T, C>(
	settings: ListSettings,
	fetchPage: (cursor: C | undefined, wanted: number) => Promise<Page<T, C>>,
): Promise<T[]> {
	const out: T[] = [];
	const seen = new Set<string>();
	let cursor: C | undefined;
	while (out.length < settings.limit) {
		const page = await fetchPage(cursor, settings.limit - out.length);
		for (const item of page.items) {
			if (out.length >= settings.limit) break;
			out.push(item);
		}
		if (page.items.length === 0 || page.next === undefined) break;
		const key = JSON.stringify(page.next);
		if (seen.has(key)) break;
		seen.add(key);
		cursor = page.next;
	}
	return out;
}
