/**
 * A local Ytel CPaaS v4 API, as ../shared/reference/ytel.md describes it: password login at /auth/v3/token with
 * expiring JWT-shaped tokens and long-lived UI tokens (refused on /ams), the `{status, count, page, payload, error}`
 * envelope, errors both as HTTP errors and as `status:false` at HTTP 200, Kong rate-limit headers and 429s, the paging
 * styles (offset, nextKey, lastCallSid), messages and calls whose status moves on with time, numbers with their
 * inbound URLs, callback configurations, and delivery of inbound and status callbacks.
 */
import { randomUUID } from 'node:crypto';

import { schemeToken } from '../core/auth';
import { Simulator } from '../core/server';
import type { SimRequest, SimResponse } from '../core/server';

type Json = Record<string, unknown>;

export interface YtelError {
	code: string;
	message: string;
	moreInfo?: string;
}

export interface YtelNumber extends Json {
	accountSid: string;
	phoneSid: string;
	phoneNumber: string;
	friendlyName: string;
	voiceUrl: string;
	voiceMethod: string;
	smsUrl: string;
	smsMethod: string;
	hangupCallbackUrl: string;
	hangupCallbackMethod: string;
	numberSetId: string | null;
}

export interface YtelCallbackConfig extends Json {
	id: string;
	eventType: string;
	url: string;
	httpMethod: string;
	headers: Record<string, string>;
	bodyTemplate: string;
	enabled: boolean;
}

export const YTEL_EVENT_TYPES = [
	'call_completion',
	'call_dialing',
	'call_in_progress',
	'call_threshold',
	'call_threshold_reset',
	'campaign_status',
	'campaign_workflow_callback',
	'conference_start',
	'conference_end',
	'conference_guest_join',
	'conference_guest_exit',
	'dispo_status',
	'inroute',
	'live_list_status',
	'recording',
	'sms_inbound',
	'sms_outbound',
	'voicemail',
	'webrtc_user_status',
];

const E164 = /^\+[1-9]\d{7,14}$/;
const SHORT_CODE = /^\d{3,6}$/;
const PAGE_MAX = 5000;

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const yearMonthDay = (ms: number) => day(ms).replace(/-/g, '');

export class YtelSimulator extends Simulator {
	readonly accountSid = '173c6f7f-c911-f823-fb2d-a13e4780c300';

	/** Session tokens issued by /auth/v3/token, with their expiry (ms since epoch). */
	readonly tokens = new Map<string, number>();

	/** Lifetime of a session token (Ytel: 120 minutes). */
	tokenLifetimeMs = 120 * 60_000;

	/** Requests a session token serves before it counts as expired: a clock for tests that a slow machine cannot stretch. */
	tokenLifetimeRequests = Infinity;

	private readonly tokenUses = new Map<string, number>();

	/** Requests refused with 401 because their session token had expired. */
	expiredTokenRefusals = 0;

	/** Requests per second before a 429 (Ytel v4: 150); 0 turns the limit off. */
	rateLimitPerSecond = 150;

	/** Logins per second at /auth/v3/token before a 429 (Kong: `X-RateLimit-Limit-Second: 25`); 0 turns it off. */
	loginRateLimitPerSecond = 25;

	private readonly loginArrivals: number[] = [];

	/** Time after which a message is delivered and a call is answered. */
	progressionMs = 1000;

	/** Time after which an answered call completes by itself. */
	callDurationMs = 30_000;

	/** Unit of the logs' `date`: milliseconds as in Ytel's examples, or seconds as its field description says. */
	logDateUnit: 'ms' | 's' = 'ms';

	/** Body format of a number's inbound smsUrl / voiceUrl requests (undocumented upstream). */
	inboundFormat: 'form' | 'json' = 'form';

	readonly numbers = new Map<string, YtelNumber>();

	readonly numberSets = new Map<string, Json>();

	readonly messages: Json[] = [];

	readonly calls: Json[] = [];

	readonly recordings: Json[] = [];

	readonly contacts = new Map<string, Json>();

	readonly dnc = new Map<string, Json>();

	readonly templates = new Map<string, Json>();

	readonly callbacks = new Map<string, YtelCallbackConfig>();

	totalFunds = 125.5;

	private readonly arrivals: number[] = [];

	private readonly timers = new Set<NodeJS.Timeout>();

	/**
	 * While true, status changes scheduled from then on (delivery, answer, hang-up) wait for `releaseHeld()` even when
	 * due, so a test sees each status however slow the machine is.
	 */
	holdProgress = false;

	private readonly held: Array<{ due: number; task: () => void }> = [];

	constructor(
		readonly email = 'sandbox@ytel.example',
		readonly password = 'ytel-sandbox-password',
		readonly uiToken = 'ytel-ui-token-0123456789abcdef',
	) {
		super('ytel');
		for (const n of ['+14155550100', '+14155550101', '+14155550102']) this.addNumber(n);
		const set = { accountSid: this.accountSid, numberSetId: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Sales lines' };
		this.numberSets.set(set.numberSetId, { ...set, phoneNumbers: ['+14155550101', '+14155550102'] });
		for (const n of ['+14155550101', '+14155550102']) this.numbers.get(n)!.numberSetId = set.numberSetId;
		this.addRoutes();
	}

	addNumber(phoneNumber: string): YtelNumber {
		const record: YtelNumber = {
			accountSid: this.accountSid,
			phoneSid: randomUUID(),
			phoneNumber,
			friendlyName: '',
			voiceUrl: '',
			voiceMethod: 'POST',
			voiceFallbackUrl: '',
			voiceFallbackMethod: 'POST',
			smsUrl: '',
			smsMethod: 'POST',
			smsFallbackUrl: '',
			smsFallbackMethod: 'POST',
			heartbeatUrl: '',
			heartbeatMethod: 'POST',
			hangupCallbackUrl: '',
			hangupCallbackMethod: 'POST',
			numberSetId: null,
			region: 'US-CA',
			timezone: -28,
			attributes: ['voice-enabled', 'sms-enabled', 'mms-enabled'],
			numberType: 1,
			purchaseDate: Date.now(),
			renewalDate: Date.now() + 30 * 86_400_000,
		};
		this.numbers.set(phoneNumber, record);
		return record;
	}

	/** Applies the held status changes that are due, in the order they fell due; the others keep waiting. */
	releaseHeld(): void {
		const now = Date.now();
		for (const { due, task } of this.held.splice(0).sort((a, b) => a.due - b.due)) {
			if (due <= now) task();
			else this.later(due - now, task);
		}
	}

	/** Makes every issued session token expired. */
	expireTokens(): void {
		for (const token of this.tokens.keys()) this.tokens.set(token, 0);
	}

	async stop(): Promise<void> {
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
		this.held.length = 0;
		await super.stop();
	}

	// ---- events the provider originates -------------------------------------------------------------------------

	/** An SMS arrives at one of the account's numbers: the number's smsUrl and `sms_inbound` configurations hear of it. */
	receiveSms(from: string, to: string, body: string): Json {
		const record = this.logSms({ from, to, body, direction: 'inbound', smsType: 'si' });
		const number = this.numbers.get(to);
		if (number?.smsUrl) {
			this.post(number.smsUrl, number.smsMethod, {
				AccountSid: this.accountSid,
				SmsSid: record.smsSid,
				From: from,
				To: to,
				Body: body,
			});
		}
		this.fire('sms_inbound', { to, from, body });
		return record;
	}

	/** A call arrives at one of the account's numbers: its voiceUrl is fetched, and later its hangupCallbackUrl. */
	receiveCall(from: string, to: string): Json {
		const call = this.logCall({ from, to, direction: 'inbound' });
		const number = this.numbers.get(to);
		if (number?.voiceUrl) {
			this.post(number.voiceUrl, number.voiceMethod, {
				carrier: '',
				wireless: '',
				zipcode: '',
				city: '',
				AccountSid: this.accountSid,
				From: from,
				To: to,
				CallSid: call.callSid,
			});
		}
		this.later(this.callDurationMs, () => this.completeCall(call, 'completed'));
		return call;
	}

	// ---- helpers ------------------------------------------------------------------------------------------------

	private ok(payload: unknown[], headers: Record<string, string> = {}, status = 200): SimResponse {
		return { status, body: { status: true, count: payload.length, page: 1, payload }, headers };
	}

	private fail(httpStatus: number, error: YtelError): SimResponse {
		return { status: httpStatus, body: { status: false, count: 0, page: 1, payload: [], error: [error] } };
	}

	private later(ms: number, task: () => void): void {
		if (this.holdProgress) {
			this.held.push({ due: Date.now() + ms, task });
			return;
		}
		const timer = setTimeout(() => {
			this.timers.delete(timer);
			task();
		}, ms);
		this.timers.add(timer);
	}

	/** Posts to a URL the way Ytel calls inbound and per-request callback URLs. */
	private post(url: string, method: string, fields: Record<string, unknown>): void {
		const form = this.inboundFormat === 'form';
		const body = form
			? new URLSearchParams(Object.entries(fields).map(([k, v]): [string, string] => [k, String(v ?? '')])).toString()
			: fields;
		void this.deliver(url, {
			method: method || 'POST',
			body,
			contentType: form ? 'application/x-www-form-urlencoded' : 'application/json',
			maxAttempts: 1,
		});
	}

	/** Runs every enabled callback configuration of an event type, filling its body template. */
	private fire(eventType: string, payload: Json): void {
		for (const config of this.callbacks.values()) {
			if (config.eventType !== eventType || !config.enabled) continue;
			const vars = Object.fromEntries(Object.entries(payload).map(([k, v]) => [k.toLowerCase(), v]));
			const body = config.bodyTemplate.replace(/%%?([A-Za-z0-9_.]+)%%?/g, (whole, name: string) => {
				const key = name.toLowerCase();
				if (key === 'payload') return JSON.stringify(payload);
				const value = vars[key];
				if (value === undefined) return whole;
				return typeof value === 'object' ? JSON.stringify(value) : String(value);
			});
			void this.deliver(config.url, {
				method: config.httpMethod,
				body,
				headers: config.headers,
				contentType: config.headers['Content-Type'] ?? 'application/json',
				maxAttempts: 2,
				retryDelayMs: 50,
			});
		}
	}

	private logSms(m: { from: string; to: string; body: string; direction: string; smsType: string } & Json): Json {
		const now = Date.now();
		const record: Json = {
			accountSid: this.accountSid,
			yearMonthDay: yearMonthDay(now),
			smsSid: randomUUID(),
			apiVersion: '3',
			callbackMethod: 'POST',
			callbackUrl: '',
			dlrStatus: '',
			errorMessage: '',
			fromCountryCode: '1',
			fromCountry: 'US',
			toCountryCode: '1',
			toCountry: 'US',
			numberType: 'regular',
			price: '0.0075',
			smsCount: 1,
			status: m.direction === 'inbound' ? 'success' : 'queued',
			metaData: {},
			date: now,
			...m,
		};
		this.messages.push(record);
		return record;
	}

	private logCall(c: { from: string; to: string; direction: string } & Json): Json {
		const now = Date.now();
		const call: Json = {
			accountSid: this.accountSid,
			yearMonthDay: yearMonthDay(now),
			callSid: randomUUID(),
			apiVersion: 'V3',
			callDuration: 0,
			cost: '0',
			createdTime: new Date(now).toISOString().replace('T', ' ').slice(0, 19),
			duration: 0,
			type: 'call',
			status: 'dialing',
			date: now,
			...c,
		};
		this.calls.push(call);
		this.later(this.progressionMs, () => {
			if (call.status !== 'dialing') return;
			call.status = 'in-progress';
			this.fire('call_in_progress', this.callEvent(call));
		});
		this.fire('call_dialing', this.callEvent(call));
		return call;
	}

	private callEvent(call: Json): Json {
		return {
			callSid: call.callSid,
			apiVersion: 'V3',
			callType: 'call',
			calledNumber: call.to,
			callerNumber: call.from,
			createdTime: call.createdTime,
			direction: call.direction,
			status: call.status,
			duration: call.duration,
			metadata: call.metadata ?? {},
		};
	}

	private completeCall(call: Json, status: string): void {
		if (call.status === 'completed' || call.status === 'canceled') return;
		call.status = status;
		call.duration = Math.round((Date.now() - (call.date as number)) / 1000);
		call.endTime = new Date().toISOString();
		const event = { ...this.callEvent(call), hangupBy: 'TERMINATOR END', endTime: call.endTime };
		if (call.statusCallbackUrl) this.post(String(call.statusCallbackUrl), 'POST', event);
		const number = this.numbers.get(String(call.direction === 'inbound' ? call.to : call.from));
		if (number?.hangupCallbackUrl) this.post(number.hangupCallbackUrl, number.hangupCallbackMethod, event);
		this.fire('call_completion', event);
	}

	/** A number in a set takes the set's configuration (Ytel: set edits override per-number edits). */
	private applySet(number: YtelNumber, set: Json): void {
		number.numberSetId = String(set.numberSetId);
		for (const [key, value] of Object.entries(set)) if (/(Url|Method)$/.test(key)) (number as Json)[key] = value;
	}

	private liveCall(callSid: string): Json | undefined {
		return this.calls.find((c) => c.callSid === callSid && (c.status === 'dialing' || c.status === 'in-progress'));
	}

	private contactPhone(contactId: unknown): string | undefined {
		const contact = this.contacts.get(String(contactId));
		return contact && !contact.archived ? ((contact.extData as Json).phonenumber1 as string) : undefined;
	}

	private withinRateLimit(arrivals = this.arrivals, perSecond = this.rateLimitPerSecond): boolean {
		if (!perSecond) return true;
		const now = Date.now();
		while (arrivals.length && arrivals[0] <= now - 1000) arrivals.shift();
		if (arrivals.length >= perSecond) return false;
		arrivals.push(now);
		return true;
	}

	private rateHeaders(): Record<string, string> {
		const limit = String(this.rateLimitPerSecond || 150);
		const remaining = String(Math.max(0, (this.rateLimitPerSecond || 150) - this.arrivals.length));
		return {
			'X-RateLimit-Limit-Second': limit,
			'X-RateLimit-Remaining-Second': remaining,
			'RateLimit-Limit': limit,
			'RateLimit-Remaining': remaining,
			'RateLimit-Reset': '1',
		};
	}

	protected authenticate(req: SimRequest): SimResponse | undefined {
		if (req.path.startsWith('/auth/')) return undefined;
		const token = schemeToken(req);
		const denied = (moreInfo: string) => this.fail(401, { code: '401', message: 'Authentication Error', moreInfo });
		if (!token) return denied('Missing bearer token');
		if (token === this.uiToken) {
			return req.path.startsWith('/ams/') ? denied('A long lived token cannot be used with this endpoint') : this.limit();
		}
		const expiry = this.tokens.get(token);
		if (expiry === undefined) return denied('Bad token');
		const uses = (this.tokenUses.get(token) ?? 0) + 1;
		if (expiry <= Date.now() || uses > this.tokenLifetimeRequests) {
			this.expiredTokenRefusals++;
			return denied('Token expired');
		}
		this.tokenUses.set(token, uses);
		return this.limit();
	}

	private limit(): SimResponse | undefined {
		if (this.withinRateLimit()) return undefined;
		return {
			status: 429,
			body: { message: 'API rate limit exceeded' },
			headers: { ...this.rateHeaders(), 'Retry-After': '1' },
		};
	}

	protected notFound(req: SimRequest): SimResponse {
		return this.fail(404, { code: '404', message: 'Not Found', moreInfo: `${req.method} ${req.path}` });
	}

	// ---- routes -------------------------------------------------------------------------------------------------

	private addRoutes(): void {
		const v4 = (method: string, path: string, handler: (req: SimRequest, p: Record<string, string>) => SimResponse) =>
			this.route(method, path, (req, params) => {
				const response = handler(req, params);
				response.headers = { ...this.rateHeaders(), ...(response.headers ?? {}) };
				return response;
			});
		const body = (req: SimRequest) => (req.body ?? {}) as Json;
		const notFound = (what: string) => this.fail(404, { code: '404', message: `${what} not found` });
		const invalid = (message: string, moreInfo?: string) => this.fail(400, { code: '400', message, moreInfo });

		this.route('POST', '/auth/v3/token', (req) => {
			if (!this.withinRateLimit(this.loginArrivals, this.loginRateLimitPerSecond)) {
				return {
					status: 429,
					body: { message: 'API rate limit exceeded' },
					headers: { 'X-RateLimit-Limit-Second': String(this.loginRateLimitPerSecond), 'X-RateLimit-Remaining-Second': '0', 'Retry-After': '1' },
				};
			}
			const b = body(req);
			if (b.grantType !== 'resource_owner_credentials' || b.username !== this.email || b.password !== this.password) {
				return this.fail(401, { code: '401', message: 'Invalid username or password' });
			}
			const exp = Date.now() + this.tokenLifetimeMs;
			const part = (o: Json) => Buffer.from(JSON.stringify(o)).toString('base64url');
			const accessToken = `${part({ typ: 'JWT', alg: 'RS256' })}.${part({ sub: this.accountSid, exp: Math.floor(exp / 1000), n: this.tokens.size })}.sig`;
			this.tokens.set(accessToken, exp);
			return this.ok([{ accessToken, refreshToken: `refresh-${randomUUID()}`, tokenType: 'Bearer' }], {
				'X-RateLimit-Limit-Second': String(this.loginRateLimitPerSecond),
			});
		});

		v4('GET', '/v4/timezone', () =>
			this.ok([
				{ timezoneId: -20, name: 'EST/EDT' },
				{ timezoneId: -24, name: 'CST/CDT' },
				{ timezoneId: -28, name: 'PST/PDT' },
			]),
		);

		// Messages
		v4('POST', '/v4/sms', (req) => {
			const b = body(req);
			const to = b.to ?? this.contactPhone(b.contactId);
			if (!b.to && !b.contactId) return invalid('Either to or contactId is required');
			if (typeof to !== 'string' || !E164.test(to)) return invalid('Invalid destination number', `to: ${String(to)}`);
			let from = b.from as string | undefined;
			if (!from && b.numberSetId) {
				const set = this.numberSets.get(String(b.numberSetId));
				if (!set) return this.fail(200, { code: '404', message: 'Number set not found' });
				from = (set.phoneNumbers as string[])[0];
			}
			if (!from) return invalid('Either from or numberSetId is required');
			if (!SHORT_CODE.test(from) && !this.numbers.has(from)) {
				return this.fail(200, { code: '403', message: 'The from number is not owned by the account', moreInfo: from });
			}
			let text = b.text as string | undefined;
			if (b.smsTemplateId) {
				const template = this.templates.get(String(b.smsTemplateId));
				if (!template || template.archived) return this.fail(200, { code: '404', message: 'SMS template not found' });
				const ext = { ...((this.contacts.get(String(b.contactId))?.extData as Json) ?? {}), ...((b.extData as Json) ?? {}) };
				text = String(template.templateText ?? '').replace(/%%([A-Z0-9_]+)(?:\|([^%]*))?%%/g, (_w, name: string, fallback?: string) =>
					String(ext[name.toLowerCase()] ?? fallback ?? ''),
				);
			}
			if (!text && !b.mediaUrl) return invalid('One of text, smsTemplateId or mediaUrl is required');
			if (this.dnc.has(`${to}|CUSTOMER_GLOBAL|sms`)) {
				return this.fail(200, { code: '409', message: 'The destination is on the do-not-contact list', moreInfo: to });
			}
			const record = this.logSms({
				from,
				to,
				body: text ?? '',
				direction: 'outbound',
				smsType: 'so',
				mediaUrl: b.mediaUrl ?? '',
				metaData: b.metadata ?? {},
				callbackUrl: b.messageStatusCallback ?? '',
				smsCount: Math.max(1, Math.ceil((text ?? '').length / 160)),
			});
			this.later(this.progressionMs, () => {
				record.status = 'success';
				record.dlrStatus = b.deliveryStatusEnabled === true || b.deliveryStatusEnabled === 'true' ? 'delivered' : '';
				if (b.messageStatusCallback) this.post(String(b.messageStatusCallback), 'POST', record);
				this.fire('sms_outbound', {
					accountsid: this.accountSid,
					smsid: record.smsSid,
					to,
					from,
					body: record.body,
					messagecount: record.smsCount,
					mediaurl: record.mediaUrl,
					metadata: record.metaData,
				});
			});
			return this.ok([
				{
					messageSid: record.smsSid,
					to,
					from,
					text: record.body,
					messageCount: record.smsCount,
					messageStatusMethod: 'POST',
					messageStatusCallback: b.messageStatusCallback ?? null,
					deliveryStatusEnabled: b.deliveryStatusEnabled ?? null,
					mediaUrl: b.mediaUrl ?? '',
					toCC: 1,
					toCountry: 'US',
					fromCC: 1,
					fromCountry: 'US',
					scheduledTm: Math.floor((record.date as number) / 1000),
					...(b.metadata ? { metadata: b.metadata } : {}),
				},
			]);
		});
		const logList = (records: Json[], req: SimRequest, filters: string[]) => {
			const q = req.query;
			if (!q.startDate || !q.endDate) return invalid('startDate and endDate are required (YYYY-MM-DD)');
			const limit = Number(q.limit ?? 100);
			if (!(limit > 0) || limit > PAGE_MAX) return invalid(`limit must be between 1 and ${PAGE_MAX}`);
			const offset = Number(q.offset ?? 0);
			const matching = records.filter(
				(r) =>
					day(r.date as number) >= q.startDate &&
					day(r.date as number) <= q.endDate &&
					filters.every((f) => q[f] === undefined || String(r[f]) === q[f]),
			);
			const page = matching.slice(offset, offset + limit);
			return this.ok(this.logDateUnit === 'ms' ? page : page.map((r) => ({ ...r, date: Math.floor((r.date as number) / 1000) })));
		};
		v4('GET', '/v4/logs/sms', (req) => logList(this.messages, req, ['direction', 'status', 'campaignId', 'to', 'from']));
		const smsDetail = (_req: SimRequest, { smsSid }: Record<string, string>) => {
			const m = this.messages.find((r) => r.smsSid === smsSid);
			return m ? this.ok([m]) : notFound('SMS');
		};
		v4('GET', '/v4/logs/sms/details/:smsSid', smsDetail);
		v4('GET', '/v4/logs/sms/details/:smsSid/:date', smsDetail);

		// Calls
		const callFields = (b: Json) => {
			if (!b.url) return { error: invalid('url is required') };
			let from = b.from as string | undefined;
			if (!from && b.numberSetId) from = (this.numberSets.get(String(b.numberSetId))?.phoneNumbers as string[] | undefined)?.[0];
			if (!from) return { error: invalid('Either from or numberSetId is required') };
			if (!this.numbers.has(from)) return { error: this.fail(200, { code: '403', message: 'The from number is not owned by the account', moreInfo: from }) };
			return { from };
		};
		v4('POST', '/v4/call', (req) => {
			const b = body(req);
			const to = b.to ?? this.contactPhone(b.contactId);
			if (typeof to !== 'string' || !E164.test(to)) return invalid('Invalid destination number', `to: ${String(to)}`);
			const { from, error } = callFields(b);
			if (error) return error;
			const call = this.logCall({ from: from!, to, direction: 'outbound', url: b.url, statusCallbackUrl: b.statusCallbackUrl, metadata: b.metadata ?? {} });
			this.later(this.callDurationMs, () => this.completeCall(call, 'completed'));
			return this.ok([{ callSid: call.callSid, createdTime: call.createdTime }]);
		});
		v4('POST', '/v4/groupcall', (req) => {
			const b = body(req);
			const targets = Array.isArray(b.to) ? (b.to as string[]) : ((b.contactIds as string[] | undefined) ?? []).map((id) => this.contactPhone(id));
			if (targets.length === 0) return invalid('to or contactIds must list at least one destination');
			const bad = targets.find((t) => typeof t !== 'string' || !E164.test(t));
			if (bad !== undefined) return invalid('Invalid destination number', `to: ${String(bad)}`);
			const { from, error } = callFields(b);
			if (error) return error;
			const calls = targets.map((to) => this.logCall({ from: from!, to: to!, direction: 'outbound', url: b.url, statusCallbackUrl: b.statusCallbackUrl }));
			for (const call of calls) this.later(this.callDurationMs, () => this.completeCall(call, 'completed'));
			return this.ok(calls.map((c) => ({ callSid: c.callSid, to: c.to, createdTime: c.createdTime })));
		});
		const control = (handler: (call: Json, b: Json) => SimResponse | undefined) => (req: SimRequest, p: Record<string, string>) => {
			const call = this.liveCall(p.callSid.trim());
			if (!call) return this.fail(200, { code: '404', message: 'Call is not active', moreInfo: p.callSid });
			return handler(call, body(req)) ?? this.ok([{ sentToCall: true }]);
		};
		v4('POST', '/v4/call/sendDigit/:callSid', control((_c, b) => (/^[0-9*#]+$/.test(String(b.playDtmf ?? '')) ? undefined : invalid('playDtmf may only hold 0-9, * and #'))));
		v4('POST', '/v4/call/play/:callSid', control((_c, b) => (!b.audioUrl === !b.sayText ? invalid('Exactly one of audioUrl and sayText is required') : undefined)));
		v4('POST', '/v4/call/record/:callSid', control((call, b) => {
			if (!(Number(b.timeLimit) > 0)) return invalid('timeLimit must be set and set to a positive value');
			const recording: Json = {
				accountSid: this.accountSid,
				yearMonthDay: yearMonthDay(Date.now()),
				callSid: call.callSid,
				recordingSid: randomUUID(),
				recordingDirection: b.direction ?? 'both',
				recordingUrl: `https://storage.example/m360/${randomUUID()}.${b.fileFormat ?? 'mp3'}`,
				recordingDate: Date.now(),
				duration: 0,
				callbackUrl: b.callbackUrl ?? '',
			};
			this.recordings.push(recording);
			this.fire('recording', recording);
			return undefined;
		}));
		v4('POST', '/v4/call/interrupt/:callSid', control((call, b) => {
			if (b.status !== 'completed' && b.status !== 'canceled') return invalid('status must be completed or canceled');
			if (b.url && b.status === 'completed') call.url = b.url;
			else this.completeCall(call, String(b.status));
			return undefined;
		}));
		v4('GET', '/v4/call/live', () =>
			this.ok(
				this.calls
					.filter((c) => c.status === 'dialing' || c.status === 'in-progress')
					.map((c) => ({ callSid: c.callSid, to: c.to, from: c.from, direction: c.direction, timeStarted: c.date, expiresAt: (c.date as number) + 3_600_000 })),
			),
		);
		v4('GET', '/v4/logs/call', (req) => logList(this.calls, req, ['direction', 'status', 'type', 'campaignId', 'to', 'from']));
		const callDetail = (_req: SimRequest, { callSid }: Record<string, string>) => {
			const c = this.calls.find((r) => r.callSid === callSid);
			return c ? this.ok([c]) : notFound('Call');
		};
		v4('GET', '/v4/logs/call/details/:callSid', callDetail);
		v4('GET', '/v4/logs/call/details/:callSid/:date', callDetail);
		v4('GET', '/v4/logs/recording', (req) => {
			const q = req.query;
			const limit = Number(q.limit ?? 100);
			if (!(limit > 0) || limit > PAGE_MAX) return invalid(`limit must be between 1 and ${PAGE_MAX}`);
			let list = this.recordings.filter(
				(r) =>
					(!q.callSid || r.callSid === q.callSid) &&
					(!q.recordingSid || r.recordingSid === q.recordingSid) &&
					(!q.startDate || day(r.recordingDate as number) >= q.startDate),
			);
			if (q.lastCallSid) list = list.slice(list.findIndex((r) => r.callSid === q.lastCallSid) + 1);
			return this.ok(list.slice(0, limit));
		});

		// Numbers
		const sortedNumbers = () => [...this.numbers.values()].sort((a, b) => a.phoneNumber.localeCompare(b.phoneNumber));
		v4('GET', '/v4/number', (req) => {
			const size = Number(req.query.size ?? 100);
			const start = req.query.nextKey ? Buffer.from(req.query.nextKey, 'base64').toString('utf8') : '';
			const page = sortedNumbers().filter((n) => n.phoneNumber >= start).slice(0, size);
			return { ...this.ok(page), body: { status: true, count: this.numbers.size, page: 1, payload: page } };
		});
		v4('GET', '/v4/number/available', (req) => {
			const codes = String(req.query.areaCode ?? '');
			if (!codes) return invalid('areaCode is required');
			const size = Number(req.query.size ?? 20);
			const areas = codes === 'all' ? ['213', '714'] : codes.split(',').map((c) => c.trim());
			if (areas.some((a) => !/^\d{3}$/.test(a))) return invalid('areaCode must be all or a comma separated list of area codes');
			const type = req.query.type ?? 'voice';
			const found = areas.flatMap((area) =>
				Array.from({ length: size }, (_, i) => `+1${area}555${String(2000 + i).padStart(4, '0')}`)
					.filter((n) => !this.numbers.has(n))
					.map((phoneNumber) => ({
						phoneNumber,
						region: 'US-CA',
						timezone: -28,
						attributes: type === 'tollfree' ? ['voice-enabled'] : ['voice-enabled', 'sms-enabled'],
						numberType: 1,
					})),
			);
			return this.ok(found);
		});
		v4('POST', '/v4/number/purchase', (req) => {
			const b = body(req);
			const list = b.phoneNumber;
			if (!Array.isArray(list) || list.length === 0) return invalid('phoneNumber must be a list of E.164 numbers');
			if (b.numberSetId && !this.numberSets.has(String(b.numberSetId))) return this.fail(200, { code: '404', message: 'Number set not found' });
			const taken = list.find((n) => this.numbers.has(String(n)) || !E164.test(String(n)));
			if (taken) return this.fail(200, { code: '409', message: 'Number is not available', moreInfo: String(taken) });
			const bought = list.map((n) => {
				const record = this.addNumber(String(n));
				if (b.numberSetId) {
					record.numberSetId = String(b.numberSetId);
					(this.numberSets.get(String(b.numberSetId))!.phoneNumbers as string[]).push(record.phoneNumber);
				}
				return record;
			});
			return {
				status: 200,
				body: {
					status: true,
					count: bought.length,
					page: 1,
					payload: bought.map((n) => ({ accountSid: n.accountSid, phoneSid: n.phoneSid, phoneNumber: n.phoneNumber, renewalDate: n.renewalDate, numberType: 1 })),
					error: [],
				},
			};
		});
		v4('POST', '/v4/number/release', (req) => {
			const list = body(req).phoneNumber;
			if (!Array.isArray(list) || list.length === 0) return invalid('phoneNumber must be a list of E.164 numbers');
			if (list.length > 100) return invalid('Array maximum is 100');
			const unknown = list.find((n) => !this.numbers.has(String(n)));
			if (unknown) return this.fail(200, { code: '404', message: 'Number not found on the account', moreInfo: String(unknown) });
			const released = list.map((n) => this.numbers.get(String(n))!);
			for (const n of released) this.numbers.delete(n.phoneNumber);
			return this.ok(released);
		});
		v4('GET', '/v4/number/:phoneNumber', (_req, { phoneNumber }) => {
			const n = this.numbers.get(phoneNumber);
			return n ? this.ok([n]) : notFound('Phone number');
		});
		const EDITABLE_NUMBER = ['friendlyName', 'voiceUrl', 'voiceMethod', 'voiceFallbackUrl', 'voiceFallbackMethod', 'smsUrl', 'smsMethod', 'smsFallbackUrl', 'smsFallbackMethod', 'heartbeatUrl', 'heartbeatMethod', 'hangupCallbackUrl', 'hangupCallbackMethod'];
		v4('PUT', '/v4/number/:phoneNumber', (req, { phoneNumber }) => {
			const n = this.numbers.get(phoneNumber);
			if (!n) return notFound('Phone number');
			const b = body(req);
			const badMethod = Object.entries(b).find(([k, v]) => k.endsWith('Method') && v !== undefined && v !== 'GET' && v !== 'POST');
			if (badMethod) return invalid(`${badMethod[0]}: valid values are GET and POST`);
			for (const key of EDITABLE_NUMBER) if (b[key] !== undefined && b[key] !== null) (n as Json)[key] = b[key];
			return this.ok([n]);
		});

		// Number sets
		v4('GET', '/v4/numberset', () => this.ok([...this.numberSets.values()].map(({ phoneNumbers: _omit, ...set }) => set)));
		v4('POST', '/v4/numberset', (req) => {
			const b = body(req);
			if (!b.name) return invalid('name is required');
			const numbers = (b.phoneNumbers as string[] | undefined) ?? [];
			const stranger = numbers.find((n) => !this.numbers.has(n));
			if (stranger) return this.fail(200, { code: '404', message: 'Number not found on the account', moreInfo: stranger });
			const set: Json = { accountSid: this.accountSid, numberSetId: randomUUID(), name: b.name, forwardNumber: '', callerIdName: '', phoneNumbers: numbers };
			for (const key of Object.keys(b)) if (/(Url|Method)$/.test(key)) set[key] = b[key];
			this.numberSets.set(String(set.numberSetId), set);
			for (const n of numbers) this.applySet(this.numbers.get(n)!, set);
			return this.ok([set]);
		});
		v4('POST', '/v4/numberset/addnumber', (req) => {
			const b = body(req);
			const set = this.numberSets.get(String(b.numberSetId));
			if (!set) return notFound('Number set');
			const numbers = (b.phoneNumbers as string[] | undefined) ?? [];
			const stranger = numbers.find((n) => !this.numbers.has(n));
			if (stranger) return this.fail(200, { code: '404', message: 'Number not found on the account', moreInfo: stranger });
			set.phoneNumbers = [...new Set([...(set.phoneNumbers as string[]), ...numbers])];
			for (const n of numbers) this.applySet(this.numbers.get(n)!, set);
			const { accountSid, numberSetId, name, phoneNumbers } = set;
			return this.ok([{ accountSid, numberSetId, name, phoneNumbers }]);
		});
		v4('DELETE', '/v4/numberset/:numberSetId', (_req, { numberSetId }) => {
			const set = this.numberSets.get(numberSetId);
			if (!set) return notFound('Number set');
			for (const n of set.phoneNumbers as string[]) if (this.numbers.get(n)) this.numbers.get(n)!.numberSetId = null;
			this.numberSets.delete(numberSetId);
			return this.ok([{ accountSid: set.accountSid, numberSetId, name: set.name, phoneNumbers: [] }]);
		});
		v4('DELETE', '/v4/numberset/:numberSetId/:phoneNumber', (_req, { numberSetId, phoneNumber }) => {
			const set = this.numberSets.get(numberSetId);
			if (!set) return notFound('Number set');
			if (!(set.phoneNumbers as string[]).includes(phoneNumber)) return this.fail(200, { code: '404', message: 'Number is not in the set', moreInfo: phoneNumber });
			set.phoneNumbers = (set.phoneNumbers as string[]).filter((n) => n !== phoneNumber);
			if (this.numbers.get(phoneNumber)) this.numbers.get(phoneNumber)!.numberSetId = null;
			return this.ok([{ accountSid: set.accountSid, numberSetId, name: set.name, phoneNumbers: set.phoneNumbers }]);
		});
		v4('GET', '/v4/numberset/:numberSetId', (_req, { numberSetId }) => {
			const set = this.numberSets.get(numberSetId);
			return set ? this.ok([set]) : notFound('Number set');
		});

		// Contacts
		const keyOwner = (keys: string[], except?: string) =>
			[...this.contacts.values()].find((c) => !c.archived && c.contactId !== except && (c.keys as string[]).some((k) => keys.includes(k)));
		v4('GET', '/v4/contact', () => this.ok([...this.contacts.values()].filter((c) => !c.archived).slice(0, 1000)));
		v4('POST', '/v4/contact', (req) => {
			const b = body(req);
			const extData = Object.fromEntries(Object.entries((b.extData as Json) ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
			if (extData.phonenumber1 !== undefined && !E164.test(extData.phonenumber1)) return invalid('phonenumber1 must be a valid E164 formatted number');
			const keys = [...new Set([...((b.keys as string[]) ?? []), ...(extData.phonenumber1 ? [extData.phonenumber1] : [])])];
			const owner = keyOwner(keys);
			if (owner) return this.fail(200, { code: '409', message: 'Key conflict', moreInfo: String(owner.contactId) });
			const contact: Json = { accountSid: this.accountSid, contactId: randomUUID(), created: randomUUID(), dnc: 0, timezone: -28, extData, keys };
			this.contacts.set(String(contact.contactId), contact);
			return this.ok([contact]);
		});
		v4('POST', '/v4/contact/search', (req) => {
			const b = body(req);
			const live = [...this.contacts.values()].filter((c) => !c.archived);
			if (Array.isArray(b.keys) && b.keys.length) return this.ok(live.filter((c) => (c.keys as string[]).some((k) => (b.keys as string[]).includes(k))));
			if (!Array.isArray(b.statements)) return invalid('keys or statements are required');
			const size = Math.min(Number(b.size ?? 10_000), 10_000);
			const statements = b.statements as Array<{ variable: string; operation: string; value: string }>;
			const found = live.filter((c) =>
				statements.every((s) => {
					const value = String((c.extData as Json)[s.variable.toLowerCase()] ?? '');
					return s.operation === 'contains' ? value.includes(s.value) : value === s.value;
				}),
			);
			return this.ok(found.slice(0, size));
		});
		v4('GET', '/v4/contact/:contactId', (_req, { contactId }) => {
			const c = this.contacts.get(contactId);
			return c && !c.archived ? this.ok([c]) : notFound('Contact');
		});
		v4('PUT', '/v4/contact/:contactId', (req, { contactId }) => {
			const c = this.contacts.get(contactId);
			if (!c || c.archived) return notFound('Contact');
			const b = body(req);
			const keys = new Set([...(c.keys as string[]), ...((b.keys as string[]) ?? [])]);
			for (const k of (b.rmkeys as string[]) ?? []) keys.delete(k);
			const owner = keyOwner([...keys], contactId);
			if (owner) return this.fail(200, { code: '409', message: 'Key conflict', moreInfo: String(owner.contactId) });
			for (const [k, v] of Object.entries((b.extData as Json) ?? {})) if (v !== null) (c.extData as Json)[k.toLowerCase()] = String(v);
			c.keys = [...keys];
			return this.ok([c]);
		});
		v4('PUT', '/v4/contact/:contactId/unarchive', (_req, { contactId }) => {
			const c = this.contacts.get(contactId);
			if (!c || !c.archived) return notFound('Archived contact');
			const owner = keyOwner(c.keys as string[], contactId);
			if (owner) return this.fail(200, { code: '409', message: 'Key conflict', moreInfo: String(owner.contactId) });
			delete c.archived;
			return this.ok([c]);
		});
		v4('DELETE', '/v4/contact/:contactId', (_req, { contactId }) => {
			const c = this.contacts.get(contactId);
			if (!c || c.archived) return notFound('Contact');
			c.archived = true;
			return this.ok([c]);
		});

		// DNC
		v4('POST', '/v4/dnc', (req) => {
			const b = body(req);
			if (typeof b.endpoint !== 'string' || !E164.test(b.endpoint)) return invalid('endpoint must be an E164 number');
			const entry = { accountSid: this.accountSid, endpoint: b.endpoint, selector: b.selector ?? 'CUSTOMER_GLOBAL', subtype: b.subtype ?? 'sms' };
			if (!['sms', 'call', 'bypass'].includes(String(entry.subtype))) return invalid('subtype must be sms, call or bypass');
			this.dnc.set(`${entry.endpoint}|${entry.selector}|${entry.subtype}`, entry);
			return this.ok([entry]);
		});
		v4('GET', '/v4/dnc/:endpoint/:selector/:subtype', (_req, p) => {
			const entry = this.dnc.get(`${p.endpoint}|${p.selector}|${p.subtype}`);
			return entry ? this.ok([entry]) : this.fail(200, { code: '404', message: 'No DNC entry found', moreInfo: p.endpoint });
		});

		// Carrier lookup (billed)
		v4('GET', '/v4/carrier/lookup/:phoneNumber', (_req, { phoneNumber }) => {
			if (!E164.test(phoneNumber)) return invalid('E.164 Formatted phone number required');
			return this.ok([
				{ apiVersion: '4', carrierSid: randomUUID(), phoneNumber, network: 'Level 3', company: 'Example Wireless', wireless: true, zipCode: '94105', city: 'San Francisco', state: 'CA', country: 'US', status: true, dateCreated: new Date().toISOString(), date: Date.now() },
			]);
		});

		// SMS templates
		v4('GET', '/v4/smstemplate', () => this.ok([...this.templates.values()].filter((t) => !t.archived)));
		v4('POST', '/v4/smstemplate', (req) => {
			const b = body(req);
			if (!b.templateText && !b.templateMediaUrl) return invalid('At least one of templateText and templateMediaUrl is required');
			const t: Json = { accountSid: this.accountSid, templateId: randomUUID(), templateTitle: b.templateTitle ?? '', templateText: b.templateText ?? '', templateMediaUrl: b.templateMediaUrl ?? '', lastUsed: 0 };
			this.templates.set(String(t.templateId), t);
			return this.ok([t]);
		});
		v4('GET', '/v4/smstemplate/:templateId', (_req, { templateId }) => {
			const t = this.templates.get(templateId);
			return t && !t.archived ? this.ok([t]) : notFound('SMS template');
		});
		v4('PUT', '/v4/smstemplate/:templateId', (req, { templateId }) => {
			const t = this.templates.get(templateId);
			if (!t || t.archived) return notFound('SMS template');
			for (const key of ['templateTitle', 'templateText', 'templateMediaUrl']) if (body(req)[key] !== undefined) t[key] = body(req)[key];
			return this.ok([t]);
		});
		v4('PUT', '/v4/smstemplate/:templateId/unarchive', (_req, { templateId }) => {
			const t = this.templates.get(templateId);
			if (!t || !t.archived) return notFound('Archived SMS template');
			delete t.archived;
			return this.ok([t]);
		});
		v4('DELETE', '/v4/smstemplate/:templateId', (_req, { templateId }) => {
			const t = this.templates.get(templateId);
			if (!t || t.archived) return notFound('SMS template');
			t.archived = true;
			return this.ok([t]);
		});

		// Account (AMS: password-flow tokens only)
		v4('GET', '/ams/v3/accounts', () =>
			this.ok([{ id: this.accountSid, name: 'Sandbox Inc', emailAddress: this.email, parentAcctId: null, isParentAcctId: true, phone: '+14155550100', firstName: 'Sam', lastName: 'Box', accountStatus: 'active' }]),
		);
		v4('GET', '/ams/v3/accounts/totalFunds', () => this.ok([{ accountSid: this.accountSid, totalFunds: this.totalFunds }]));

		// Callback configurations
		v4('GET', '/v4/callback/configuration', () => this.ok([...this.callbacks.values()]));
		v4('POST', '/v4/callback/configuration', (req) => {
			const b = body(req);
			if (!YTEL_EVENT_TYPES.includes(String(b.eventType))) return invalid('Unsupported eventType', String(b.eventType));
			if (typeof b.url !== 'string' || !/^https?:\/\//.test(b.url)) return invalid('url must be an http(s) URL');
			const config: YtelCallbackConfig = {
				accountSid: this.accountSid,
				id: randomUUID(),
				name: String(b.name ?? ''),
				eventType: String(b.eventType),
				enabled: b.enabled !== false,
				url: b.url,
				httpMethod: String(b.httpMethod ?? 'POST'),
				contentType: String(b.contentType ?? 'JSON'),
				headers: (b.headers as Record<string, string>) ?? {},
				bodyTemplate: String(b.bodyTemplate ?? '%%PAYLOAD%%'),
				successPath: b.successPath ?? 'HTTP_OK',
				successValue: b.successValue ?? '',
			};
			this.callbacks.set(config.id, config);
			return this.ok([config]);
		});
		v4('GET', '/v4/callback/configuration/:id', (_req, { id }) => {
			const config = this.callbacks.get(id);
			return config ? this.ok([config]) : notFound('Callback configuration');
		});
		v4('DELETE', '/v4/callback/configuration/:id', (_req, { id }) => {
			const config = this.callbacks.get(id);
			if (!config) return notFound('Callback configuration');
			this.callbacks.delete(id);
			return this.ok([config]);
		});
	}
}
