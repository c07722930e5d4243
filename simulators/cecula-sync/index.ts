/**
 * Cecula Sync as the Postman collection "Cecula Sync" documents it (../shared/reference/cecula-sync.md): the 14
 * routes under /sync/api, Bearer API keys, HTTP errors `{errorCode, errorMessage}`, sync errors `{code, error}`
 * (with HTTP 200 unless `syncErrorStatus` says otherwise), destructive reads, message and call state, and the four
 * webhook formats of the dashboard, plus dynamic webhooks.
 */
import { schemeToken } from '../core/auth';
import { Simulator } from '../core/server';
import type { SimRequest, SimResponse } from '../core/server';

export const CECULA_SYNC_TEST_API_KEY = 'CCL.SimulatorKey0001.SandboxSecretValue000001';

const SYNC_ERRORS = {
	CE1000: 'One or more required fields have not been submitted or were sent empty',
	CE1001: 'One or more fields contains an invalid data type',
	CE1100: 'Invalid Receiver. Receiver should be of format +2348050209037',
	CE1102: 'The length of data is either too long or too short',
	CE2000: 'Your Sync Cloud Subscription has expired.',
	CE2001: 'Hosted SIM is barred from sending message or making call',
	CE3001: 'Insufficient credit on Cecula Account/Wallet',
} as const;
type SyncCode = keyof typeof SYNC_ERRORS;

const MAX_TEXT = 1530;
const SUCCESS = { status: '1801', message: 'Successful' };

export type SmsStatus = 'QUEUED' | 'SENT' | 'DELIVERED' | 'FAILED' | 'EXPIRED';

export interface SentSms {
	trackingId: number;
	recipient: string;
	text: string;
	sentAt: Date;
	status: SmsStatus;
	doneAt?: Date;
}

export interface DialledCall {
	trackingId: number;
	receiver: string;
	calledAt: Date;
	answered: boolean;
}

export interface DynamicWebhook {
	url: string;
	originMsisdn: string;
	trafficType: 'SMS' | 'CALL';
	expiresAt: number;
}

/** Dashboard webhook URLs (Settings → Webhooks), one per resource type. */
export interface DashboardWebhooks {
	inboundSms?: string;
	smsReport?: string;
	inboundCall?: string;
	outboundCall?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The collection's date formats: "2020/02/08 11:01", "2020/02/07 22:29:40", "2020-02-08 12:13:44", "2020/04/27". */
export function formatDate(date: Date, style: 'slashMinutes' | 'slashSeconds' | 'dashSeconds' | 'slashDay'): string {
	const day = [date.getFullYear(), pad(date.getMonth() + 1), pad(date.getDate())];
	const time = [pad(date.getHours()), pad(date.getMinutes()), pad(date.getSeconds())];
	if (style === 'slashDay') return day.join('/');
	if (style === 'slashMinutes') return `${day.join('/')} ${time.slice(0, 2).join(':')}`;
	if (style === 'slashSeconds') return `${day.join('/')} ${time.join(':')}`;
	return `${day.join('-')} ${time.join(':')}`;
}

/** The last ten digits: a Nigerian number's national part, so "+2348050209037" and "08050209037" match. */
const nationalPart = (msisdn: string) => msisdn.replace(/\D/g, '').slice(-10);

export class CeculaSyncSimulator extends Simulator {
	/** The dedicated number behind the API key. */
	number = '08176470634';

	balance = 9392.6;

	/** Credit taken per recipient of an SMS and per missed call. */
	costPerMessage = 4;

	subscription = { subscriptionStatus: 'ACTIVE', subscriptionPlan: 'Monthly', expiryDate: '2020/04/27' };

	simStatus = 'IDLE';

	refreshCount = 0;

	smsAutoResponse = '';

	callAutoResponse = '';

	/** When the final delivery report of a sent SMS arrives (ms after the send); 0 = at once. */
	deliveryDelayMs = 0;

	/** When a dialled call ends (ms after the dial); 0 = at once. */
	callDelayMs = 0;

	/** Recipients whose SMS fail and receivers who answer a missed call. */
	readonly failingRecipients = new Set<string>();

	readonly answeringReceivers = new Set<string>();

	/** HTTP status sent with a sync error: undocumented, 200 by default (the node must read the body). */
	syncErrorStatus = 200;

	/** Time the send endpoints take to answer, and the most sends seen in flight at once (to check concurrency). */
	sendTimeMs = 0;

	maxInFlight = 0;

	private inFlight = 0;

	/** Documented variants: `balance` as a numeric string, `1801` as a number in send-sms and flash-number. */
	balanceAsString = false;

	successCodeAsNumber = false;

	/** Sync errors to answer instead of sending (subscription expired, SIM barred), per route family. */
	blocked?: 'CE2000' | 'CE2001';

	readonly webhooks: DashboardWebhooks = {};

	readonly messages = new Map<number, SentSms>();

	readonly calls = new Map<number, DialledCall>();

	/** Pending records for the destructive reads. */
	inbox: Array<{ originator: string; receiver: string; text: string; timeReceived: string }> = [];

	missedCalls: Array<{ originator: string; receiver: string; callDuration: number; callTime: string }> = [];

	readonly dynamicWebhooks: DynamicWebhook[] = [];

	/** Auto-responses the SIM sent back to callers and texters. */
	readonly autoReplies: Array<{ to: string; text: string; trigger: 'SMS' | 'CALL' }> = [];

	private nextSmsId = 16329;

	private nextCallId = 2020012460;

	private readonly timers = new Set<NodeJS.Timeout>();

	constructor(
		readonly apiKey = CECULA_SYNC_TEST_API_KEY,
		readonly prefix = '/sync/api',
	) {
		super('cecula-sync');
		const r = (method: string, path: string, handler: Parameters<Simulator['route']>[2]) =>
			this.route(method, prefix + path, handler);

		r('POST', '/send-sms', (req) => this.timed(() => this.sendSms(req)));
		r('GET', '/sent-sms-status/:id', (_req, { id }) => this.smsStatus(id));
		r('GET', '/get-new-sms', () => ({ status: 200, body: this.inbox.splice(0) }));
		r('PATCH', '/set-sms-autoresponse', (req) => this.setAutoResponse(req, 'sms'));
		r('POST', '/flash-number', (req) => this.timed(() => this.flashNumber(req)));
		r('GET', '/dialled-call-status/:id', (_req, { id }) => this.callStatus(id));
		r('GET', '/new-missed-calls', () => ({ status: 200, body: this.missedCalls.splice(0) }));
		r('PATCH', '/set-call-autoresponse', (req) => this.setAutoResponse(req, 'call'));
		r('GET', '/cecula-balance', () => ({
			status: 200,
			body: { balance: this.balanceAsString ? this.balance.toFixed(2) : Math.round(this.balance * 100) / 100 },
		}));
		r('GET', '/subscription-status', () => ({ status: 200, body: { ...this.subscription } }));
		r('GET', '/number', () => ({ status: 200, body: { number: this.number } }));
		r('POST', '/set-dynamic-webhook', (req) => this.setDynamicWebhook(req));
		r('GET', '/management/sim-status', () => ({ status: 200, body: { status: this.simStatus } }));
		r('GET', '/management/refresh-sim', () => {
			this.refreshCount++;
			return { status: 200, body: { status: 1801, message: 'Successful' } };
		});
	}

	// ---- test hooks: what happens on the SIM's side ----

	/** Someone texts the dedicated number: queued for get-new-sms, posted to the dashboard and dynamic webhooks. */
	receiveSms(originator: string, text: string, at = new Date()): void {
		const timeReceived = formatDate(at, 'slashMinutes');
		this.inbox.push({ originator, receiver: this.number, text, timeReceived });
		const payload = { originator, receiver: this.number, message: text, timeReceived };
		this.post(this.webhooks.inboundSms, payload);
		this.postDynamic('SMS', originator, payload);
		if (this.smsAutoResponse) this.autoReplies.push({ to: originator, text: this.smsAutoResponse, trigger: 'SMS' });
	}

	/** Someone calls the dedicated number (the SIM does not answer): a missed call. */
	receiveCall(originator: string, at = new Date()): void {
		this.missedCalls.push({
			originator,
			receiver: this.number,
			callDuration: 0,
			callTime: formatDate(at, 'dashSeconds'),
		});
		const payload = { originator, receiver: this.number, callDuration: '0', callTime: formatDate(at, 'slashMinutes') };
		this.post(this.webhooks.inboundCall, payload);
		this.postDynamic('CALL', originator, payload);
		if (this.callAutoResponse) this.autoReplies.push({ to: originator, text: this.callAutoResponse, trigger: 'CALL' });
	}

	/** Cancels the reports still scheduled, then stops like every simulator. */
	async stop(): Promise<void> {
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
		await super.stop();
	}

	protected authenticate(req: SimRequest): SimResponse | undefined {
		if (schemeToken(req) !== this.apiKey) return httpError(401, 'Unauthorized');
		if (
			(req.method === 'POST' || req.method === 'PATCH') &&
			!req.headers['content-type']?.includes('application/json')
		) {
			return httpError(415, 'Unsupported Media Type');
		}
		if (req.parseError) return syncError('CE1001', 400);
		return undefined;
	}

	protected notFound(req: SimRequest): SimResponse {
		const known = [
			'/send-sms',
			'/sent-sms-status/',
			'/get-new-sms',
			'/set-sms-autoresponse',
			'/flash-number',
			'/dialled-call-status/',
			'/new-missed-calls',
			'/set-call-autoresponse',
			'/cecula-balance',
			'/subscription-status',
			'/number',
			'/set-dynamic-webhook',
			'/management/sim-status',
			'/management/refresh-sim',
		].some((p) => (p.endsWith('/') ? req.path.startsWith(this.prefix + p) : req.path === this.prefix + p));
		return known
			? httpError(405, 'Method Not Allowed')
			: httpError(404, 'Requested resource not available or may have been moved');
	}

	// ---- routes ----

	private sendSms(req: SimRequest): SimResponse {
		const body = (req.body ?? {}) as { text?: unknown; recipients?: unknown };
		if (!body.text || !body.recipients) return this.syncError('CE1000');
		if (typeof body.text !== 'string' || typeof body.recipients !== 'string') return this.syncError('CE1001');
		if (body.text.length > MAX_TEXT) return this.syncError('CE1102');
		if (this.blocked) return this.syncError(this.blocked);
		const recipients = body.recipients.split(',').map((r) => r.trim());
		if (recipients.some((r) => !/^\+?\d{10,15}$/.test(r))) return this.syncError('CE1100');
		const cost = recipients.length * this.costPerMessage;
		if (cost > this.balance) return this.syncError('CE3001');
		this.balance -= cost;

		const report = recipients.map((recipient) => {
			const sms: SentSms = {
				trackingId: this.nextSmsId++,
				recipient,
				text: body.text as string,
				sentAt: new Date(),
				status: 'SENT',
			};
			this.messages.set(sms.trackingId, sms);
			this.later(this.deliveryDelayMs, () => this.finishSms(sms));
			return { recipient, trackingId: sms.trackingId };
		});
		return { status: 200, body: { status: this.successCode(), report, response: 'Successful' } };
	}

	private finishSms(sms: SentSms): void {
		sms.status = this.failingRecipients.has(sms.recipient) ? 'FAILED' : 'DELIVERED';
		sms.doneAt = new Date();
		this.post(this.webhooks.smsReport, {
			messageId: String(sms.trackingId),
			originator: this.number,
			receiver: sms.recipient,
			status: sms.status,
			sendTime: formatDate(sms.sentAt, 'slashMinutes'),
			doneTime: formatDate(sms.doneAt, 'slashMinutes'),
		});
	}

	private smsStatus(id: string): SimResponse {
		const sms = this.messages.get(Number(id));
		if (!sms) return httpError(404, 'Requested resource not available or may have been moved');
		return {
			status: 200,
			body: {
				messageId: sms.trackingId,
				sender: this.number,
				recipient: sms.recipient,
				status: sms.status.toLowerCase(),
				sendTime: formatDate(sms.sentAt, 'dashSeconds'),
				doneTime: sms.doneAt ? formatDate(sms.doneAt, 'dashSeconds') : '',
			},
		};
	}

	private flashNumber(req: SimRequest): SimResponse {
		const { receiver } = (req.body ?? {}) as { receiver?: unknown };
		if (!receiver) return this.syncError('CE1000');
		if (typeof receiver !== 'string') return this.syncError('CE1001');
		if (this.blocked) return this.syncError(this.blocked);
		if (!/^(\+?234|0)\d{10}$/.test(receiver) && !/^\+\d{10,15}$/.test(receiver)) return this.syncError('CE1100');
		if (this.balance < this.costPerMessage) return this.syncError('CE3001');
		this.balance -= this.costPerMessage;
		const call: DialledCall = { trackingId: this.nextCallId++, receiver, calledAt: new Date(), answered: false };
		this.calls.set(call.trackingId, call);
		this.later(this.callDelayMs, () => {
			call.answered = this.answeringReceivers.has(receiver);
			this.post(this.webhooks.outboundCall, {
				callId: String(call.trackingId),
				originator: this.number,
				receiver,
				status: call.answered ? 'ANSWERED' : 'NOT ANSWERED',
				callTime: formatDate(call.calledAt, 'slashMinutes'),
			});
		});
		return {
			status: 200,
			body: { status: this.successCode(), receiver, trackingId: call.trackingId, message: 'Successful' },
		};
	}

	private callStatus(id: string): SimResponse {
		const call = this.calls.get(Number(id));
		if (!call) return httpError(404, 'Requested resource not available or may have been moved');
		return {
			status: 200,
			body: {
				originator: this.number,
				receiver: call.receiver,
				status: call.answered ? 'Answered' : 'Not Answered',
				trackingId: call.trackingId,
				callTime: formatDate(call.calledAt, 'slashSeconds'),
			},
		};
	}

	private setAutoResponse(req: SimRequest, kind: 'sms' | 'call'): SimResponse {
		const { text } = (req.body ?? {}) as { text?: unknown };
		if (typeof text !== 'string') return this.syncError(text === undefined ? 'CE1000' : 'CE1001');
		if (text.length > MAX_TEXT) return this.syncError('CE1102');
		if (kind === 'sms') this.smsAutoResponse = text;
		else this.callAutoResponse = text;
		return { status: 200, body: { status: 'Success' } };
	}

	private setDynamicWebhook(req: SimRequest): SimResponse {
		const { url, originMsisdn, trafficType, validityPeriod } = (req.body ?? {}) as Record<string, unknown>;
		if (!url || !originMsisdn || !trafficType || validityPeriod === undefined || validityPeriod === '')
			return this.syncError('CE1000');
		if (
			typeof url !== 'string' ||
			!/^https?:\/\//.test(url) ||
			typeof originMsisdn !== 'string' ||
			(trafficType !== 'SMS' && trafficType !== 'CALL') ||
			!Number.isInteger(Number(validityPeriod)) ||
			Number(validityPeriod) <= 0
		) {
			return this.syncError('CE1001');
		}
		this.dynamicWebhooks.push({
			url,
			originMsisdn,
			trafficType,
			expiresAt: Date.now() + Number(validityPeriod) * 1000,
		});
		return { status: 200, body: { ...SUCCESS } };
	}

	// ---- plumbing ----

	private async timed(answer: () => SimResponse): Promise<SimResponse> {
		this.maxInFlight = Math.max(this.maxInFlight, ++this.inFlight);
		if (this.sendTimeMs > 0) await new Promise((resolve) => setTimeout(resolve, this.sendTimeMs));
		this.inFlight--;
		return answer();
	}

	private successCode(): string | number {
		return this.successCodeAsNumber ? 1801 : '1801';
	}

	private syncError(code: SyncCode): SimResponse {
		return syncError(code, this.syncErrorStatus);
	}

	private post(url: string | undefined, body: object): void {
		if (url) void this.deliver(url, { body, maxAttempts: 2, retryDelayMs: 10 });
	}

	/** A dynamic webhook for this number and traffic type gets the payload until its validity period ends. */
	private postDynamic(trafficType: 'SMS' | 'CALL', originator: string, payload: object): void {
		const now = Date.now();
		for (const hook of this.dynamicWebhooks) {
			if (
				hook.trafficType === trafficType &&
				hook.expiresAt > now &&
				nationalPart(hook.originMsisdn) === nationalPart(originator)
			) {
				this.post(hook.url, payload);
			}
		}
	}

	private later(ms: number, action: () => void): void {
		if (ms <= 0) return action();
		const timer = setTimeout(() => {
			this.timers.delete(timer);
			action();
		}, ms);
		this.timers.add(timer);
	}
}

function httpError(status: number, errorMessage: string): SimResponse {
	return { status, body: { errorCode: status, errorMessage } };
}

function syncError(code: SyncCode, status: number): SimResponse {
	return { status, body: { code, error: SYNC_ERRORS[code] } };
}
