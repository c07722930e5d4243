/**
 * The suite's figures: each test file records its table under its own key in `.artifacts/reliability.json`
 * (read, merged, written) and prints it with console.log, which Jest shows.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIGURES_FILE = join(__dirname, '..', '..', '.artifacts', 'reliability.json');

export type Row = Record<string, string | number>;

export function recordFigures(section: string, rows: Row[], extra: Record<string, unknown> = {}): void {
	let all: Record<string, unknown> = {};
	try {
		all = JSON.parse(readFileSync(FIGURES_FILE, 'utf8')) as Record<string, unknown>;
	} catch {
		// First section of the run.
	}
	all[section] = { at: new Date().toISOString(), rows, ...extra };
	mkdirSync(join(FIGURES_FILE, '..'), { recursive: true });
	writeFileSync(FIGURES_FILE, `${JSON.stringify(all, null, 2)}\n`);
	console.log(`Reliability — ${section}\n${table(rows)}`);
}

/** A plain text table, columns padded to their widest cell. */
export function table(rows: Row[]): string {
	if (rows.length === 0) return '(no rows)';
	const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
	const width = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
	const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(width[i])).join(' | ');
	return [
		line(columns),
		width.map((w) => '-'.repeat(w)).join('-+-'),
		...rows.map((r) => line(columns.map((c) => String(r[c] ?? '')))),
	].join('\n');
}
