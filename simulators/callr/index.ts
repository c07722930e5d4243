/**
 * A faithful fake of CALLR's JSON-RPC v1.1 API (../../../shared/reference/callr.md §10): one POST endpoint, Api-Key
 * and Basic auth with an optional CALLR-Login-As, HTTP 401 for bad credentials, JSON-RPC errors at HTTP 200 for bad
 * params, offset paging, SMS status progression, 64-bit call ids, and webhook subscriptions that push signed events.
 */
import { createHmac, randomBytes } from 'node:crypto';

import { basicCredentials, schemeToken, Simulator } from '..';
import type { SimRequest, SimResponse } from '..';

export const RPC_PATH = '/json-rpc/v1.1/';

export const EVENT_TYPES = [
	'billing.credit',
	'billing.credit_warning',
	'billing.credit_shutdown',
	'call.inbound_start',
	'call.inbound_hangup',
	'call.outbound_start',
	'call.outbound_hangup',
	'did.assigned',
	'did.unassigned',
	'job.status_update',
	'media.library.status_update',
	'media.recording.new',
	'media.recording.status_update',
	'sms.mo',
	'sms.mt.status_update',
];

const VOICES = [
	'TTS_DE-DE_ANNA',
	'TTS_DE-DE_YANNICK',
	'TTS_EN-GB_DANIEL',
	'TTS_EN-GB_SERENA',
	'TTS_FR-FR_AUDREY',
	'TTS_FR-FR_SEBASTIEN',
	'TTS_FR-FR_THOMAS',
	'TTS_FR-FR_VIRGINIE',
	'TTS_IT-IT_PAOLO',
	'TTS_IT-IT_SILVIA',
	'TTS_NL-BE_ELLEN',
	'TTS_NL-NL_CLAIRE',
	'TTS_NL-NL_XANDER',
];

type Json = Record<string, unknown>;

export class RpcError extends Error {
	constructor(
		readonly code: number,
		message: string,
		readonly data?: unknown,
	) {
		super(message);
	}
}

const missing = (name: string) => new RpcError(150, `Missing property: ${name}`);
const invalid = (name: string, why: string) => new RpcError(151, `Invalid property value: ${name} (${why})`);
const notFound = (what: string) => new RpcError(110, `${what} not found`);

/** JSON with bigint values written as plain integer literals, as CALLR writes 64-bit call ids. */
export function serialize(value: unknown): string {
	// The holder's own value: a BigInt.prototype.toJSON (some libraries add one) would already have made it a string.
	function replacer(this: Record<string, unknown>, key: string, v: unknown) {
		const raw = this[key];
		return typeof raw === 'bigint' ? `__bigint__${raw}` : v;
	}
	return JSON.stringify(value, replacer).replace(/"__bigint__(\d+)"/g, '$1');
}

/** CALLR's `datetime`: "YYYY-MM-DD HH:MM:SS" in UTC. */
export const callrDate = (ms = Date.now()) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const E164 = /^\+[1-9]\d{6,14}$/;
const CDR_FIELD = /^[A-Za-z0-9]{0,32}$/;
const SMS_SENDER = /^(?=.*[A-Za-z])[A-Za-z0-9 _-]{1,11}$/;
const SMS_STATUSES = ['CREATED', 'ERROR', 'EXPIRED', 'FAILED', 'PENDING', 'RECEIVED', 'REMOTE_QUEUED', 'SENT'];

const param = (params: unknown[], index: number, name: string): unknown => {
	const value = params[index];
	if (value === undefined || value === null) throw missing(name);
	return value;
};
const text = (value: unknown, name: string, allowEmpty = false): string => {
	if (typeof value !== 'string' || (!allowEmpty && value === '')) throw invalid(name, 'a string is expected');
	return value;
};
const phone = (value: unknown, name: string): string => {
	if (typeof value !== 'string' || !E164.test(value)) throw invalid(name, 'E.164 phone number expected');
	return value;
};
const date = (value: unknown, name: string): string => {
	if (typeof value !== 'string' || !DATE_PATTERN.test(value)) throw invalid(name, 'YYYY-MM-DD HH:MM:SS expected');
	return value;
};
const int = (value: unknown, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number => {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
		throw invalid(name, `integer between ${min} and ${max} expected`);
	}
	return value;
};
const oneOf = (value: unknown, name: string, allowed: string[]): string => {
	if (typeof value !== 'string' || !allowed.includes(value)) throw invalid(name, `one of ${allowed.join(', ')}`);
	return value;
};
const object = (value: unknown, name: string): Json => {
	if (value === null || value === undefined) return {};
	if (typeof value !== 'object' || Array.isArray(value)) throw invalid(name, 'an object is expected');
	return value as Json;
};
const target = (value: unknown, name: string) => {
	const t = object(value, name);
	return { number: phone(t.number, `${name}.number`), timeout: int(t.timeout, `${name}.timeout`, 5, 300) };
};
const checkCallOptions = (options: Json) => {
	if (options.cli !== undefined && options.cli !== 'BLOCKED') phone(options.cli, 'options.cli');
	if (
		options.cdr_field !== undefined &&
		!(typeof options.cdr_field === 'string' && CDR_FIELD.test(options.cdr_field))
	) {
		throw invalid('options.cdr_field', '32 alphanumeric characters maximum');
	}
};

export interface Push {
	url: string;
	rawBody: Buffer;
	headers: Record<string, string>;
	event: Json;
}

interface Webhook extends Json {
	hash: string;
	type: string;
	endpoint: string;
	options: Json;
	status: string;
}

export class CallrSimulator extends Simulator {
	/** Simulator clock for SMS status steps: each step waits this long (tests make it short). */
	smsStatusStepMs = 2000;

	/** Deliveries per event, the first included (CALLR: `try` 0..9). */
	webhookMaxTries = 10;

	webhookRetryDelayMs = 1000;

	/** Time an uploaded audio takes to convert before the media is READY. */
	mediaConversionMs = 1000;

	/** Every webhook push, as sent (raw body and headers), for tests to inspect, forge or replay. */
	readonly pushes: Push[] = [];

	readonly sms = new Map<string, Json>();

	readonly webhooks = new Map<string, Webhook>();

	readonly apps = new Map<string, Json>();

	readonly numbers = new Map<string, Json>();

	readonly media = new Map<number, Json>();

	readonly clickToCalls = new Map<string, Json>();

	readonly calls: Json[] = [];

	readonly cdrs: Json[] = [];

	readonly reservations = new Map<string, Json>();

	/** SENDR campaigns (Sendr.10.Campaign), by hash. */
	readonly campaigns = new Map<string, Json>();

	/** The store's quota: numbers the account may hold, and buy per period. */
	readonly storeQuota = { assignedMax: 20, maxOverPeriod: 10, periodDays: 30 };

	/** Numbers bought during the current quota period. */
	private boughtInPeriod = 0;

	prepaidCredit = 1520.5;

	/** Senders the account may use besides "" (automatic) and its own numbers. */
	readonly authorizedSenders = new Set(['SMS', 'CALLR']);

	readonly loginAsTargets = { 'user.login': new Set(['sub-user']), 'account.hash': new Set(['SUBACC01']) };

	readonly areaCodes: Json[] = [
		{
			id: 1,
			country_code: 'FR',
			intl_prefix: '+331',
			local_prefix: '01',
			label: 'Paris',
			type: 'GEOGRAPHIC',
			available: { CLASSIC: 80, GOLD: 4 },
		},
		{
			id: 2,
			country_code: 'FR',
			intl_prefix: '+336',
			local_prefix: '06',
			label: 'Mobile',
			type: 'MOBILE',
			available: { CLASSIC: 20, GOLD: 0 },
		},
		{
			id: 3,
			country_code: 'US',
			intl_prefix: '+1212',
			local_prefix: '212',
			label: 'New York',
			type: 'GEOGRAPHIC',
			available: { CLASSIC: 50, GOLD: 2 },
		},
	];

	private counter = 0;

	private mediaSeq = 0;

	private readonly timers = new Set<NodeJS.Timeout>();

	private readonly running = new Set<Promise<void>>();

	private readonly methods: Record<string, (params: unknown[]) => unknown>;

	/** The sandbox's and the tests' credentials. */
	static readonly defaults = {
		apiKey: 'c0ffee'.repeat(16) + 'c0ff',
		login: 'sandbox-login',
		password: 'sandbox-password-42',
	};

	constructor(
		readonly apiKey = CallrSimulator.defaults.apiKey,
		readonly login = CallrSimulator.defaults.login,
		readonly password = CallrSimulator.defaults.password,
	) {
		super('callr');
		this.seed();
		this.methods = this.rpcMethods();
		this.route('POST', RPC_PATH, (req) => this.rpc(req));
	}

	/** Short random id in CALLR's style ("8242D945"). */
	newHash(): string {
		this.counter++;
		return randomBytes(4).toString('hex').toUpperCase();
	}

	addApp(name: string, packageName: 'CALLTRACKING10' | 'CLICKTOCALL10' | 'REALTIME10', hash = this.newHash()): Json {
		const type = { CALLTRACKING10: 'CALLTRACKING', CLICKTOCALL10: 'CLICKTOCALL', REALTIME10: 'THEDIALR' }[packageName];
		const app = {
			hash,
			name,
			package: { name: packageName, type, has_did: packageName !== 'CLICKTOCALL10' },
			p: packageName === 'REALTIME10' ? { url: 'https://example.com/realtime', data_format: 'JSON' } : {},
			did: [],
			date_creation: callrDate(),
			date_update: callrDate(),
		};
		this.apps.set(hash, app);
		return app;
	}

	addNumber(intl: string, type = 'GEOGRAPHIC', numberClass = 'CLASSIC', hash = this.newHash()): Json {
		const number = {
			hash,
			intl_number: intl,
			local_number: `0${intl.slice(3)}`,
			local_number_f: `0${intl.slice(3)}`,
			country_code: intl.startsWith('+33') ? 'FR' : 'US',
			class: numberClass,
			type,
			app: null,
			is_used: false,
		};
		this.numbers.set(hash, number);
		return number;
	}

	addMedia(name: string, voice = '', content = ''): Json {
		const id = ++this.mediaSeq;
		const media = {
			id,
			hash: this.newHash(),
			name,
			category: ['MISC'],
			content,
			duration: content ? 3 : 0,
			is_editable: true,
			language: [],
			status: content ? 'READY' : 'PENDING_CONTENT',
			tags: {},
			url: content ? `https://media.callr.example/${id}.mp3` : '',
			voice,
		};
		this.media.set(id, media);
		return media;
	}

	addCampaign(name: string, type: string, hash = this.newHash()): Json {
		const campaign = {
			hash,
			name,
			type,
			ivr: {},
			options: {},
			report: false,
			created_at: callrDate(),
			updated_at: callrDate(),
			status: {
				state: 'CREATED',
				counters: {},
				items_done: 0,
				items_total: 120,
				items_total_t: 120,
				percent: 0,
				started_at: null,
				ended_at: null,
				finished_cause: 'NONE',
				finished_cause_data: {},
			},
		};
		this.campaigns.set(hash, campaign);
		return campaign;
	}

	private seed(): void {
		this.addApp('Sales click-to-call', 'CLICKTOCALL10', 'C2CAPP01');
		this.addApp('IVR real-time', 'REALTIME10', 'RTAPP001');
		this.addApp('Call tracking', 'CALLTRACKING10', 'TRACK001');
		this.addNumber('+33184800000');
		this.addNumber('+33612000000', 'MOBILE', 'GOLD');
		this.addMedia('Welcome', 'TTS_EN-GB_SERENA', 'Welcome to our service');
		this.addCampaign('Appointment reminders', 'VOICE_SIMPLE', 'CAMP0001');
		this.cdrs.push(
			{
				type: 'IN',
				callid: BigInt('12345678901234567890'),
				start: '2026-11-01 10:00:00',
				answer: '2026-11-01 10:00:03',
				hangup: '2026-11-01 10:02:03',
				duration: 123,
				duration_answered: 120,
				duration_billed: 120,
				cli_number: '+14155550100',
				cli_name: '',
				cli_pres: 'allowed_passed_screen',
				cli_country_code: 'US',
				cli_number_type: 'MOBILE',
				did_hash: [...this.numbers.keys()][0],
				did_intl_number: '+33184800000',
				scenario_hash: 'TRACK001',
				scenario_name: 'Call tracking',
				package_name: 'CALLTRACKING10',
				hangupcause: 16,
				hangupsource: 'CALLER',
				customer_field: '',
				billing_customer_cost_label: 'France',
				billing_customer_credit_eur: '0.00',
				billing_customer_debit_eur: '1.20',
			},
			{
				type: 'OUT',
				callid: BigInt('9007199254740993'),
				callid_in: null,
				start: '2026-11-02 09:00:00',
				answer: '2026-11-02 09:00:05',
				hangup: '2026-11-02 09:01:05',
				duration: 65,
				duration_answered: 60,
				duration_billed: 60,
				number: '+33612345678',
				number_country_code: 'FR',
				number_type: 'MOBILE',
				dialstatus: 'ANSWER',
				cli_number: '+33184800000',
				cli_name: '',
				cli_pres: 'allowed_passed_screen',
				scenario_hash: 'RTAPP001',
				scenario_name: 'IVR real-time',
				package_name: 'REALTIME10',
				hangupcause: 16,
				hangupsource: 'CALLEE',
				customer_field: 'order42',
				billing_customer_cost_label: 'France mobile',
				billing_customer_credit_eur: '0.00',
				billing_customer_debit_eur: '8.50',
			},
		);
	}

	protected authenticate(req: SimRequest): SimResponse | undefined {
		const key = schemeToken(req, 'Api-Key');
		const basic = basicCredentials(req);
		const ok = key === this.apiKey || (basic?.user === this.login && basic.password === this.password);
		if (!ok) return { status: 401, body: '' };
		const loginAs = req.headers['callr-login-as'];
		if (typeof loginAs === 'string') {
			const [type, ...rest] = loginAs.trim().split(' ');
			const targets = this.loginAsTargets[type.toLowerCase() as keyof CallrSimulator['loginAsTargets']];
			if (!targets?.has(rest.join(' '))) return { status: 401, body: '' };
		}
		return undefined;
	}

	protected notFound(req: SimRequest): SimResponse {
		return { status: req.path === RPC_PATH ? 405 : 404, body: '' };
	}

	private rpc(req: SimRequest): SimResponse {
		const envelope = req.body as Json | undefined;
		const answer = (id: unknown, outcome: { result: unknown } | { error: Json }) => ({
			status: 200,
			headers: { 'content-type': 'application/json-rpc; charset=utf-8' },
			body: serialize({ jsonrpc: '2.0', id, ...outcome }),
		});
		const fail = (id: unknown, error: RpcError) =>
			answer(id ?? null, {
				error: { code: error.code, message: error.message, ...(error.data !== undefined ? { data: error.data } : {}) },
			});
		if (req.parseError) return fail(null, new RpcError(-32700, 'Parse error'));
		if (Array.isArray(envelope)) return fail(null, new RpcError(-32600, 'Batch requests are not supported'));
		if (!envelope || envelope.jsonrpc !== '2.0' || envelope.id === undefined || typeof envelope.method !== 'string') {
			return fail(envelope?.id, new RpcError(-32600, 'Invalid Request'));
		}
		if (!Array.isArray(envelope.params))
			return fail(envelope.id, new RpcError(-32602, 'Named parameters are not supported'));
		const method = this.methods[envelope.method];
		if (!method) return fail(envelope.id, new RpcError(-32601, `Method not found: ${envelope.method}`));
		try {
			return answer(envelope.id, { result: method(envelope.params) });
		} catch (error) {
			if (error instanceof RpcError) return fail(envelope.id, error);
			throw error;
		}
	}

	private search(list: Json[], options: unknown) {
		const o = object(options, 'options');
		const offset = o.offset === undefined ? 0 : int(o.offset, 'options.offset', 0);
		const quantity = o.quantity === undefined ? 50 : int(o.quantity, 'options.quantity', 1);
		const hits = list.slice(offset, offset + quantity);
		return { hits, offset, total: list.length, has_more: offset + hits.length < list.length };
	}

	private rpcMethods(): Record<string, (params: unknown[]) => unknown> {
		const app = (hash: unknown, packageName?: string) => {
			const found = this.apps.get(text(hash, 'app'));
			if (!found) throw notFound('App');
			if (packageName && (found.package as Json).name !== packageName)
				throw invalid('app', `a ${packageName} app is required`);
			return found;
		};
		const mediaById = (id: unknown) => {
			const found = this.media.get(int(id, 'id', 1));
			if (!found) throw notFound('Media');
			return found;
		};
		const campaignById = (p: unknown[]) => {
			const found = this.campaigns.get(text(param(p, 0, 'id'), 'id'));
			if (!found) throw notFound('Campaign');
			return found;
		};
		/** Moves a campaign to a state, from the states that allow it (Sendr.10.Campaign.Status.state). */
		const setCampaignState = (p: unknown[], state: string, from: string[]) => {
			const campaign = campaignById(p);
			const status = campaign.status as Json;
			if (!from.includes(String(status.state)))
				throw invalid('id', `a ${String(status.state)} campaign cannot be ${state.toLowerCase()}`);
			const now = callrDate();
			Object.assign(status, { state }, state === 'STARTED' && !status.started_at ? { started_at: now } : {});
			if (state === 'STOPPED') Object.assign(status, { ended_at: now, finished_cause: 'STOPPED' });
			campaign.updated_at = now;
			return true;
		};
		const numberByHash = (hash: unknown) => {
			const found = this.numbers.get(text(hash, 'did'));
			if (!found) throw notFound('DID');
			return found;
		};
		/** An app's parameters (`p`), checked against its package's object (CALLTRACKING10, CLICKTOCALL10, REALTIME10). */
		const appParams = (packageName: string, value: unknown): Json => {
			const p = object(value, 'params');
			if (packageName === 'REALTIME10') {
				if (typeof p.url !== 'string' || !/^https?:\/\/\S+$/.test(p.url))
					throw invalid('params.url', 'HTTP(S) URL expected');
				if (p.data_format !== undefined) oneOf(p.data_format, 'params.data_format', ['JSON']);
				for (const key of ['login', 'password']) if (p[key] !== undefined) text(p[key], `params.${key}`, true);
				return { data_format: 'JSON', ...p };
			}
			const medias = (keys: string[]) => {
				for (const [key, id] of Object.entries(object(p.medias, 'params.medias'))) {
					oneOf(key, 'params.medias', keys);
					if (id !== 0) mediaById(id);
				}
			};
			if (packageName === 'CALLTRACKING10') {
				medias(['bridge', 'ringtone', 'welcome', 'whisper']);
				if (p.targets !== undefined) {
					if (!Array.isArray(p.targets)) throw invalid('params.targets', 'an array of targets is expected');
					p.targets.forEach((t, i) => target(t, `params.targets[${i}]`));
				}
				const ga = object(p.ga, 'params.ga');
				if (ga.ua !== undefined) text(ga.ua, 'params.ga.ua', true);
			}
			if (packageName === 'CLICKTOCALL10') medias(['A_ringtone', 'A_welcome', 'AB_bridge', 'B_whisper']);
			if (packageName === 'CALLTRACKING10' || packageName === 'CLICKTOCALL10') {
				const options = object(p.options, 'params.options');
				const keys =
					packageName === 'CLICKTOCALL10'
						? ['A_attempts', 'A_retrypause', 'A_vms_detect', 'B_vms_detect', 'record_calls']
						: ['record_calls'];
				for (const key of Object.keys(options)) oneOf(key, 'params.options', keys);
				if (options.A_attempts !== undefined) int(options.A_attempts, 'params.options.A_attempts', 1, 5);
				if (options.A_retrypause !== undefined) int(options.A_retrypause, 'params.options.A_retrypause', 30, 300);
				if (options.record_calls !== undefined && typeof options.record_calls !== 'boolean')
					throw invalid('params.options.record_calls', 'boolean expected');
			}
			return p;
		};
		return {
			'system.get_timestamp': () => Math.floor(Date.now() / 1000),
			'billing.get_prepaid_credit': () => this.prepaidCredit,

			'sms.send': (p) => this.sendSms(p),
			'sms.get': (p) => {
				const found = this.sms.get(text(param(p, 0, 'id'), 'id'));
				if (!found) throw notFound('SMS');
				return found;
			},
			'sms.get_list': (p) => {
				const type = oneOf(param(p, 0, 'type'), 'type', ['IN', 'OUT']);
				const from = date(param(p, 1, 'from'), 'from');
				const to = date(param(p, 2, 'to'), 'to');
				return [...this.sms.values()].filter(
					(s) => s.type === type && String(s.date_creation) >= from && String(s.date_creation) <= to,
				);
			},

			'webhooks.subscribe': (p) => {
				const type = oneOf(param(p, 0, 'type'), 'type', EVENT_TYPES);
				const endpoint = text(param(p, 1, 'endpoint'), 'endpoint');
				if (!/^https?:\/\/\S+$/.test(endpoint)) throw invalid('endpoint', 'HTTP(S) URL expected');
				const options = this.webhookOptions(p[2]);
				const now = new Date().toISOString().slice(0, 23).replace('T', ' ');
				const hook: Webhook = {
					hash: this.newHash(),
					type,
					endpoint,
					options,
					status: 'ENABLED',
					created_at: now,
					updated_at: now,
				};
				this.webhooks.set(hook.hash, hook);
				return hook;
			},
			'webhooks.unsubscribe': (p) => {
				if (!this.webhooks.delete(text(param(p, 0, 'hash'), 'hash'))) throw notFound('Webhook');
				return true;
			},
			'webhooks.get_list': () => [...this.webhooks.values()],
			'webhooks.get_event_types': () => EVENT_TYPES,

			'clicktocall/calls.start_2': (p) => {
				const a = app(param(p, 0, 'app'), 'CLICKTOCALL10');
				const targets = (value: unknown, name: string) => {
					if (!Array.isArray(value) || value.length === 0) throw invalid(name, 'at least one target expected');
					return value.map((t, i) => target(t, `${name}[${i}]`));
				};
				const aTargets = targets(param(p, 1, 'a_targets'), 'a_targets');
				const bTargets = targets(param(p, 2, 'b_targets'), 'b_targets');
				const options = object(p[3], 'options');
				checkCallOptions(options);
				const schedule = options.schedule === undefined ? undefined : date(options.schedule, 'options.schedule');
				const started = !schedule || schedule <= callrDate();
				const status = (number: string, offset: bigint) => ({
					callid: BigInt('7205759403792793600') + offset,
					number,
					status: 'ANSWER',
					try: 1,
				});
				const call = {
					hash: this.newHash(),
					app: a,
					a_targets: aTargets,
					b_targets: bTargets,
					cli: options.cli ?? null,
					cdr_field: options.cdr_field ?? '',
					date_creation: callrDate(),
					date_scheduled: schedule ?? callrDate(),
					date_started: started ? callrDate() : null,
					date_update: callrDate(),
					a_status: started ? status(aTargets[0].number, BigInt(2 * this.counter)) : null,
					b_status: started ? status(bTargets[0].number, BigInt(2 * this.counter + 1)) : null,
				};
				this.clickToCalls.set(call.hash, call);
				return call.hash;
			},
			'clicktocall/calls.get_status': (p) => {
				const call = this.clickToCalls.get(text(param(p, 0, 'hash'), 'hash'));
				if (!call) throw notFound('Call');
				return call;
			},
			'clicktocall/calls.cancel': (p) => {
				const call = this.clickToCalls.get(text(param(p, 0, 'call'), 'call'));
				if (!call) throw notFound('Call');
				if (call.date_started) throw new RpcError(151, 'You cannot cancel a call that has already started');
				this.clickToCalls.delete(String(call.hash));
				return true;
			},
			'calls.broadcast_1': (p) => {
				const t = target(param(p, 0, 'target'), 'target');
				const messages = param(p, 1, 'messages');
				if (!Array.isArray(messages) || messages.length === 0)
					throw invalid('messages', 'at least one message expected');
				messages.forEach((m, i) => {
					if (typeof m === 'number') return void mediaById(m);
					const [kind, voice, ...words] = typeof m === 'string' ? m.split('|') : [];
					if (kind !== 'TTS' || !VOICES.includes(voice) || words.join('|') === '') {
						throw invalid(`messages[${i}]`, 'a media ID or "TTS|<voice>|<text>" expected');
					}
				});
				const options = object(p[2], 'options');
				checkCallOptions(options);
				if (options.loop !== undefined) int(options.loop, 'options.loop', 1, 10);
				const hash = this.newHash();
				this.calls.push({ hash, kind: 'broadcast', target: t, messages, options });
				return hash;
			},
			'calls.realtime': (p) => {
				const a = app(param(p, 0, 'app'), 'REALTIME10');
				const t = target(param(p, 1, 'target'), 'target');
				const options = object(p[2], 'options');
				checkCallOptions(options);
				const hash = this.newHash();
				this.calls.push({ hash, kind: 'realtime', app: a.hash, target: t, options });
				return hash;
			},
			'cdr.get': (p) => {
				const type = oneOf(param(p, 0, 'type'), 'type', ['IN', 'OUT']);
				const from = date(param(p, 1, 'from'), 'from');
				const to = date(param(p, 2, 'to'), 'to');
				const appHash = p[3] ?? null;
				const did = p[4] ?? null;
				return this.cdrs
					.filter((c) => c.type === type && String(c.start) >= from && String(c.start) <= to)
					.filter((c) => appHash === null || c.scenario_hash === appHash)
					.filter((c) => did === null || c.did_hash === did)
					.map(({ type: _type, ...cdr }) => cdr);
			},

			'did.search': (p) => {
				const filters = object(p[0], 'filters');
				const list = [...this.numbers.values()].filter((n) =>
					['class', 'type', 'hash'].every((k) => filters[k] === undefined || n[k] === filters[k]),
				);
				return this.search(list, p[1]);
			},
			'did/areacode.countries': () =>
				['FR', 'US'].map((code) => ({
					code,
					label: code === 'FR' ? 'France' : 'United States',
					available: this.available(code),
				})),
			'did/areacode.types': (p) => {
				const country = text(param(p, 0, 'country_code'), 'country_code');
				const types = [...new Set(this.areaCodes.filter((a) => a.country_code === country).map((a) => String(a.type)))];
				return types.map((code) => ({ code, label: code.toLowerCase(), available: this.available(country, code) }));
			},
			'did/areacode.get_list': (p) => {
				const country = text(param(p, 0, 'country_code'), 'country_code');
				const type = p[1] ?? null;
				return this.areaCodes.filter((a) => a.country_code === country && (type === null || a.type === type));
			},
			'did/store.get_quote': (p) => {
				const { area, numberClass, quantity } = this.storeParams(p);
				return {
					available: (area.available as Record<string, number>)[numberClass],
					...this.storeCost(numberClass, quantity),
				};
			},
			'did/store.reserve': (p) => {
				const { area, numberClass, quantity } = this.storeParams(p);
				oneOf(param(p, 3, 'mode'), 'mode', ['RANDOM']);
				const items = Array.from({ length: quantity }, (_, i) => {
					// 11 digits in all, like +331xxxxxxxx or +1212xxxxxxx
					const subscriber = String(this.counter * 10 + i).padStart(12 - String(area.intl_prefix).length, '0');
					return {
						hash: this.newHash(),
						intl_number: `${area.intl_prefix}${subscriber}`,
						local_number: `${area.local_prefix}${subscriber}`,
					};
				});
				const reservation = {
					token: randomBytes(16).toString('hex'),
					expire: callrDate(Date.now() + 600_000),
					items,
					numberClass,
					type: area.type,
					...this.storeCost(numberClass, quantity),
				};
				this.reservations.set(reservation.token, reservation);
				return this.visibleReservation(reservation);
			},
			'did/store.view_order': (p) => this.visibleReservation(this.reservation(p)),
			'did/store.cancel_order': (p) => {
				this.reservations.delete(String(this.reservation(p).token));
				return true;
			},
			'did/store.buy_order': (p) => {
				const reservation = this.reservation(p);
				this.reservations.delete(String(reservation.token));
				this.boughtInPeriod += (reservation.items as unknown[]).length;
				const items = reservation.items as Array<{ hash: string; intl_number: string; local_number: string }>;
				for (const item of items) {
					const did = this.addNumber(
						item.intl_number,
						String(reservation.type),
						String(reservation.numberClass),
						item.hash,
					);
					this.pushEvent('did.assigned', did);
				}
				return { contract: reservation.contract, cost: reservation.cost, errors: [], success: items };
			},
			'did/store.cancel_subscription': (p) => {
				const did = numberByHash(param(p, 0, 'did'));
				this.detachNumber(did);
				this.numbers.delete(String(did.hash));
				this.pushEvent('did.unassigned', did);
				return true;
			},
			'did/store.get_quota_status': () => ({
				assigned_count: this.numbers.size,
				assigned_max: this.storeQuota.assignedMax,
				quota_current_count: this.boughtInPeriod,
				quota_current_remaining: this.storeQuota.maxOverPeriod - this.boughtInPeriod,
				quota_max_over_period: this.storeQuota.maxOverPeriod,
				quota_period_days: this.storeQuota.periodDays,
			}),

			'apps.search': (p) => {
				const name = object(p[0], 'filters').name;
				const list = [...this.apps.values()].filter(
					(a) => typeof name !== 'string' || String(a.name).toLowerCase().includes(name.toLowerCase()),
				);
				return this.search(list, p[1]);
			},
			'apps.get_list': (p) => {
				const withNumbers = param(p, 0, 'with_numbers') === true;
				return [...this.apps.values()].map((a) => (withNumbers ? a : { ...a, did: [] }));
			},
			'apps.get': (p) => app(param(p, 0, 'hash')),
			'apps.delete': (p) => {
				this.apps.delete(String(app(param(p, 0, 'hash')).hash));
				return true;
			},
			'apps.create': (p) => {
				const type = oneOf(param(p, 0, 'type'), 'type', ['CALLTRACKING10', 'CLICKTOCALL10', 'REALTIME10']);
				const name = text(param(p, 1, 'name'), 'name');
				const params = appParams(type, p[2]);
				const created = this.addApp(name, type as 'CALLTRACKING10' | 'CLICKTOCALL10' | 'REALTIME10');
				created.p = params;
				return created;
			},
			'apps.edit': (p) => {
				const found = app(param(p, 0, 'hash'));
				const name = p[1] ?? null;
				const params = appParams(String((found.package as Json).name), param(p, 2, 'params'));
				Object.assign(
					found,
					{ p: params, date_update: callrDate() },
					name === null ? {} : { name: text(name, 'name') },
				);
				return found;
			},
			'apps.assign_did': (p) => {
				const target = app(param(p, 0, 'app'));
				if (!(target.package as Json).has_did) throw new RpcError(205, 'This Voice App cannot be assigned a DID');
				const did = numberByHash(param(p, 1, 'did'));
				this.detachNumber(did);
				did.app = target.hash;
				(target.did as Json[]).push(did);
				return true;
			},
			'apps.remove_did': (p) => {
				this.detachNumber(numberByHash(param(p, 0, 'did')));
				return true;
			},

			'media/library.get_list': (p) => {
				const categories = p[0] ?? null;
				const list = [...this.media.values()].filter(
					(m) => categories === null || (m.category as string[]).some((c) => (categories as string[]).includes(c)),
				);
				return Object.fromEntries(list.map((m) => [String(m.id), m]));
			},
			'media/library.get': (p) => mediaById(param(p, 0, 'id')),
			'media/library.create': (p) => this.addMedia(text(param(p, 0, 'name'), 'name')).id,
			'media/tts.set_content': (p) => {
				const media = mediaById(param(p, 0, 'id'));
				const content = text(param(p, 1, 'text'), 'text');
				const voice = oneOf(param(p, 2, 'voice'), 'voice', VOICES);
				const options = object(p[3], 'options');
				if (options.rate !== undefined) int(options.rate, 'options.rate', 1, 100);
				Object.assign(media, {
					content,
					voice,
					status: 'READY',
					duration: Math.ceil(content.length / 12),
					url: `https://media.callr.example/${media.id}.mp3`,
				});
				return true;
			},
			'sendr/10/campaign.get': (p) => campaignById(p),
			'sendr/10/campaign.start': (p) => setCampaignState(p, 'STARTED', ['CREATED', 'PAUSED']),
			'sendr/10/campaign.pause': (p) => setCampaignState(p, 'PAUSED', ['STARTED']),
			'sendr/10/campaign.stop': (p) => setCampaignState(p, 'STOPPED', ['STARTED', 'PAUSED']),
			'sendr/10/campaign.delete': (p) => {
				const campaign = campaignById(p);
				if ((campaign.status as Json).state === 'STARTED')
					throw invalid('id', 'a running campaign cannot be deleted, stop it first');
				this.campaigns.delete(String(campaign.hash));
				return true;
			},

			'media/library.set_content': (p) => {
				const media = mediaById(param(p, 0, 'id'));
				const content = text(param(p, 1, 'text'), 'text', true);
				const audio = Buffer.from(text(param(p, 2, 'audio_data'), 'audio_data'), 'base64');
				if (audio.toString('latin1', 0, 4) !== 'RIFF' || audio.toString('latin1', 8, 12) !== 'WAVE')
					throw invalid('audio_data', 'base64 WAV audio expected');
				// 16-bit 48 kHz mono, the recommended format: 96,000 bytes a second after the 44-byte header.
				Object.assign(media, { content, voice: '', status: 'PENDING_CONVERSION', duration: 0, url: '' });
				this.later(this.mediaConversionMs, () => {
					if (!this.media.has(Number(media.id))) return;
					Object.assign(media, {
						status: 'READY',
						duration: Math.max(1, Math.round((audio.length - 44) / 96_000)),
						url: `https://media.callr.example/${media.id}.mp3`,
					});
					this.pushEvent('media.library.status_update', media);
				});
				return true;
			},
			'media/library.delete': (p) => {
				this.media.delete(Number(mediaById(param(p, 0, 'id')).id));
				return true;
			},
		};
	}

	private webhookOptions(value: unknown): Json {
		const options = object(value, 'options');
		if (options.format !== undefined) oneOf(options.format, 'options.format', ['JSON']);
		if (options.hmac_algo !== undefined)
			oneOf(options.hmac_algo, 'options.hmac_algo', ['MD5', 'SHA1', 'SHA256', 'SHA512']);
		if (options.hmac_secret !== undefined) {
			const secret = text(options.hmac_secret, 'options.hmac_secret');
			if (secret.length < 8 || secret.length > 1024) throw invalid('options.hmac_secret', 'length 8..1024');
		}
		return { format: 'JSON', ...options };
	}

	private reservation(p: unknown[]): Json {
		const found = this.reservations.get(text(param(p, 0, 'token'), 'token'));
		if (!found) throw invalid('token', 'unknown or expired order token');
		return found;
	}

	/** A reservation as CALLR shows it, without what the simulator keeps for the purchase. */
	private visibleReservation(reservation: Json): Json {
		const { numberClass: _c, type: _t, ...visible } = reservation;
		return visible;
	}

	/** Takes a number off the Voice App it is assigned to. */
	private detachNumber(did: Json): void {
		const owner = did.app === null ? undefined : this.apps.get(String(did.app));
		if (owner) owner.did = (owner.did as Json[]).filter((n) => n.hash !== did.hash);
		did.app = null;
	}

	private available(country: string, type?: string) {
		const codes = this.areaCodes.filter((a) => a.country_code === country && (!type || a.type === type));
		const sum = (k: string) => codes.reduce((n, a) => n + (a.available as Record<string, number>)[k], 0);
		return { CLASSIC: sum('CLASSIC'), GOLD: sum('GOLD') };
	}

	private storeParams(p: unknown[]) {
		const area = this.areaCodes.find((a) => a.id === int(param(p, 0, 'area_code_id'), 'area_code_id', 0));
		if (!area) throw invalid('area_code_id', 'unknown area code');
		const numberClass = oneOf(param(p, 1, 'class'), 'class', ['CLASSIC', 'GOLD']);
		const quantity = int(
			param(p, 2, 'quantity'),
			'quantity',
			1,
			(area.available as Record<string, number>)[numberClass],
		);
		return { area, numberClass, quantity };
	}

	private storeCost(numberClass: string, quantity: number) {
		const unit = numberClass === 'GOLD' ? 1500 : 100;
		return {
			contract: { billing_mode: 'PREPAID', duration_month: 1, end_date: callrDate(Date.now() + 30 * 86_400_000) },
			cost: {
				amount_unit: unit.toFixed(2),
				amount_per_month: (unit * quantity).toFixed(2),
				amount_prepaid_debit: (unit * quantity).toFixed(2),
				discount_percent: 0,
				quantity,
				quantity_paying: quantity,
			},
		};
	}

	private sendSms(p: unknown[]): string {
		const from = text(param(p, 0, 'from'), 'from', true);
		const ownNumbers = [...this.numbers.values()].map((n) => n.intl_number);
		if (from !== '' && !(this.authorizedSenders.has(from) || ownNumbers.includes(from))) {
			if (!SMS_SENDER.test(from))
				throw invalid('from', 'a-zA-Z0-9, space, dash, underscore, 1 to 11 characters, one letter at least');
			throw new RpcError(100, `This feature is not allowed. Sender "${from}" is not authorized`);
		}
		const to = phone(param(p, 1, 'to'), 'to');
		const body = text(param(p, 2, 'body'), 'body');
		const options = object(p[3], 'options');
		if (options.nature !== undefined) oneOf(options.nature, 'options.nature', ['ALERTING', 'MARKETING']);
		if (options.force_encoding !== undefined)
			oneOf(options.force_encoding, 'options.force_encoding', ['GSM', 'UNICODE']);
		if (
			options.user_data !== undefined &&
			!(typeof options.user_data === 'string' && CDR_FIELD.test(options.user_data))
		) {
			throw invalid('options.user_data', '32 alphanumeric characters maximum');
		}
		if (options.flash_message !== undefined && typeof options.flash_message !== 'boolean') {
			throw invalid('options.flash_message', 'boolean expected');
		}
		const webhook = options.webhook === undefined ? undefined : object(options.webhook, 'options.webhook');
		if (webhook && !/^https?:\/\/\S+$/.test(String(webhook.endpoint ?? '')))
			throw invalid('options.webhook.endpoint', 'HTTP(S) URL expected');
		if (webhook?.options !== undefined) this.webhookOptions(webhook.options);

		const encoding = (options.force_encoding as string) ?? (/^[\x20-\x7E\n\r]*$/.test(body) ? 'GSM' : 'UNICODE');
		const [single, part] = encoding === 'GSM' ? [160, 153] : [70, 67];
		const now = callrDate();
		const sms: Json = {
			hash: this.newHash(),
			type: 'OUT',
			from: from === '' ? '+33700000000' : from,
			to,
			text: body,
			status: 'CREATED',
			status_error: '',
			nature: options.nature ?? 'ALERTING',
			encoding,
			parts: body.length <= single ? 1 : Math.ceil(body.length / part),
			options,
			user_data: options.user_data ?? '',
			date_creation: now,
			date_update: now,
			date_sent: null,
			date_received: null,
			b_customer_debit: '6.50',
			b_customer_mode: 'PREPAID',
		};
		this.sms.set(String(sms.hash), sms);
		// Numbers ending in 0000 cannot be reached: the message ends FAILED.
		const path = to.endsWith('0000') ? ['PENDING', 'SENT', 'FAILED'] : ['PENDING', 'SENT', 'RECEIVED'];
		path.forEach((status, i) => this.later((i + 1) * this.smsStatusStepMs, () => this.setSmsStatus(sms, status)));
		return String(sms.hash);
	}

	/** Moves an SMS to a status and pushes sms.mt.status_update (subscriptions and the SMS's own webhook). */
	setSmsStatus(sms: Json, status: string): void {
		if (!SMS_STATUSES.includes(status)) throw new Error(`Unknown SMS status ${status}`);
		const now = callrDate();
		Object.assign(sms, { status, date_update: now });
		if (status === 'SENT') sms.date_sent = now;
		if (status === 'RECEIVED') sms.date_received = now;
		if (status === 'FAILED') sms.status_error = 'Unreachable number';
		this.pushEvent('sms.mt.status_update', sms);
		const webhook = (sms.options as Json).webhook as Json | undefined;
		if (webhook)
			this.push(String(webhook.endpoint), 'sms.mt.status_update', sms, object(webhook.options, 'options'), null);
	}

	/** An inbound SMS (MO) to one of the account's numbers. */
	receiveSms(from: string, to: string, body: string): Json {
		const now = callrDate();
		const sms: Json = {
			hash: this.newHash(),
			type: 'IN',
			from,
			to,
			text: body,
			status: 'RECEIVED',
			status_error: '',
			nature: 'ALERTING',
			encoding: 'GSM',
			parts: 1,
			options: {},
			user_data: '',
			date_creation: now,
			date_update: now,
			date_sent: now,
			date_received: now,
		};
		this.sms.set(String(sms.hash), sms);
		this.pushEvent('sms.mo', sms);
		return sms;
	}

	/** Pushes an event to every ENABLED subscription of its type. */
	pushEvent(type: string, data: Json): void {
		for (const hook of this.webhooks.values()) {
			if (hook.type === type && hook.status === 'ENABLED')
				this.push(hook.endpoint, type, data, hook.options, hook.hash);
		}
	}

	/** One event to one endpoint, signed when the subscription has a secret, with CALLR's retries (`try`). */
	private push(url: string, type: string, data: Json, options: Json, hookHash: string | null): void {
		const eventId = `${Date.now()}${randomBytes(8).toString('hex')}`;
		const snapshot = structuredClone(data);
		const run = async () => {
			for (let attempt = 0; attempt < this.webhookMaxTries; attempt++) {
				if (attempt > 0) await new Promise((r) => setTimeout(r, this.webhookRetryDelayMs));
				const event = {
					data: snapshot,
					event_at: new Date().toISOString(),
					event_id: eventId,
					hook_hash: hookHash,
					try: attempt,
					type,
				};
				const record = this.signedPush(url, event, options);
				if ((await this.sendPush(record)).delivered) return;
			}
			const hook = hookHash ? this.webhooks.get(hookHash) : undefined;
			if (hook) hook.status = 'DISABLED_SYSTEM';
		};
		this.track(run());
	}

	/** The push CALLR would send for an event (recorded in `pushes`, not sent). */
	signedPush(url: string, event: Json, options: Json): Push {
		const rawBody = Buffer.from(serialize(event));
		const headers: Record<string, string> = {
			'user-agent': 'CALLR/API 0.9942',
			'x-callr-eventid': String(event.event_id),
		};
		if (typeof options.hmac_secret === 'string') {
			const algorithm = String(options.hmac_algo ?? 'SHA256').toLowerCase();
			headers['x-callr-hmacsignature'] = createHmac(algorithm, options.hmac_secret).update(rawBody).digest('base64');
		}
		const record = { url, rawBody, headers, event };
		this.pushes.push(record);
		return record;
	}

	/** Sends a recorded push again, unchanged: a replay. */
	replay(push: Push) {
		return this.sendPush(push);
	}

	/** A push signed with the wrong secret, or a tampered body under the original signature. */
	forge(push: Push, how: { secret?: string; body?: Json }): Push {
		const rawBody = how.body ? Buffer.from(serialize(how.body)) : push.rawBody;
		const headers = { ...push.headers };
		if (how.secret)
			headers['x-callr-hmacsignature'] = createHmac('sha256', how.secret).update(rawBody).digest('base64');
		const record = { url: push.url, rawBody, headers, event: how.body ?? push.event };
		this.pushes.push(record);
		this.track(this.sendPush(record).then(() => undefined));
		return record;
	}

	private sendPush(push: Push) {
		return this.deliver(push.url, { body: push.rawBody, headers: push.headers, maxAttempts: 1, timeoutMs: 5000 });
	}

	private later(ms: number, fn: () => void): void {
		const timer = setTimeout(() => {
			this.timers.delete(timer);
			fn();
		}, ms);
		this.timers.add(timer);
	}

	private track(task: Promise<void>): void {
		this.running.add(task);
		void task.finally(() => this.running.delete(task));
	}

	/** Resolves when no timer-driven change or push is pending. */
	async idle(): Promise<void> {
		while (this.running.size > 0) await Promise.allSettled([...this.running]);
		await this.settled();
	}

	async stop(): Promise<void> {
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
		await this.idle();
		await super.stop();
	}
}
