/**
 * One event vocabulary across providers. Every trigger item carries `event` beside the provider's payload, so a
 * workflow that switches on it works the same for every provider.
 */
export const TELEPHONY_EVENTS = {
	smsReceived: 'sms.received',
	smsStatus: 'sms.status',
	callReceived: 'call.received',
	callStatus: 'call.status',
	callMissed: 'call.missed',
	faxReceived: 'fax.received',
	emailReceived: 'email.received',
	transmissionFinished: 'transmission.finished',
	transmissionCreated: 'transmission.created',
	campaignStatus: 'campaign.status',
	contactCreated: 'contact.created',
	recordingReady: 'recording.ready',
	numberEvent: 'number.event',
	recordingCreated: 'recording.created',
	recordingStatus: 'recording.status',
	mediaStatus: 'media.status',
	jobStatus: 'job.status',
	balanceEvent: 'balance.event',
} as const;

export type TelephonyEvent = (typeof TELEPHONY_EVENTS)[keyof typeof TELEPHONY_EVENTS];
