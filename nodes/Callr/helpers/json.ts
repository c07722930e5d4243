/** Fields that hold CALLR call ids (64-bit unsigned integers); always returned as strings. */
const CALL_ID_FIELDS = new Set(['callid', 'callid_in']);

/**
 * Integer literals outside strings that a JavaScript number cannot hold exactly are quoted, so JSON.parse keeps
 * their digits as a string instead of rounding them.
 */
function quoteUnsafeIntegers(text: string): string {
	let out = '';
	let start = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (inString) {
			if (ch === '\\') i++;
			else if (ch === '"') inString = false;
			continue;
		}
		if (ch === '"') {
			inString = true;
			continue;
		}
		if (ch !== '-' && (ch < '0' || ch > '9')) continue;
		const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
		if (!match) continue;
		const literal = match[0];
		if (match[1] === undefined && match[2] === undefined && !Number.isSafeInteger(Number(literal))) {
			out += `${text.slice(start, i)}"${literal}"`;
			start = i + literal.length;
		}
		i += literal.length - 1;
	}
	return out + text.slice(start);
}

/**
 * JSON.parse that never loses digits of large integers: those become strings, and call ids are strings whatever
 * their size, so a workflow sees one type for them.
 */
export function parseJsonKeepingBigIntegers(text: string): unknown {
	return JSON.parse(quoteUnsafeIntegers(text), (key, value: unknown) =>
		CALL_ID_FIELDS.has(key) && typeof value === 'number' ? String(value) : value,
	);
}
