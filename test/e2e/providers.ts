/**
 * What the end-to-end suite needs to know per provider: how to make its credential wrong, and for each trigger
 * example how the simulator sees the registration, how a real event is delivered, what n8n must record and how a
 * forged request looks. A new provider joins with one entry here; a provider without one fails the suite.
 */
import type { BulkSmsSimulator } from '../../simulators/bulksms';
import type { CallrSimulator } from '../../simulators/callr';
import type { CeculaSyncSimulator } from '../../simulators/cecula-sync';
import type { IctCoreSimulator } from '../../simulators/ictcore';
import type { Simulator } from '../../simulators/core/server';
import type { YtelSimulator } from '../../simulators/ytel';
import type { Execution, Json } from './harness';

export interface TriggerExample {
	/** Webhook triggers whose URL the user pastes into the provider's dashboard: the test does that paste and returns the URL. */
	paste?(sim: Simulator, trigger: { webhookId?: string; parameters?: Json }, n8nBaseUrl: string): string;
	/** Polling triggers: no URL; n8n's own poller reads the provider (n8n polls at most once a minute). */
	polling?: boolean;
	/** The simulator's registrations whose URL starts with the trigger's webhook prefix (empty once deactivated). */
	registrations?(sim: Simulator, webhookPrefix: string): string[];
	/** The provider sends real events: what happens on the provider's side. */
	fire(sim: Simulator): void | Promise<void>;
	/** Items the trigger node must output (toMatchObject, in order). */
	expectedItems: Json[];
	/** Further checks of the run and of what the workflow did at the provider. */
	check?(execution: Execution, sim: Simulator): void;
	/** Sends a forged request for the registered URL and returns n8n's status; it must be refused. */
	forge?(registeredUrl: string): Promise<number>;
}

export interface ProviderE2e {
	/** Makes the simulator deterministic for the suite (e.g. status changes only when the test moves them). */
	setup?(sim: Simulator): void;
	/** The credential with a wrong secret (default: every field named like key, password, token or secret). */
	wrongCredential?(data: Json): Json;
	/** Manual Trigger examples: further checks of a successful run (file name → check). */
	manual?: Record<string, (execution: Execution, sim: Simulator) => void>;
	/** Trigger examples (file name → what to do). */
	triggers: Record<string, TriggerExample>;
}

const post = async (url: string, body: unknown, headers: Record<string, string> = {}) =>
	(await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }))
		.status;

export function wrongCredential(data: Json): Json {
	return Object.fromEntries(
		Object.entries(data).map(([k, v]) => [k, typeof v === 'string' && /key|password|token|secret/i.test(k) ? `${v}-wrong` : v]),
	);
}

const lastNode = (execution: Execution, name: string) => execution.items[name] ?? [];

export const PROVIDERS: Record<string, ProviderE2e> = {
	bulksms: {
		setup: (sim) => {
			(sim as BulkSmsSimulator).statusStepMs = undefined;
		},
		manual: {
			'bulksms-send-from-list.json': (execution, sim) => {
				const bulk = sim as BulkSmsSimulator;
				expect(lastNode(execution, 'Send Shipping Notice').length).toBeGreaterThanOrEqual(2);
				expect(bulk.messages.filter((m) => m.type === 'SENT').length).toBeGreaterThanOrEqual(2);
				expect(lastNode(execution, 'Credits Left')[0]).toHaveProperty('credits');
			},
		},
		triggers: {
			'bulksms-auto-reply.json': {
				registrations: (sim, prefix) =>
					[...(sim as BulkSmsSimulator).webhooks.values()].filter((h) => h.url.startsWith(prefix)).map((h) => h.url),
				fire: (sim) => void (sim as BulkSmsSimulator).receive({ from: '+27001234567', body: 'Where is my order?' }),
				expectedItems: [{ event: 'sms.received', type: 'RECEIVED', from: '27001234567', body: 'Where is my order?' }],
				check: (execution, sim) => {
					expect(lastNode(execution, 'Reply')).toHaveLength(1);
					const reply = [...(sim as BulkSmsSimulator).messages].reverse().find((m) => m.type === 'SENT' && m.to === '27001234567');
					expect(reply?.body).toContain('Where is my order?');
				},
				// the registered URL carries ?secret=…: the same URL without it, or with another one
				forge: async (url) => {
					const bare = url.split('?')[0];
					const statuses = [await post(bare, [{ id: '1', type: 'RECEIVED' }]), await post(`${bare}?secret=guess`, [{ id: '1' }])];
					return Math.min(...statuses);
				},
			},
			'bulksms-failed-delivery-alert.json': {
				registrations: (sim, prefix) =>
					[...(sim as BulkSmsSimulator).webhooks.values()].filter((h) => h.url.startsWith(prefix)).map((h) => h.url),
				// an SMS to a number the network cannot reach, sent with error reports, moved on by the network
				fire: async (sim) => {
					const bulk = sim as BulkSmsSimulator;
					const { username, password } = bulk.account;
					const res = await fetch(`${bulk.baseUrl}/v1/messages`, {
						method: 'POST',
						headers: {
							'content-type': 'application/json',
							authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`,
						},
						body: JSON.stringify({ to: '1111111', body: 'Your code is 1234', deliveryReports: 'ERRORS' }),
					});
					const [sent] = (await res.json()) as Array<{ id: string }>;
					bulk.advanceStatuses((m) => m.id === sent.id); // ACCEPTED -> SENT: not an error, not reported
					bulk.advanceStatuses((m) => m.id === sent.id); // SENT -> FAILED: reported
				},
				expectedItems: [{ event: 'sms.status', to: '1111111', status: { type: 'FAILED', id: 'FAILED.NOT_SENT' } }],
				check: (execution, sim) => {
					expect(lastNode(execution, 'Alert On-Call')).toHaveLength(1);
					expect(execution.items['Delivered or Pending']).toBeUndefined();
					const alert = (sim as BulkSmsSimulator).messages.find((m) => m.type === 'SENT' && m.to === '27009990000');
					expect(alert?.body).toMatch(/^SMS \d+ to 1111111 failed: FAILED\.NOT_SENT$/);
				},
			},
		},
	},
	callr: {
		triggers: {
			'callr-sms-auto-reply.json': {
				registrations: (sim, prefix) =>
					[...(sim as CallrSimulator).webhooks.values()].filter((h) => h.endpoint.startsWith(prefix)).map((h) => h.endpoint),
				fire: (sim) => void (sim as CallrSimulator).receiveSms('+14155550100', '+33184800000', 'Hello from CALLR'),
				expectedItems: [{ event: 'sms.received', type: 'sms.mo', data: { from: '+14155550100', text: 'Hello from CALLR' } }],
				check: (execution, sim) => {
					expect(lastNode(execution, 'Reply')).toHaveLength(1);
					const replies = [...(sim as CallrSimulator).sms.values()].filter((s) => s.type === 'OUT' && s.to === '+14155550100');
					expect(replies).toHaveLength(1);
				},
				// CALLR signs every push (HMAC of the body): unsigned and wrongly signed pushes are refused
				forge: async (url) => {
					const event = { type: 'sms.mo', event_id: 'forged-1', data: { from: '+1', text: 'x' }, try: 0 };
					const statuses = [
						await post(url, event),
						await post(url, event, { 'x-callr-hmacsignature': 'bm90IGEgc2lnbmF0dXJl' }),
					];
					return Math.min(...statuses);
				},
			},
		},
	},
	'cecula-sync': {
		triggers: {
			'cecula-sync-missed-call-auto-reply.json': {
				// Cecula Sync has no webhook API: the user pastes the production URL (it ends in the secret)
				paste: (sim, trigger, base) => {
					const url = `${base}/webhook/${trigger.webhookId}/${String(trigger.parameters?.webhookSecret)}`;
					Object.assign((sim as CeculaSyncSimulator).webhooks, { inboundCall: url });
					return url;
				},
				fire: (sim) => (sim as CeculaSyncSimulator).receiveCall('08183172770'),
				expectedItems: [{ event: 'call.received', eventType: 'inboundCall', originator: '08183172770' }],
				check: (execution) => {
					expect(lastNode(execution, 'Reply by SMS')).toHaveLength(1);
				},
				// Cecula Sync does not sign: the secret is the URL's last segment, so any other URL is refused
				forge: async (url) => await post(url.replace(/[^/]+$/, 'guessed-secret-000000000000000'), { originator: '1' }),
			},
			'cecula-sync-poll-inbox-keywords.json': {
				polling: true,
				fire: (sim) => (sim as CeculaSyncSimulator).receiveSms('08183172770', 'STOP'),
				expectedItems: [{ event: 'sms.received', originator: '08183172770', text: 'STOP' }],
				check: (execution) => {
					expect(lastNode(execution, 'Confirm Opt-Out')).toHaveLength(1);
				},
			},
		},
	},
	ictcore: {
		triggers: {
			'ictcore-inbound-sms-auto-reply.json': {
				// ICTCore has no callbacks: n8n's own poller reads the inbound transmissions
				polling: true,
				fire: (sim) => void (sim as IctCoreSimulator).receive({ service: 'sms', from: '+923001234567', text: 'Hello ICTCore' }),
				expectedItems: [{ event: 'sms.received', contact_phone: '+923001234567', message: 'Hello ICTCore' }],
				check: (execution) => {
					expect(lastNode(execution, 'Reply')).toHaveLength(1);
				},
			},
		},
	},
	ytel: {
		triggers: {
			'ytel-sms-auto-reply.json': {
				// the trigger points the number's inbound SMS URL at itself (with its secret) and restores it afterwards
				registrations: (sim, prefix) =>
					[...(sim as YtelSimulator).numbers.values()].map((n) => n.smsUrl).filter((url) => url.startsWith(prefix)),
				fire: (sim) => void (sim as YtelSimulator).receiveSms('+19495550001', '+14155550100', 'Hello Ytel'),
				expectedItems: [{ event: 'sms.received', From: '+19495550001', To: '+14155550100', Body: 'Hello Ytel' }],
				check: (execution, sim) => {
					expect(lastNode(execution, 'Reply')).toHaveLength(1);
					const replies = (sim as YtelSimulator).messages.filter((m) => m.to === '+19495550001');
					expect(replies.length).toBeGreaterThanOrEqual(1);
				},
				forge: async (url) => {
					const bare = url.split('?')[0];
					const statuses = [await post(bare, { From: '+1', Body: 'x' }), await post(`${bare}?secret=guess`, { From: '+1' })];
					return Math.min(...statuses);
				},
			},
			'ytel-poll-calls-text-back.json': {
				polling: true,
				fire: (sim) => void (sim as YtelSimulator).receiveCall('+19495550002', '+14155550101'),
				expectedItems: [{ event: 'call.received', from: '+19495550002', to: '+14155550101' }],
			},
		},
	},
};
