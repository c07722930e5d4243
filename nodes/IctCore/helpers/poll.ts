import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { TELEPHONY_EVENTS } from '../../shared/events';
import { ictCoreList, ictCoreRead, ictCoreRequest } from '../transport';
import { uniqueById } from './normalise';
import { TERMINAL_STATUSES } from './send';

/** What each transmission event polls for and how its items are completed. */
export const TRANSMISSION_EVENTS: Record<
	string,
	{ query: IDataObject; emitWhen: 'new' | 'final'; serviceFixed?: boolean }
> = {
	inboundSms: { query: { direction: 'inbound', service_flag: 4 }, emitWhen: 'final', serviceFixed: true },
	inboundFax: { query: { direction: 'inbound', service_flag: 2 }, emitWhen: 'final', serviceFixed: true },
	inboundEmail: { query: { direction: 'inbound', service_flag: 8 }, emitWhen: 'final', serviceFixed: true },
	transmissionFinished: { query: { direction: 'outbound' }, emitWhen: 'final' },
	newTransmission: { query: {}, emitWhen: 'new' },
};

const SERVICE_EVENT: Record<number, string> = { 4: TELEPHONY_EVENTS.smsStatus, 1: TELEPHONY_EVENTS.callStatus };

/** The results of a transmission's last attempt, by `type/name`. */
async function resultsOf(this: IPollFunctions, id: unknown): Promise<Record<string, unknown>> {
	const rows = await ictCoreList.call(this, `/transmissions/${id}/result`);
	return Object.fromEntries(rows.map((r) => [`${r.type}/${r.name}`, r.data]));
}

/** Adds what the list row lacks: the received content, or the service and attempts of a finished transmission. */
export async function enrich(this: IPollFunctions, event: string, row: IDataObject): Promise<IDataObject> {
	const id = row.transmission_id;
	if (event === 'inboundSms') {
		const textId = (await resultsOf.call(this, id))['message/text'];
		// a stock Kannel setup stores inbound text empty: the item still comes, with message null
		const text = textId ? await ictCoreRead.call(this, `/messages/texts/${textId}`) : {};
		return { event: TELEPHONY_EVENTS.smsReceived, ...row, text_id: textId ?? null, message: text.data || null };
	}
	if (event === 'inboundFax') {
		const results = await resultsOf.call(this, id);
		return {
			event: TELEPHONY_EVENTS.faxReceived,
			...row,
			document_id: Number(results['message/document']) || null,
			pages: Number(results['info/pages'] ?? 0),
		};
	}
	if (event === 'inboundEmail') {
		const templateId = (await resultsOf.call(this, id))['message/template'];
		const template = templateId ? await ictCoreRead.call(this, `/messages/templates/${templateId}`) : {};
		return {
			event: TELEPHONY_EVENTS.emailReceived,
			...row,
			template_id: Number(templateId) || null,
			subject: template.subject ?? null,
			body: template.body ?? null,
			body_alt: template.body_alt ?? null,
		};
	}
	if (event === 'transmissionFinished') {
		const record = await ictCoreRead.call(this, `/transmissions/${id}`);
		const results = await resultsOf.call(this, id);
		return {
			event: SERVICE_EVENT[Number(record.service_flag)] ?? TELEPHONY_EVENTS.transmissionFinished,
			...row,
			service_flag: record.service_flag,
			program_id: record.program_id,
			campaign_id: record.campaign_id,
			title: record.title,
			try_allowed: record.try_allowed,
			...(results['application/sms_send'] !== undefined ? { dlrCode: results['application/sms_send'] } : {}),
		};
	}
	if (event === 'campaignStatusChanged') return { event: TELEPHONY_EVENTS.campaignStatus, ...row };
	if (event === 'newContact') return { event: TELEPHONY_EVENTS.contactCreated, ...row };
	return { event: TELEPHONY_EVENTS.transmissionCreated, ...row };
}

/** What one poll found: the rows to emit, or on the first poll (`seeded`) every row, the cursor being new. */
export interface PollResult {
	rows: IDataObject[];
	seeded: boolean;
}

/** Campaigns whose status changed since the last poll (a campaign created as `new` is not a change). */
export async function pollCampaigns(this: IPollFunctions, state: IDataObject): Promise<PollResult> {
	const rows = uniqueById(await ictCoreList.call(this, '/campaigns'), 'campaign_id');
	const known = state.campaigns as Record<string, string> | undefined;
	state.campaigns = Object.fromEntries(rows.map((r) => [String(r.campaign_id), String(r.status)]));
	if (!known) return { rows, seeded: true };
	const changed = rows.filter((r) => {
		const before = known[String(r.campaign_id)];
		return before !== r.status && (before !== undefined || r.status !== 'new');
	});
	return { rows: changed.map((r) => ({ ...r, previous_status: known[String(r.campaign_id)] ?? null })), seeded: false };
}

/** Contacts above the id watermark, among those created in the look-back window. */
export async function pollContacts(this: IPollFunctions, state: IDataObject, after: number): Promise<PollResult> {
	const rows = uniqueById(await ictCoreList.call(this, '/contacts', { after }), 'contact_id');
	const lastId = state.lastId as number | undefined;
	state.lastId = rows.reduce((max, r) => Math.max(max, Number(r.contact_id)), lastId ?? 0);
	if (lastId === undefined) return { rows, seeded: true };
	return { rows: rows.filter((r) => Number(r.contact_id) > lastId), seeded: false };
}

/** A failed transmission with attempts left is retried by ICTCore about 60 seconds later: not final yet. */
async function retryPending(this: IPollFunctions, id: unknown): Promise<boolean> {
	const record = await ictCoreRead.call(this, `/transmissions/${id}`);
	const attempts = await ictCoreList.call(this, `/transmissions/${id}/detail`);
	return attempts.length < Number(record.try_allowed ?? 1);
}

export interface TransmissionCursor {
	lastId?: number;
	/** Seen but not final: id → status. */
	pending: Record<string, string>;
}

/**
 * One poll of a transmission event. New rows are those above the id watermark (ids are AUTO_INCREMENT); rows not
 * final yet wait in `pending` until they are, even after they leave the look-back window.
 */
export async function pollTransmissions(
	this: IPollFunctions,
	event: string,
	filters: IDataObject,
	cursor: TransmissionCursor,
	onlyFinal: boolean,
): Promise<PollResult> {
	const spec = TRANSMISSION_EVENTS[event];
	const rows = uniqueById(
		await ictCoreList.call(this, '/transmissions', { ...filters, ...spec.query }),
		'transmission_id',
	);
	const lastId = cursor.lastId;
	const maxId = rows.reduce((max, r) => Math.max(max, Number(r.transmission_id)), lastId ?? 0);
	const isFinal = (r: IDataObject) => TERMINAL_STATUSES.includes(String(r.status));
	cursor.lastId = maxId;
	if (lastId === undefined) {
		for (const r of rows)
			if (spec.emitWhen === 'final' && !isFinal(r)) cursor.pending[String(r.transmission_id)] = String(r.status);
		return { rows, seeded: true };
	}
	if (spec.emitWhen === 'new') return { rows: rows.filter((r) => Number(r.transmission_id) > lastId), seeded: false };

	const byId = new Map(rows.map((r) => [String(r.transmission_id), r]));
	for (const id of Object.keys(cursor.pending)) {
		if (!byId.has(id)) {
			const status = String(
				await ictCoreRequest.call(this, { method: 'GET', path: `/transmissions/${id}/status`, idempotent: true }),
			);
			byId.set(id, { transmission_id: Number(id), status });
		}
	}
	const out: IDataObject[] = [];
	for (const [id, r] of byId) {
		if (Number(id) <= lastId && !(id in cursor.pending)) continue;
		const waitForRetry =
			onlyFinal && r.status === 'failed' && event === 'transmissionFinished' && (await retryPending.call(this, id));
		if (isFinal(r) && !waitForRetry) {
			delete cursor.pending[id];
			out.push(r);
		} else cursor.pending[id] = String(r.status);
	}
	return { rows: out, seeded: false };
}
