import type { IDataObject } from 'n8n-workflow';

import { TELEPHONY_EVENTS } from '../../shared/events';
import type { TelephonyEvent } from '../../shared/events';

/** The four webhook formats Cecula Sync posts, and the shared event each one is. */
export const CECULA_EVENTS = {
	inboundCall: TELEPHONY_EVENTS.callReceived,
	inboundSms: TELEPHONY_EVENTS.smsReceived,
	outboundCallStatus: TELEPHONY_EVENTS.callStatus,
	smsReport: TELEPHONY_EVENTS.smsStatus,
} as const satisfies Record<string, TelephonyEvent>;

export type CeculaEventType = keyof typeof CECULA_EVENTS;

const has = (payload: IDataObject, key: string) => payload[key] !== undefined && payload[key] !== null;

/**
 * Which format a payload is, from the fields only that format has (one URL may receive all four). The records of
 * "get new SMS" and "new missed calls" are the inbound SMS and inbound call formats.
 */
export function detectEventType(payload: IDataObject): CeculaEventType | undefined {
	if (has(payload, 'messageId')) return 'smsReport';
	if (has(payload, 'callId')) return 'outboundCallStatus';
	if (has(payload, 'callDuration')) return 'inboundCall';
	if ((has(payload, 'message') || has(payload, 'text')) && has(payload, 'timeReceived')) return 'inboundSms';
	return undefined;
}

/**
 * A trigger item: the payload as it came, with the shared `event` and Cecula's event type, which fields of the same
 * name in the payload cannot replace.
 */
export function eventItem(eventType: CeculaEventType, payload: IDataObject): IDataObject {
	return { ...payload, event: CECULA_EVENTS[eventType], eventType };
}
