import type { IDataObject, INode } from 'n8n-workflow';

import { inputError } from '../../shared/errors';
import { requirePhoneNumber } from '../../shared/phone';
import type { Target } from '../api';

/**
 * CALLR's `datetime`: "YYYY-MM-DD HH:MM:SS" in UTC. A date without a time zone (as n8n's date picker gives) is read
 * as UTC.
 */
export function toCallrDateTime(node: INode, itemIndex: number, field: string, value: unknown): string {
	const text = String(value ?? '').trim();
	if (text === '') throw inputError(node, itemIndex, field, 'a date and time is required');
	const iso = text.replace(' ', 'T');
	const zoned = /([zZ]|[+-]\d{2}:?\d{2})$/.test(iso) || !iso.includes('T') ? iso : `${iso}Z`;
	const ms = Date.parse(zoned);
	if (Number.isNaN(ms)) throw inputError(node, itemIndex, field, `"${text}" is not a date and time`);
	return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** An HTTP(S) URL CALLR can post to. */
export function requireUrl(node: INode, itemIndex: number, field: string, value: unknown): string {
	const url = String(value ?? '').trim();
	if (!/^https?:\/\/\S+$/.test(url)) throw inputError(node, itemIndex, field, `"${url}" is not an HTTP(S) URL`);
	return url;
}

/** CALLR's `cdr_customer_field` / SMS `user_data`: at most 32 letters and digits. */
export function requireCustomField(node: INode, itemIndex: number, field: string, value: unknown): string {
	const text = String(value);
	if (!/^[A-Za-z0-9]{1,32}$/.test(text)) throw inputError(node, itemIndex, field, 'use at most 32 letters and digits');
	return text;
}

/** A CALLR Target: a number and how long it rings (5 to 300 seconds). */
export function toTarget(node: INode, itemIndex: number, field: string, number: unknown, timeout: unknown): Target {
	return { number: requirePhoneNumber(node, itemIndex, field, number), timeout: Number(timeout) };
}

/** The options object CALLR expects: the set values only, or null when none is set. */
export function optionsOrNull(options: IDataObject): IDataObject | null {
	const set = Object.entries(options).filter(([, v]) => v !== undefined && v !== '');
	return set.length ? Object.fromEntries(set) : null;
}
