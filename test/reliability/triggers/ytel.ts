import type { IDataObject } from 'n8n-workflow';

import { YtelTrigger } from '../../../nodes/Ytel/YtelTrigger.node';
import { generateSecret } from '../../../nodes/shared/webhookSecurity';
import type { ForgeWay, TriggerSpec, WebhookRequest } from '../providers';

/**
 * What Ytel posts for each event of an account callback configuration (body template `%%PAYLOAD%%`, JSON) or to a
 * number's inbound URLs (form fields, parsed by n8n into an object), as the simulator builds them.
 */
function accountEvent(n: number): { key: string; body: IDataObject } {
	switch (n % 3) {
		case 0:
			return { key: 'sms_inbound', body: { to: '+14155550100', from: '+19495550100', body: `inbound ${n}` } };
		case 1:
			return {
				key: 'sms_outbound',
				body: {
					accountsid: '173c6f7f-c911-f823-fb2d-a13e4780c300',
					smsid: `6b1e${String(n).padStart(8, '0')}`,
					to: '+19495550100',
					from: '+14155550100',
					body: `outbound ${n}`,
					messagecount: 1,
					mediaurl: '',
					metadata: {},
				},
			};
		default:
			return {
				key: 'call_completion',
				body: {
					callSid: `c0ffee00-${String(n).padStart(8, '0')}`,
					apiVersion: 'V3',
					callType: 'call',
					calledNumber: '+14155550102',
					callerNumber: '+19495550100',
					direction: 'inbound',
					status: 'completed',
					duration: 3,
					metadata: {},
					hangupBy: 'TERMINATOR END',
					endTime: '2026-11-30T07:00:00.000Z',
				},
			};
	}
}

function numberEvent(n: number): { key: string; body: IDataObject } {
	return n % 2 === 0
		? {
				key: 'smsReceived',
				body: {
					AccountSid: '173c6f7f-c911-f823-fb2d-a13e4780c300',
					SmsSid: `5a5a${String(n).padStart(8, '0')}`,
					From: '+19495550100',
					To: '+14155550100',
					Body: `inbound ${n}`,
				},
			}
		: {
				key: 'callCompleted',
				body: {
					callSid: `c0ffee00-${String(n).padStart(8, '0')}`,
					calledNumber: '+14155550100',
					callerNumber: '+19495550100',
					direction: 'inbound',
					status: 'completed',
					duration: '3',
					hangupBy: 'TERMINATOR END',
				},
			};
}

const flipCase = (s: string) => [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');

function ytelSpec(
	label: string,
	parameters: IDataObject,
	event: (n: number) => { key: string; body: IDataObject },
	activate: () => IDataObject,
): TriggerSpec {
	return {
		nodeName: 'ytelTrigger',
		label,
		type: new YtelTrigger(),
		parameters,
		activate,
		genuine(data, n): WebhookRequest {
			const { key, body } = event(n);
			return { body, query: { ytelEvent: key, secret: String(data.secret) } };
		},
		// The event key of the registered URL is kept when the request names one; else the first selected event.
		authenticate: (data, request) => ({
			...request,
			query: { ytelEvent: event(0).key, ...(request.query ?? {}), secret: String(data.secret) },
		}),
		forge(data, n, way: ForgeWay) {
			const secret = String(data.secret);
			const { key, body } = event(n);
			const query: Record<ForgeWay, Record<string, string> | undefined> = {
				missing: { ytelEvent: key },
				wrong: { ytelEvent: key, secret: generateSecret() },
				otherKey: { ytelEvent: key, token: secret },
				truncated: { ytelEvent: key, secret: secret.slice(0, -1) },
				case: { ytelEvent: key, secret: flipCase(secret) },
				// Ytel signs nothing: a changed body with the right secret is genuine by construction.
				tampered: undefined,
			};
			return query[way] ? { body, query: query[way] } : undefined;
		},
		replay: 'accepted',
		authentication:
			'Ytel signs nothing and sends no secret header. Activation registers each selected event on its own URL (a callback configuration per account event, or the number’s SMS, voice and hang-up URLs) carrying a random 192-bit `secret` query parameter, kept in the node’s static data; a request without exactly that secret (timing-safe comparison) gets 401 and starts nothing. A request with the secret but for an event the trigger did not register, or whose body is not a JSON object, is answered 200 and starts nothing.',
	};
}

export const ytelAccountTrigger = ytelSpec(
	'Ytel Trigger (account events)',
	{ mode: 'webhook', source: 'account', events: ['sms_inbound', 'sms_outbound', 'call_completion'] },
	accountEvent,
	() => ({ secret: generateSecret(), hookIds: ['1', '2', '3'] }),
);

export const ytelNumberTrigger = ytelSpec(
	'Ytel Trigger (phone number)',
	{ mode: 'webhook', source: 'phoneNumber', phoneNumber: '+14155550100', numberEvents: ['smsReceived', 'callCompleted'] },
	numberEvent,
	() => ({ secret: generateSecret(), phoneNumber: '+14155550100', previous: {}, urls: {} }),
);
