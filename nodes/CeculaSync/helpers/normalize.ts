/**
 * Cecula Sync names the same things differently per endpoint (`text`/`message`, `sender`/`recipient` vs
 * `originator`/`receiver`, `trackingId`/`messageId`/`callId`), mixes number and string ids and codes, status casings
 * (`delivered`, `Not Answered`, `NOT ANSWERED`) and four date formats. Output items use one shape, with the answer as
 * it came in `raw`.
 */
import type { IDataObject } from 'n8n-workflow';

const text = (value: unknown): string | undefined =>
	value === undefined || value === null || value === '' ? undefined : String(value);

/** "Not Answered", "NOT ANSWERED", "not_answered" → "NOT_ANSWERED". */
export function normalizeStatus(value: unknown): string | undefined {
	return text(value)
		?.trim()
		.toUpperCase()
		.replace(/[\s_]+/g, '_');
}

/**
 * "2020/02/08 11:01", "2020/02/07 22:29:40", "2020-02-08 12:13:44", "2020/04/27" → ISO 8601 without a zone
 * ("2020-02-08T11:01:00", "2020-04-27"): the API gives none. Anything else is kept as it is.
 */
export function normalizeDate(value: unknown): string | undefined {
	const raw = text(value);
	const m = raw?.trim().match(/^(\d{4})[/-](\d{2})[/-](\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/);
	if (!m) return raw;
	const [, y, mo, d, h, mi, s] = m;
	return h === undefined ? `${y}-${mo}-${d}` : `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}`;
}

const without = (record: IDataObject) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));

/** Sent SMS Status (`messageId`, `sender`, `recipient`) and the SMS report webhook (`originator`, `receiver`). */
export function smsStatus(raw: IDataObject): IDataObject {
	return without({
		trackingId: text(raw.messageId ?? raw.trackingId),
		originator: text(raw.sender ?? raw.originator),
		receiver: text(raw.recipient ?? raw.receiver),
		status: normalizeStatus(raw.status),
		sendTime: normalizeDate(raw.sendTime),
		doneTime: normalizeDate(raw.doneTime),
		raw,
	});
}

/** Dialled Call Status (`trackingId`) and the outbound call webhook (`callId`). */
export function callStatus(raw: IDataObject): IDataObject {
	return without({
		trackingId: text(raw.trackingId ?? raw.callId),
		originator: text(raw.originator),
		receiver: text(raw.receiver),
		status: normalizeStatus(raw.status),
		callTime: normalizeDate(raw.callTime),
		raw,
	});
}

/** New Received SMS (`text`) and the inbound SMS webhook (`message`). */
export function receivedSms(raw: IDataObject): IDataObject {
	return without({
		originator: text(raw.originator),
		receiver: text(raw.receiver),
		text: text(raw.text ?? raw.message) ?? '',
		timeReceived: normalizeDate(raw.timeReceived),
		raw,
	});
}

/** New Missed Calls (`callDuration` a number) and the inbound call webhook (a string). */
export function missedCall(raw: IDataObject): IDataObject {
	const duration = Number(raw.callDuration);
	return without({
		originator: text(raw.originator),
		receiver: text(raw.receiver),
		callDuration: Number.isFinite(duration) ? duration : undefined,
		callTime: normalizeDate(raw.callTime),
		raw,
	});
}

/** Success envelopes: `status` "1801" or 1801 with `message` (or `response` in Send SMS). */
export function outcome(raw: IDataObject): IDataObject {
	return without({ statusCode: text(raw.status), message: text(raw.message ?? raw.response) });
}

/** Whether two numbers are the same subscriber, whatever their format ("+234805…", "234805…", "0805…"). */
export function sameNumber(a: unknown, b: unknown): boolean {
	const national = (v: unknown) =>
		String(v ?? '')
			.replace(/\D/g, '')
			.slice(-10);
	return national(a) !== '' && national(a) === national(b);
}
