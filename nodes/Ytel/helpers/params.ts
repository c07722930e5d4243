import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../shared/errors';
import { readListSettings } from '../../shared/pagination';
import { requirePhoneNumber } from '../../shared/phone';

const SHORT_CODE = /^\d{3,6}$/;

/** A sending number: E.164, or a short code as Ytel writes them ("12345"). */
export function senderNumber(this: IExecuteFunctions, itemIndex: number, field: string, value: unknown): string {
	const text = String(value ?? '').trim();
	if (SHORT_CODE.test(text)) return text;
	return requirePhoneNumber(this.getNode(), itemIndex, field, text);
}

/** `{from}` or `{numberSetId}`, as the Send From selector says. */
export function readSender(this: IExecuteFunctions, itemIndex: number): IDataObject {
	if (this.getNodeParameter('sendFrom', itemIndex) === 'numberSet') {
		return { numberSetId: requireText.call(this, itemIndex, 'numberSetId', 'Number Set') };
	}
	return { from: senderNumber.call(this, itemIndex, 'From Number', this.getNodeParameter('from', itemIndex)) };
}

/** `{to}` or `{contactId}`, as the Send To selector says. */
export function readRecipient(this: IExecuteFunctions, itemIndex: number): IDataObject {
	if (this.getNodeParameter('sendTo', itemIndex) === 'contact') {
		return { contactId: requireText.call(this, itemIndex, 'contactId', 'Contact ID') };
	}
	return { to: requirePhoneNumber(this.getNode(), itemIndex, 'To', this.getNodeParameter('to', itemIndex)) };
}

/** A required text parameter, trimmed; the error names the field. */
export function requireText(this: IExecuteFunctions, itemIndex: number, name: string, label: string): string {
	const value = String(this.getNodeParameter(name, itemIndex, '') ?? '').trim();
	if (value === '') throw inputError(this.getNode(), itemIndex, label, 'a value is required');
	return value;
}

/** The object of a key/value fixedCollection (`{ pairs: [{ key, value }] }`), or undefined when it has none. */
export function keyValues(value: unknown): IDataObject | undefined {
	const pairs = ((value as { pairs?: Array<{ key: string; value: string }> } | undefined)?.pairs ?? []).filter(
		(p) => p.key.trim() !== '',
	);
	return pairs.length ? Object.fromEntries(pairs.map((p) => [p.key.trim(), p.value])) : undefined;
}

/** A day as Ytel's log queries want it (YYYY-MM-DD, UTC). */
export function ytelDay(this: IExecuteFunctions, itemIndex: number, name: string, label: string): string {
	const raw = this.getNodeParameter(name, itemIndex, '') as string;
	const date = new Date(raw);
	if (raw === '' || Number.isNaN(date.getTime())) throw inputError(this.getNode(), itemIndex, label, 'a date is required');
	return date.toISOString().slice(0, 10);
}

/** The day range of a log query, checked before anything is sent. */
export function readDayRange(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const startDate = ytelDay.call(this, itemIndex, 'startDate', 'Start Date');
	const endDate = ytelDay.call(this, itemIndex, 'endDate', 'End Date');
	if (endDate < startDate) throw inputError(this.getNode(), itemIndex, 'End Date', 'must not be before the Start Date');
	return { startDate, endDate };
}

/** Drops empty strings and undefined values from a collection, so only set fields reach Ytel. */
export function setFields(collection: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(collection).filter(([, v]) => v !== '' && v !== undefined && v !== null));
}

/** A path segment for a phone number or id (a "+" must travel encoded). */
export const segment = (value: string) => encodeURIComponent(value);

/** Return All / Limit over a list Ytel answers in one piece (no paging). */
export function limitList(this: IExecuteFunctions, itemIndex: number, list: IDataObject[]): IDataObject[] {
	const { limit } = readListSettings.call(this, itemIndex);
	return list.slice(0, limit);
}
