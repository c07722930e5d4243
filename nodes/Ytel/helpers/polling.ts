import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import type { TelephonyEvent } from '../../shared/events';
import { TELEPHONY_EVENTS } from '../../shared/events';
import { collectPages } from '../../shared/pagination';
import { offsetPage } from '../transport';

type LogName = 'sms' | 'call';

interface PollEvent {
	name: string;
	description: string;
	event: TelephonyEvent;
	log: LogName;
	/** Only records of this direction (all when absent). */
	direction?: 'inbound' | 'outbound';
	/** Emitted again whenever the record's status changes, not only when it first appears. */
	statusChanges: boolean;
}

/** The trigger's polling events, in the order a record that fits several is named by in a test sample. */
export const POLL_EVENTS: Record<string, PollEvent> = {
	smsReceived: {
		name: 'SMS Received',
		description: 'A new inbound message in the SMS log',
		event: TELEPHONY_EVENTS.smsReceived,
		log: 'sms',
		direction: 'inbound',
		statusChanges: false,
	},
	messageStatus: {
		name: 'Message Status',
		description: 'A sent message appears in the SMS log or its status or delivery status changes',
		event: TELEPHONY_EVENTS.smsStatus,
		log: 'sms',
		direction: 'outbound',
		statusChanges: true,
	},
	callReceived: {
		name: 'Call Received',
		description: 'A new inbound call in the call log',
		event: TELEPHONY_EVENTS.callReceived,
		log: 'call',
		direction: 'inbound',
		statusChanges: false,
	},
	callStatus: {
		name: 'Call Status',
		description: 'A call in either direction appears in the call log or its status changes',
		event: TELEPHONY_EVENTS.callStatus,
		log: 'call',
		statusChanges: true,
	},
};

const LOGS: Record<LogName, { path: string; id: string; fingerprint: (record: IDataObject) => string }> = {
	sms: { path: '/v4/logs/sms/', id: 'smsSid', fingerprint: (r) => `${String(r.status)}|${String(r.dlrStatus ?? '')}` },
	call: { path: '/v4/logs/call/', id: 'callSid', fingerprint: (r) => String(r.status) },
};

/** Records remembered per log: enough for a day of a busy number, small enough for static data saved every poll. */
export const MAX_TRACKED = 5000;

const DAY_MS = 86_400_000;

/**
 * What a log's poll remembers: the direction it reads, the records seen with their date and status, and the date below
 * which records are no longer followed (the oldest ones, dropped beyond MAX_TRACKED).
 */
interface LogState {
	direction: string;
	since: number;
	seen: Record<string, [number, string]>;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A record's `date`: milliseconds in Ytel's examples, "seconds since epoch" in its text; both are accepted. */
function epochMs(value: unknown, fallback: number): number {
	const n = Number(value);
	if (!Number.isFinite(n) || n <= 0) return fallback;
	return n < 1e11 ? n * 1000 : n;
}

const fits = (event: PollEvent, record: IDataObject) => !event.direction || record.direction === event.direction;

/**
 * Reads yesterday's and today's SMS and call logs (Ytel's logs are day-granular, UTC) page by page and emits what the
 * last poll had not seen: new records, and new statuses of records that report them. The first poll only remembers
 * what is there; a manual poll returns the newest fitting record as a sample and remembers nothing. Nothing is
 * remembered unless every read succeeded, so a failed poll loses nothing and the next one repeats nothing.
 */
export async function pollLogs(this: IPollFunctions, keys: string[]): Promise<INodeExecutionData[][] | null> {
	const now = Date.now();
	const qs = { startDate: day(now - DAY_MS), endDate: day(now) };
	const windowStart = Date.parse(qs.startDate);
	const manual = this.getMode() === 'manual';
	const data = this.getWorkflowStaticData('node');
	const states = (data.pollState ?? {}) as Partial<Record<LogName, LogState>>;
	const next: Partial<Record<LogName, LogState>> = {};
	const found: Array<{ date: number; item: INodeExecutionData }> = [];
	let sample: { key: string; date: number; record: IDataObject } | undefined;
	const emit = (key: string, date: number, record: IDataObject) =>
		found.push({ date, item: { json: { event: POLL_EVENTS[key].event, ytelEvent: key, ...record } } });

	for (const log of ['sms', 'call'] as const) {
		const events = Object.keys(POLL_EVENTS).filter((k) => keys.includes(k) && POLL_EVENTS[k].log === log);
		if (events.length === 0) continue;
		const directions = new Set(events.map((k) => POLL_EVENTS[k].direction));
		const direction = directions.size === 1 ? ([...directions][0] ?? '') : '';
		const records = await collectPages(
			{ returnAll: true, limit: Infinity },
			offsetPage.call(this, LOGS[log].path, direction ? { ...qs, direction } : qs),
		);
		const dated = records.map((record) => ({ record, date: epochMs(record.date, now) }));

		if (manual) {
			for (const { record, date } of dated) {
				const key = events.find((k) => fits(POLL_EVENTS[k], record));
				if (key && (!sample || date > sample.date)) sample = { key, date, record };
			}
			continue;
		}

		// A changed selection reads another part of the log: start afresh rather than take all of it for new.
		const previous = states[log]?.direction === direction ? states[log] : undefined;
		let since = Math.max(previous?.since ?? 0, windowStart);
		const seen = Object.fromEntries(Object.entries(previous?.seen ?? {}).filter(([, [date]]) => date >= since));
		for (const { record, date } of dated) {
			if (date < since) continue;
			const id = String(record[LOGS[log].id]);
			const fingerprint = LOGS[log].fingerprint(record);
			const before = seen[id]?.[1];
			seen[id] = [date, fingerprint];
			if (!previous || before === fingerprint) continue;
			const fresh = before === undefined;
			for (const key of events) if (fits(POLL_EVENTS[key], record) && (fresh || POLL_EVENTS[key].statusChanges)) emit(key, date, record);
		}
		const tracked = Object.entries(seen).sort(([, [a]], [, [b]]) => b - a);
		if (tracked.length > MAX_TRACKED) since = tracked[MAX_TRACKED][1][0] + 1;
		next[log] = { direction, since, seen: Object.fromEntries(tracked.filter(([, [date]]) => date >= since)) };
	}

	if (sample) emit(sample.key, sample.date, sample.record);
	// n8n saves static data whenever it was written: only write what changed.
	if (!manual && JSON.stringify(next) !== JSON.stringify(states)) data.pollState = next;
	const items = found.sort((a, b) => a.date - b.date).map((f) => f.item);
	return items.length ? [items] : null;
}
