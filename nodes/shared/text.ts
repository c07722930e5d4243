/** Characters of the GSM 03.38 default alphabet (one septet each). */
const GSM7_BASIC =
	'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
	'¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Characters of the GSM 03.38 extension table (an escape plus one septet: two each). */
const GSM7_EXTENDED = '\f^{}\\[~]|€';

const BASIC = new Set(GSM7_BASIC);
const EXTENDED = new Set(GSM7_EXTENDED);

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsTextAnalysis {
	encoding: SmsEncoding;
	/** Characters as a person counts them (code points). */
	characters: number;
	/** Septets (GSM-7) or UTF-16 code units (UCS-2) the text takes. */
	units: number;
	/** Parts the message is sent in; 0 for an empty text. */
	segments: number;
	/** Characters of the text that are not in the GSM-7 alphabet. */
	nonGsmCharacters: string[];
}

/** Whether every character is in the GSM-7 alphabet (basic or extension table). */
export function isGsm7(text: string): boolean {
	for (const ch of text) if (!BASIC.has(ch) && !EXTENDED.has(ch)) return false;
	return true;
}

/**
 * Encoding, length and parts of an SMS text. A single part holds 160 septets or 70 UCS-2 units; a concatenated
 * part loses room to its header (153 / 67), and an escape pair or a surrogate pair is never split across parts.
 */
export function analyzeSmsText(text: string): SmsTextAnalysis {
	const chars = [...text];
	const nonGsm = [...new Set(chars.filter((ch) => !BASIC.has(ch) && !EXTENDED.has(ch)))];
	const encoding: SmsEncoding = nonGsm.length === 0 ? 'GSM-7' : 'UCS-2';
	const sizeOf = (ch: string) => (encoding === 'GSM-7' ? (EXTENDED.has(ch) ? 2 : 1) : ch.length);
	const units = chars.reduce((sum, ch) => sum + sizeOf(ch), 0);
	const single = encoding === 'GSM-7' ? 160 : 70;
	const part = encoding === 'GSM-7' ? 153 : 67;
	let segments = 0;
	if (units > 0 && units <= single) segments = 1;
	else if (units > single) {
		let used = part;
		for (const ch of chars) {
			const size = sizeOf(ch);
			if (used + size > part) {
				segments++;
				used = 0;
			}
			used += size;
		}
	}
	return { encoding, characters: chars.length, units, segments, nonGsmCharacters: nonGsm };
}
