import type { INode } from 'n8n-workflow';

import { inputError } from './errors';

export interface PhoneNumberOptions {
	/**
	 * Country calling code (digits, e.g. "234") that turns a national number with a trunk prefix ("08031234567")
	 * into an international one. Without it, national numbers are rejected: the country cannot be guessed.
	 */
	defaultCountryCode?: string;
}

/** Characters people type inside phone numbers that carry no meaning. */
const SEPARATORS = /[\s\-.()/\u00a0]/g;

/**
 * Normalises a phone number to E.164 ("+14155550100"), or returns undefined when it cannot be one.
 * Accepts "+", "00" and bare international digits, separators, and national numbers when a default country
 * code is given. E.164 allows at most 15 digits; country codes never start with 0.
 */
export function toE164(raw: string, options: PhoneNumberOptions = {}): string | undefined {
	let text = String(raw).trim().replace(SEPARATORS, '');
	if (text.startsWith('+')) text = text.slice(1);
	else if (text.startsWith('00')) text = text.slice(2);
	else if (text.startsWith('0') && options.defaultCountryCode) {
		text = options.defaultCountryCode.replace(/\D/g, '') + text.replace(/^0+/, '');
	}
	if (!/^[1-9]\d{6,14}$/.test(text)) return undefined;
	return `+${text}`;
}

/** Validates one phone number of one item; the error names the item, the field and the expected format. */
export function requirePhoneNumber(
	node: INode,
	itemIndex: number,
	field: string,
	value: unknown,
	options: PhoneNumberOptions = {},
): string {
	const text = typeof value === 'number' ? String(value) : value;
	if (typeof text !== 'string' || text.trim() === '') {
		throw inputError(node, itemIndex, field, 'a phone number is required');
	}
	const e164 = toE164(text, options);
	if (!e164) {
		throw inputError(
			node,
			itemIndex,
			field,
			`"${text}" is not a valid phone number`,
			'Use the international E.164 format: a plus sign, the country code and the number, e.g. +14155550100.',
		);
	}
	return e164;
}

/** Splits a list typed as text (commas, semicolons, new lines) or given as an array into trimmed entries. */
export function splitList(value: unknown): string[] {
	const parts = Array.isArray(value) ? value.map(String) : String(value ?? '').split(/[,;\n]/);
	return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Validates a list of phone numbers; every entry must be valid, and duplicates are kept once. */
export function requirePhoneNumbers(
	node: INode,
	itemIndex: number,
	field: string,
	value: unknown,
	options: PhoneNumberOptions = {},
): string[] {
	const entries = splitList(value);
	if (entries.length === 0) throw inputError(node, itemIndex, field, 'at least one phone number is required');
	return [...new Set(entries.map((entry) => requirePhoneNumber(node, itemIndex, field, entry, options)))];
}

/** E.164 without the plus sign, as some providers want it ("14155550100"). */
export function withoutPlus(e164: string): string {
	return e164.replace(/^\+/, '');
}
