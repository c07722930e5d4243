import type { IDataObject } from 'n8n-workflow';

/** Event ids remembered per trigger node, to drop a repeated push (CALLR retries; nothing signs a timestamp). */
export const RECENT_EVENT_IDS = 200;

/** Records an event id in the node's static data; false when it was already there. */
export function rememberEventId(staticData: IDataObject, eventId: string): boolean {
	const recent = (staticData.recentEventIds as string[] | undefined) ?? [];
	if (recent.includes(eventId)) return false;
	staticData.recentEventIds = [...recent, eventId].slice(-RECENT_EVENT_IDS);
	return true;
}
