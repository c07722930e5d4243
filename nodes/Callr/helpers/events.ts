import type { INodePropertyOptions } from 'n8n-workflow';

import type { TelephonyEvent } from '../../shared/events';
import { TELEPHONY_EVENTS } from '../../shared/events';

/** CALLR's webhook event types (one per subscription), as webhooks.subscribe takes them. */
export const CALLR_EVENT_TYPES: Array<INodePropertyOptions & { value: string }> = [
	{ name: 'Balance Credit (billing.credit)', value: 'billing.credit', description: 'A credit on the prepaid balance' },
	{
		name: 'Balance Shutdown (billing.credit_shutdown)',
		value: 'billing.credit_shutdown',
		description: 'The balance reached its shutdown level; the account is suspended',
	},
	{
		name: 'Balance Warning (billing.credit_warning)',
		value: 'billing.credit_warning',
		description: 'The balance reached its warning level',
	},
	{
		name: 'Inbound Call Ended (call.inbound_hangup)',
		value: 'call.inbound_hangup',
		description: 'An inbound call just hung up',
	},
	{
		name: 'Inbound Call Started (call.inbound_start)',
		value: 'call.inbound_start',
		description: 'An inbound call just started',
	},
	{
		name: 'Job Status Updated (job.status_update)',
		value: 'job.status_update',
		description: 'A background job has an updated status',
	},
	{
		name: 'Media Status Updated (media.library.status_update)',
		value: 'media.library.status_update',
		description: 'A media of the library has an updated status',
	},
	{
		name: 'Number Assigned (did.assigned)',
		value: 'did.assigned',
		description: 'A number was assigned to the account',
	},
	{
		name: 'Number Unassigned (did.unassigned)',
		value: 'did.unassigned',
		description: 'A number was removed from the account',
	},
	{
		name: 'Outbound Call Ended (call.outbound_hangup)',
		value: 'call.outbound_hangup',
		description: 'An outbound call just hung up',
	},
	{
		name: 'Outbound Call Started (call.outbound_start)',
		value: 'call.outbound_start',
		description: 'An outbound call just started',
	},
	{
		name: 'Recording Created (media.recording.new)',
		value: 'media.recording.new',
		description: 'A call recording or voicemail was created',
	},
	{
		name: 'Recording Status Updated (media.recording.status_update)',
		value: 'media.recording.status_update',
		description: 'A recording has an updated status',
	},
	{ name: 'SMS Received (sms.mo)', value: 'sms.mo', description: 'An inbound SMS was received' },
	{
		name: 'SMS Status Updated (sms.mt.status_update)',
		value: 'sms.mt.status_update',
		description: 'An outbound SMS has a new status (delivery report)',
	},
];

/** The package-wide `event` of each CALLR event type. */
export const TRIGGER_EVENTS: Record<string, TelephonyEvent> = {
	'billing.credit': TELEPHONY_EVENTS.balanceEvent,
	'billing.credit_shutdown': TELEPHONY_EVENTS.balanceEvent,
	'billing.credit_warning': TELEPHONY_EVENTS.balanceEvent,
	'call.inbound_hangup': TELEPHONY_EVENTS.callStatus,
	'call.inbound_start': TELEPHONY_EVENTS.callReceived,
	'call.outbound_hangup': TELEPHONY_EVENTS.callStatus,
	'call.outbound_start': TELEPHONY_EVENTS.callStatus,
	'did.assigned': TELEPHONY_EVENTS.numberEvent,
	'did.unassigned': TELEPHONY_EVENTS.numberEvent,
	'job.status_update': TELEPHONY_EVENTS.jobStatus,
	'media.library.status_update': TELEPHONY_EVENTS.mediaStatus,
	'media.recording.new': TELEPHONY_EVENTS.recordingCreated,
	'media.recording.status_update': TELEPHONY_EVENTS.recordingStatus,
	'sms.mo': TELEPHONY_EVENTS.smsReceived,
	'sms.mt.status_update': TELEPHONY_EVENTS.smsStatus,
};
