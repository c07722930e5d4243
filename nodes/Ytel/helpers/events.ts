import type { INodePropertyOptions } from 'n8n-workflow';

import type { TelephonyEvent } from '../../shared/events';
import { TELEPHONY_EVENTS } from '../../shared/events';
import { alphabetically } from '../../shared/descriptions';

/** Query parameter of the registered URL that says which Ytel event a request carries. */
export const EVENT_QUERY_PARAMETER = 'ytelEvent';

interface AccountEvent {
	name: string;
	description: string;
	event: TelephonyEvent;
}

/** Account-wide callback configurations (`eventType`), each registered on its own URL. */
export const ACCOUNT_EVENTS: Record<string, AccountEvent> = {
	call_completion: { name: 'Call Completed', description: 'A call ended', event: TELEPHONY_EVENTS.callStatus },
	call_dialing: { name: 'Call Dialing', description: 'A call is being dialed', event: TELEPHONY_EVENTS.callStatus },
	call_in_progress: { name: 'Call Answered', description: 'A called number answered', event: TELEPHONY_EVENTS.callStatus },
	campaign_status: { name: 'Workflow Status', description: 'A workflow paused or completed', event: TELEPHONY_EVENTS.campaignStatus },
	recording: { name: 'Recording Ready', description: 'A call was recorded', event: TELEPHONY_EVENTS.recordingReady },
	sms_inbound: { name: 'SMS Received', description: 'Any number of the account received an SMS', event: TELEPHONY_EVENTS.smsReceived },
	sms_outbound: { name: 'SMS Sent', description: 'The account sent an SMS', event: TELEPHONY_EVENTS.smsStatus },
	voicemail: { name: 'Voicemail Received', description: 'A voicemail was recorded', event: TELEPHONY_EVENTS.recordingReady },
};

interface NumberEvent {
	name: string;
	description: string;
	event: TelephonyEvent;
	/** The number's URL field (and `<field without Url>Method`). */
	urlField: 'smsUrl' | 'voiceUrl' | 'hangupCallbackUrl';
	methodField: 'smsMethod' | 'voiceMethod' | 'hangupCallbackMethod';
}

/** A phone number's own inbound URLs. */
export const NUMBER_EVENTS: Record<string, NumberEvent> = {
	callCompleted: {
		name: 'Call Completed',
		description: 'A call to or from the number ended (hangup callback URL)',
		event: TELEPHONY_EVENTS.callStatus,
		urlField: 'hangupCallbackUrl',
		methodField: 'hangupCallbackMethod',
	},
	callReceived: {
		name: 'Call Received',
		description: 'The number is called (voice URL); the trigger answers with the Call Response',
		event: TELEPHONY_EVENTS.callReceived,
		urlField: 'voiceUrl',
		methodField: 'voiceMethod',
	},
	smsReceived: {
		name: 'SMS Received',
		description: 'The number received an SMS (SMS URL)',
		event: TELEPHONY_EVENTS.smsReceived,
		urlField: 'smsUrl',
		methodField: 'smsMethod',
	},
};

export const eventOptions = (events: Record<string, { name: string; description: string }>): INodePropertyOptions[] =>
	Object.entries(events)
		.map(([value, e]) => ({ name: e.name, value, description: e.description }))
		.sort((a, b) => alphabetically(a.name, b.name));

/** The trigger's URL for one event (the secret is added on top by `urlWithSecret`). */
export function eventUrl(webhookUrl: string, key: string): string {
	const url = new URL(webhookUrl);
	url.searchParams.set(EVENT_QUERY_PARAMETER, key);
	return url.toString();
}
