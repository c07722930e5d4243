import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

/** Event ids remembered per trigger registration, to drop a repeated push (CALLR retries; nothing signs a timestamp). */
export const RECENT_EVENT_IDS = 200;

/** Registrations whose event ids this process keeps; the oldest is forgotten first (deactivated ones never return). */
const MAX_REGISTRATIONS = 500;

/**
 * Event ids this n8n process let through, per registration. n8n loads a workflow's static data when a webhook
 * request starts and saves it, whole, once the request is handled, so pushes handled at the same moment each save
 * their own list and the last save wins: ids get lost there. Checked and recorded here in one synchronous step, no
 * repeat gets through within a process however many pushes arrive at once.
 */
const seenByRegistration = new Map<string, string[]>();

/**
 * The registration a push belongs to: workflow, node and a digest of the HMAC secret made at activation, so that a
 * new activation starts afresh.
 */
export function registrationKey(workflowId: string | undefined, nodeId: string, hmacSecret: string): string {
	return `${workflowId ?? ''} ${nodeId} ${createHash('sha256').update(hmacSecret).digest('hex')}`;
}

/**
 * Whether an event id is new: not seen by this process for this registration, nor, with `sharedStaticData` (the
 * node's static data, when the user chose to share ids), in the ids other processes (several webhook processors) and
 * earlier runs of n8n saved there. Records it in both. Shared ids cost a database write per event (n8n saves changed
 * static data before it answers) and are kept only as far as concurrent saves leave them (README, Running at scale).
 */
export function isFirstDelivery(registration: string, eventId: string, sharedStaticData?: IDataObject): boolean {
	let seen = seenByRegistration.get(registration);
	if (seen === undefined) {
		seen = [];
		seenByRegistration.set(registration, seen);
		if (seenByRegistration.size > MAX_REGISTRATIONS) {
			seenByRegistration.delete(seenByRegistration.keys().next().value as string);
		}
	}
	if (seen.includes(eventId)) return false;
	seen.push(eventId);
	if (seen.length > RECENT_EVENT_IDS) seen.shift();
	if (!sharedStaticData) return true;

	const stored = (sharedStaticData.recentEventIds as string[] | undefined) ?? [];
	if (stored.includes(eventId)) return false;
	sharedStaticData.recentEventIds = [...stored, eventId].slice(-RECENT_EVENT_IDS);
	return true;
}
