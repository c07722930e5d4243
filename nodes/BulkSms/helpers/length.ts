import { analyzeSmsText } from '../../shared/text';

export type BulkSmsEncoding = 'TEXT' | 'UNICODE' | 'BINARY';

/** Octets in one binary SMS part, and in each part of a concatenated one (the rest is the concatenation header). */
const BINARY_SINGLE = 140;
const BINARY_PART = 134;

/**
 * How many parts BulkSMS sends a body in. TEXT replaces characters outside GSM 03.38 by "?" unless auto-unicode
 * turns such a message into UNICODE; UNICODE takes 70 UTF-16 units (67 per concatenated part); BINARY is hex, two
 * digits per octet. Field templates count at their full width, which is the most they can expand to.
 * Undefined for a BINARY body that is not hex.
 */
export function partsNeeded(body: string, encoding: BulkSmsEncoding, autoUnicode: boolean): number | undefined {
	if (encoding === 'BINARY') {
		if (!/^([0-9a-fA-F]{2})+$/.test(body)) return undefined;
		const octets = body.length / 2;
		return octets <= BINARY_SINGLE ? 1 : Math.ceil(octets / BINARY_PART);
	}
	const analysis = analyzeSmsText(body);
	if (analysis.encoding === 'UCS-2') {
		if (encoding === 'UNICODE' || autoUnicode) return analysis.segments;
		const nonGsm = new Set(analysis.nonGsmCharacters);
		return analyzeSmsText([...body].map((ch) => (nonGsm.has(ch) ? '?' : ch)).join('')).segments;
	}
	if (encoding === 'UNICODE') return body.length <= 70 ? 1 : Math.ceil(body.length / 67);
	return analysis.segments;
}
