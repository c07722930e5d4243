import type { IDataObject } from 'n8n-workflow';

/** Fields ICTCore stores as integers but reads back from MySQL as strings. Phones stay strings (leading zeros). */
const NUMERIC =
	/(_id|_total|_done|_flag|_allowed)$|^(active|cpm|pages|length|last_run|date_created|last_updated|is_deleted|pid|expires_in|class|encoding|size_x|size_y|resolution_x|resolution_y|channel|sample|bitrate)$/;

function normaliseValue(key: string, value: unknown): unknown {
	if (typeof value === 'string' && NUMERIC.test(key) && /^-?(0|[1-9]\d{0,14})$/.test(value)) return Number(value);
	if (Array.isArray(value)) return value.map((v) => normaliseValue('', v));
	if (value !== null && typeof value === 'object') return normaliseRecord(value);
	return value;
}

/** A record as ICTCore returns it, with numeric columns as numbers (nested account/contact objects included). */
export function normaliseRecord(record: unknown): IDataObject {
	if (record === null || typeof record !== 'object' || Array.isArray(record))
		return { value: record as IDataObject['value'] };
	return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, normaliseValue(k, v)])) as IDataObject;
}

/**
 * A bare answer as an item: a number becomes `{<idKey>: n}`, a string `{status: s}`, `true`/`false`
 * `{success: bool}`, an empty body `{success: true}`; records keep their shape.
 */
export function toItem(value: unknown, idKey = 'id'): IDataObject {
	if (value === undefined || value === null || value === '') return { success: true };
	if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value)))
		return { [idKey]: Number(value) };
	if (typeof value === 'string') return { status: value };
	if (typeof value === 'boolean') return { success: value };
	return normaliseRecord(value);
}

/** Sorts rows by an id column (ICTCore lists have no order) and keeps the first row of each id (JOIN duplicates). */
export function uniqueById(rows: IDataObject[], idKey: string): IDataObject[] {
	const byId = new Map<unknown, IDataObject>();
	for (const row of rows) if (!byId.has(row[idKey])) byId.set(row[idKey], row);
	return [...byId.values()].sort((a, b) => Number(a[idKey]) - Number(b[idKey]));
}
