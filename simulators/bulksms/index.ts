/**
 * The BulkSMS JSON REST API v1 (../shared/reference/bulksms.md): Basic auth with a username/password or an API token,
 * the documented error object, sends with `deduplication-id`, `id<` paging whose `limit` is not a guarantee, status
 * progression, received messages, blocked numbers, webhook CRUD with the `[]` validation ping, and webhook
 * invocations in batches (≤ 10 for MANY), retried one message at a time, discarded on 4xx.
 */
import { analyzeSmsText } from '../../nodes/shared/text';
import { basicCredentials, Simulator } from '..';
import type { SimRequest, SimResponse } from '..';

export const ERRORS_URL = 'https://developer.bulksms.com/json/v1/errors';

export interface SimMessage {
	id: string;
	type: 'SENT' | 'RECEIVED';
	from?: string;
	to: string;
	body: string;
	encoding: 'TEXT' | 'UNICODE' | 'BINARY';
	protocolId: number;
	messageClass: number;
	numberOfParts: number;
	creditCost: number;
	submission: { id: string; date: string };
	status: { id: string; type: string; subtype: string | null };
	relatedSentMessageId?: string;
	userSuppliedId?: string;
	/** Not part of the API: whether replies link to this message, and when a scheduled one goes out. */
	repliable: boolean;
	sendAt: number;
	deliveryReports: 'ALL' | 'ERRORS' | 'NONE';
}

export interface SimWebhook {
	id: number;
	name: string;
	url: string;
	triggerScope: 'SENT' | 'RECEIVED';
	active: boolean;
	onWebApp: boolean;
	contactEmailAddress: string | null;
	invokeOption: 'ONE' | 'MANY';
}

export interface WebhookCall {
	hookId: number;
	url: string;
	messageIds: string[];
	status?: number;
	/** What BulkSMS does with the messages after this call. */
	outcome: 'delivered' | 'retry' | 'discarded';
}

const MESSAGE_CLASSES: Record<string, number> = { FLASH_SMS: 0, ME_SPECIFIC: 1, SIM_SPECIFIC: 2, TE_SPECIFIC: 3 };
const PROTOCOL_IDS: Record<string, number> = {
	IMPLICIT: 0,
	SHORT_MESSAGE_TYPE_0: 64,
	...Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((n) => [`REPLACE_MESSAGE_${n}`, 64 + n])),
	RETURN_CALL: 95,
	ME_DOWNLOAD: 125,
	ME_DEPERSONALIZE: 126,
	SIM_DOWNLOAD: 127,
};
const ENCODINGS = ['TEXT', 'UNICODE', 'BINARY'];
const DELIVERY_REPORTS = ['ALL', 'ERRORS', 'NONE'];
const ROUTING_GROUPS = ['ECONOMY', 'STANDARD', 'PREMIUM'];
const STATUS_TYPES = ['ACCEPTED', 'SCHEDULED', 'SENT', 'DELIVERED', 'UNKNOWN', 'FAILED'];
const DATE_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const DEDUPLICATION_TTL_MS = 12 * 3600_000;

class ApiError extends Error {
	constructor(readonly response: SimResponse) {
		super(String((response.body as { title?: string }).title));
	}
}

function errorBody(status: number, title: string, fragment: string, detail?: string) {
	const type = fragment === 'insufficient-credits' ? `${ERRORS_URL}#${fragment}` : `${ERRORS_URL}/#${fragment}`;
	return { type, title, status, ...(detail !== undefined ? { detail: `${detail}\n` } : {}) };
}

const badRequest = (detail: string) =>
	new ApiError({ status: 400, body: errorBody(400, 'Bad Request', 'bad-request', detail) });
const notFound = (detail: string) =>
	new ApiError({ status: 404, body: errorBody(404, 'Not Found', 'not-found', detail) });

/** Compares numeric id strings without losing precision. */
const compareIds = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
const digitsOf = (phone: string) => phone.replace(/^\+/, '');

/** Renders `{F0###}` field templates: the placeholder's length is the value's maximum length. */
function renderFields(body: string, fields: string[] | undefined): string {
	return body.replace(/\{F(\d+)#*\}/g, (placeholder, index: string) =>
		(fields?.[Number(index)] ?? '').slice(0, placeholder.length),
	);
}

export class BulkSmsSimulator extends Simulator {
	static readonly defaults = {
		username: 'sandbox-user',
		password: 'sandbox-password-7Kq2',
		tokenId: '5A1E0C1F2B3D4E5F60718293A4B5C6D7-01-B',
		tokenSecret: '9jSbVDK20!MXdfRGiIIFu#ffUE8*S',
	};

	readonly messages: SimMessage[] = [];

	readonly webhooks = new Map<number, SimWebhook>();

	readonly blockedNumbers: Array<{ id: number; phoneNumber: string }> = [];

	/** Phonebook groups that `to: {type: "GROUP"}` expands. */
	readonly groups = new Map<string, { id: string; name: string; members: string[] }>();

	/** Every webhook invocation, including validation pings (empty `messageIds`). */
	readonly webhookCalls: WebhookCall[] = [];

	credits = 100_000;

	quota = { size: 500_000, remaining: 500_000 };

	/** Phone numbers (digits) whose messages fail, with the failure subtype; 1111111 is BulkSMS's test number. */
	readonly failingNumbers = new Map<string, string>([['1111111', 'NOT_SENT']]);

	/** Each message moves one status step after this long; undefined: only `advanceStatuses()` moves them. */
	statusStepMs: number | undefined;

	/** Answer one message fewer than `limit` when more are left, as BulkSMS may ("limit is not a guarantee"). */
	underfillPages = false;

	/** Attempts per message when an invocation fails, and the wait between them. */
	webhookAttempts = 3;

	webhookRetryDelayMs = 20;

	/** The older documentation's rule: the webhook endpoints refuse API tokens (403). */
	webhooksRefuseTokens = false;

	/** Where an invocation really goes (tests route n8n's webhook URLs to their own listener). */
	webhookTarget: (url: string) => string = (url) => url;

	private nextMessageId = 4023457000;

	private nextSubmission = 522347562;

	private nextHookId = 230;

	private nextBlockedId = 1;

	private readonly deduplication = new Map<string, { at: number; body: unknown }>();

	private readonly timers = new Set<ReturnType<typeof setTimeout>>();

	private readonly invocations = new Set<Promise<void>>();

	constructor(
		readonly account = BulkSmsSimulator.defaults,
		options: { seed?: number } = {},
	) {
		super('bulksms', options);
		const api = (
			method: string,
			path: string,
			handler: (req: SimRequest, params: Record<string, string>) => SimResponse | Promise<SimResponse>,
		) =>
			this.route(method, `/v1${path}`, async (req, params) => {
				try {
					return await handler(req, params);
				} catch (error) {
					if (error instanceof ApiError) return error.response;
					throw error;
				}
			});
		api('POST', '/messages', (req) => this.sendMessages(req));
		api('GET', '/messages/send', (req) =>
			this.submit([{ to: req.query.to, body: req.query.body }], req.query['deduplication-id'], {}),
		);
		api('GET', '/messages', (req) => ({ status: 200, body: this.list(req.query) }));
		api('GET', '/messages/:id', (_req, { id }) => {
			const message = this.messages.find((m) => m.id === id);
			if (!message) throw notFound(`Message with id '${id}' does not exist`);
			return { status: 200, body: this.view(message) };
		});
		api('GET', '/messages/:id/relatedReceivedMessages', (_req, { id }) => ({
			status: 200,
			body: this.messages
				.filter((m) => m.type === 'RECEIVED' && m.relatedSentMessageId === id)
				.map((m) => this.view(m)),
		}));
		api('GET', '/profile', () => ({ status: 200, body: this.profile() }));
		api('GET', '/blocked-numbers', (req) => ({ status: 200, body: this.listBlocked(req.query) }));
		api('POST', '/blocked-numbers', (req) => this.block(req.body));
		api('GET', '/webhooks', () => ({ status: 200, body: [...this.webhooks.values()].map((h) => this.viewHook(h)) }));
		api('POST', '/webhooks', async (req) => ({ status: 200, body: this.viewHook(await this.saveHook(req.body)) }));
		api('GET', '/webhooks/:id', (_req, { id }) => ({ status: 200, body: this.viewHook(this.hook(id)) }));
		api('POST', '/webhooks/:id', async (req, { id }) => ({
			status: 200,
			body: this.viewHook(await this.saveHook(req.body, this.hook(id))),
		}));
		api('DELETE', '/webhooks/:id', (_req, { id }) => {
			this.webhooks.delete(this.hook(id).id);
			return { status: 200 };
		});
	}

	/** The base URL a credential uses. */
	get apiUrl(): string {
		return `${this.baseUrl}/v1`;
	}

	protected authenticate(req: SimRequest): SimResponse | undefined {
		const given = basicCredentials(req);
		const { username, password, tokenId, tokenSecret } = this.account;
		const token = given?.user === tokenId && given.password === tokenSecret;
		if (token && this.webhooksRefuseTokens && req.path.startsWith('/v1/webhooks')) {
			const detail = 'The Webhooks API requires a username and password and does not work with an API Token';
			return { status: 403, body: errorBody(403, 'Forbidden', 'forbidden', detail) };
		}
		if (token || (given?.user === username && given.password === password)) return undefined;
		return { status: 401, body: errorBody(401, 'Unauthorized', 'unauthorized', 'Invalid credentials') };
	}

	protected notFound(req: SimRequest): SimResponse {
		return { status: 404, body: errorBody(404, 'Not Found', 'not-found', `No resource at ${req.path}`) };
	}

	// ---- messages ----

	private sendMessages(req: SimRequest): SimResponse {
		if (req.parseError) throw badRequest(`The request body is not valid JSON: ${req.parseError}`);
		const form = String(req.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded');
		const body = req.body as Record<string, unknown> | unknown[] | undefined;
		if (body === undefined || body === null || typeof body !== 'object') throw badRequest('A request body is required');
		const entries = Array.isArray(body) ? body : [body];
		const deduplicationId = form ? (body as Record<string, string>)['deduplication-id'] : req.query['deduplication-id'];
		return this.submit(entries, deduplicationId, form ? {} : req.query);
	}

	private submit(entries: unknown[], deduplicationId: string | undefined, query: Record<string, string>): SimResponse {
		let dedupKey: string | undefined;
		if (deduplicationId !== undefined) {
			const n = Number(deduplicationId);
			if (!/^-?\d+$/.test(deduplicationId) || n < -(2 ** 31) || n >= 2 ** 31) {
				throw badRequest(`deduplication-id '${deduplicationId}' is not a 32-bit integer`);
			}
			dedupKey = `${this.account.username}:${n}`;
			const seen = this.deduplication.get(dedupKey);
			// A resubmission is answered like the original; nothing is sent again.
			if (seen && Date.now() - seen.at < DEDUPLICATION_TTL_MS) return { status: 201, body: seen.body };
		}
		const autoUnicode = this.booleanQuery(query, 'auto-unicode');
		let sendAt = Date.now();
		if (query['schedule-date'] !== undefined) {
			if (!DATE_WITH_OFFSET.test(query['schedule-date'])) {
				throw badRequest(`schedule-date '${query['schedule-date']}' is not a date with a UTC offset`);
			}
			sendAt = Date.parse(query['schedule-date']);
		}
		const drafts = entries.flatMap((entry, index) => this.draft(entry, index, autoUnicode, sendAt));
		const cost = drafts.reduce((sum, m) => sum + m.creditCost, 0);
		if (cost > this.credits || drafts.length > this.quota.remaining) {
			throw new ApiError({ status: 403, body: errorBody(403, 'Insufficient Credits', 'insufficient-credits') });
		}
		this.credits -= cost;
		this.quota.remaining -= drafts.length;
		const submission = { id: `1-${String(this.nextSubmission++).padStart(20, '0')}`, date: new Date().toISOString() };
		const created = drafts.map((draft) => ({ ...draft, id: String(this.nextMessageId++), submission }));
		this.messages.push(...created);
		this.scheduleSteps(created);
		// creditCost and numberOfParts "do not have a value in the submission response"
		const body = created.map(({ creditCost: _c, numberOfParts: _n, ...m }) => this.view(m as SimMessage));
		if (dedupKey) this.deduplication.set(dedupKey, { at: Date.now(), body });
		return { status: 201, body };
	}

	private booleanQuery(query: Record<string, string>, name: string): boolean {
		const value = query[name];
		if (value === undefined) return false;
		if (value !== 'true' && value !== 'false') throw badRequest(`${name} must be true or false`);
		return value === 'true';
	}

	/** Validates one SubmissionEntry and turns it into the messages it creates (not yet stored). */
	private draft(
		raw: unknown,
		index: number,
		autoUnicode: boolean,
		sendAt: number,
	): Array<Omit<SimMessage, 'id' | 'submission'>> {
		const where = `entry ${index}`;
		if (!raw || typeof raw !== 'object') throw badRequest(`${where}: a SubmissionEntry object is required`);
		const entry = raw as Record<string, unknown>;
		if (entry.to === undefined || entry.to === null || entry.to === '') throw badRequest(`${where}: to is required`);
		if (typeof entry.body !== 'string' || entry.body === '') throw badRequest(`${where}: body is required`);
		const pick = <T extends string>(field: string, allowed: string[], fallback: T): T => {
			const value = entry[field] ?? fallback;
			if (!allowed.includes(String(value)))
				throw badRequest(`${where}: ${field} '${String(value)}' is not one of ${allowed.join(', ')}`);
			return value as T;
		};
		let encoding = pick<'TEXT' | 'UNICODE' | 'BINARY'>('encoding', ENCODINGS, 'TEXT');
		const deliveryReports = pick<'ALL' | 'ERRORS' | 'NONE'>('deliveryReports', DELIVERY_REPORTS, 'ALL');
		pick('routingGroup', ROUTING_GROUPS, 'STANDARD');
		const mnemonic = (field: string, table: Record<string, number>, fallback: number) => {
			const value = entry[field];
			if (value === undefined) return fallback;
			if (typeof value === 'string' && value in table) return table[value];
			if (Number.isInteger(Number(value)) && Object.values(table).includes(Number(value))) return Number(value);
			throw badRequest(`${where}: ${field} '${String(value)}' is not valid`);
		};
		const messageClass = mnemonic('messageClass', MESSAGE_CLASSES, 2);
		const protocolId = mnemonic('protocolId', PROTOCOL_IDS, 0);
		const maxParts = entry.longMessageMaxParts ?? 3;
		if (!Number.isInteger(maxParts) || (maxParts as number) < 1)
			throw badRequest(`${where}: longMessageMaxParts must be a positive integer`);
		if (entry.userSuppliedId !== undefined && String(entry.userSuppliedId).length > 20) {
			throw badRequest(`${where}: userSuppliedId can contain no more than 20 characters`);
		}
		if (encoding === 'BINARY' && !/^([0-9a-fA-F]{2})+$/.test(entry.body))
			throw badRequest(`${where}: a BINARY body must be hex digits`);
		if (encoding === 'TEXT' && autoUnicode && analyzeSmsText(entry.body).encoding === 'UCS-2') encoding = 'UNICODE';
		const { from, repliable } = this.sender(entry.from, where);
		const initial = sendAt > Date.now() ? 'SCHEDULED' : 'ACCEPTED';
		return this.recipients(entry.to, where).map(({ address, fields }) => {
			const body = renderFields(entry.body as string, fields);
			const parts = this.partsOf(body, encoding);
			return {
				type: 'SENT' as const,
				from,
				to: digitsOf(address),
				body,
				encoding,
				protocolId,
				messageClass,
				numberOfParts: parts,
				creditCost: parts,
				status: { id: `${initial}.null`, type: initial, subtype: null },
				...(entry.userSuppliedId !== undefined ? { userSuppliedId: String(entry.userSuppliedId) } : {}),
				repliable,
				sendAt,
				deliveryReports,
			};
		});
	}

	private partsOf(body: string, encoding: string): number {
		if (encoding === 'BINARY') return Math.max(1, Math.ceil(body.length / 2 / 134));
		// Without auto-unicode, TEXT replaces characters outside GSM 03.38 by '?'.
		const nonGsm = new Set(analyzeSmsText(body).nonGsmCharacters);
		const analysis = analyzeSmsText(
			encoding === 'TEXT' ? [...body].map((ch) => (nonGsm.has(ch) ? '?' : ch)).join('') : body,
		);
		if (encoding === 'UNICODE' && analysis.encoding === 'GSM-7')
			return body.length <= 70 ? 1 : Math.ceil(body.length / 67);
		return Math.max(1, analysis.segments);
	}

	private sender(from: unknown, where: string): { from: string; repliable: boolean } {
		if (from === undefined || from === null) return { from: '27000000001', repliable: true };
		const spec =
			typeof from === 'string' ? { type: undefined, address: from } : (from as { type?: string; address?: string });
		const address = spec.address ?? '';
		const type = spec.type ?? (!address.startsWith('+') && /\D/.test(address) ? 'ALPHANUMERIC' : 'INTERNATIONAL');
		if (type === 'REPLIABLE') return { from: '27000000001', repliable: true };
		const valid =
			(type === 'INTERNATIONAL' && /^\+?\d{7,15}$/.test(address)) ||
			(type === 'ALPHANUMERIC' && address.length >= 1 && address.length <= 11) ||
			(type === 'SHORTCODE' && /^\d{1,6}$/.test(address));
		if (!valid) throw badRequest(`${where}: from '${address}' is not a valid ${type} address`);
		return { from: digitsOf(address), repliable: false };
	}

	private recipients(to: unknown, where: string): Array<{ address: string; fields?: string[] }> {
		const list = Array.isArray(to) ? to : [to];
		return list.flatMap((recipient) => {
			const spec =
				typeof recipient === 'string'
					? { type: 'INTERNATIONAL', address: recipient }
					: (recipient as Record<string, unknown>);
			if ((spec.type ?? 'INTERNATIONAL') === 'GROUP') {
				const group = [...this.groups.values()].find((g) => g.id === spec.id || g.name === spec.name);
				if (!group) throw badRequest(`${where}: group '${String(spec.name ?? spec.id)}' does not exist`);
				return group.members.map((address) => ({ address }));
			}
			const address = String(spec.address ?? '');
			if (!/^\+?[1-9]\d{3,14}$/.test(address))
				throw badRequest(`${where}: to address '${address}' is not a valid phone number`);
			return [{ address, fields: spec.fields as string[] | undefined }];
		});
	}

	view(message: SimMessage): Record<string, unknown> {
		const { repliable: _r, sendAt: _s, deliveryReports: _d, ...visible } = message;
		return JSON.parse(JSON.stringify(visible));
	}

	private list(query: Record<string, string>): Array<Record<string, unknown>> {
		const sortOrder = query.sortOrder ?? 'DESCENDING';
		if (sortOrder !== 'ASCENDING' && sortOrder !== 'DESCENDING')
			throw badRequest(`sortOrder '${sortOrder}' is not valid`);
		const limit = query.limit === undefined ? 1000 : Number(query.limit);
		if (!Number.isInteger(limit) || limit < 1) throw badRequest(`limit '${query.limit}' is not a positive integer`);
		const tests = (query.filter ?? '')
			.split('&')
			.filter((clause) => clause !== '')
			.map((clause) => this.filterClause(clause));
		const matching = this.messages
			.filter((m) => tests.every((test) => test(m)))
			.sort((a, b) => (sortOrder === 'ASCENDING' ? compareIds(a.id, b.id) : compareIds(b.id, a.id)));
		let page = matching.slice(0, limit);
		if (this.underfillPages && matching.length > limit) page = page.slice(0, -1);
		return page.map((m) => this.view(m));
	}

	private filterClause(clause: string): (m: SimMessage) => boolean {
		const match = /^([A-Za-z.]+)(<=|>=|<|>|=)(.*)$/.exec(clause);
		if (!match) throw badRequest(`The filter clause '${clause}' is not valid`);
		const [, field, op, value] = match;
		const ordered = (compare: number) =>
			op === '='
				? compare === 0
				: op === '<'
					? compare < 0
					: op === '>'
						? compare > 0
						: op === '<='
							? compare <= 0
							: compare >= 0;
		const equalsOnly = (get: (m: SimMessage) => string | undefined, allowed?: string[]) => {
			if (op !== '=') throw badRequest(`The filter field '${field}' only takes '='`);
			if (allowed && !allowed.includes(value)) throw badRequest(`'${value}' is not a valid value for ${field}`);
			return (m: SimMessage) => get(m) === value;
		};
		switch (field) {
			case 'id':
				if (!/^[1-9]\d*$/.test(value)) throw badRequest(`'${value}' is not a valid id`);
				return (m) => ordered(compareIds(m.id, value));
			case 'type':
				return equalsOnly((m) => m.type, ['SENT', 'RECEIVED']);
			case 'submission.id':
				return equalsOnly((m) => (m.type === 'SENT' ? m.submission.id : undefined));
			case 'status.type':
				return equalsOnly((m) => m.status.type, STATUS_TYPES);
			case 'status.id':
				return equalsOnly((m) => m.status.id);
			case 'userSuppliedId':
				return equalsOnly((m) => (m.type === 'SENT' ? m.userSuppliedId : undefined));
			case 'submission.date': {
				if (op === '=' || !DATE_WITH_OFFSET.test(value))
					throw badRequest(`submission.date takes <, <=, > or >= and a date with an offset`);
				const at = Date.parse(value);
				return (m) => ordered(Date.parse(m.submission.date) - at);
			}
			default:
				throw badRequest(`'${field}' is not a valid filter field`);
		}
	}

	// ---- status progression and received messages ----

	private scheduleSteps(messages: SimMessage[]): void {
		if (this.statusStepMs === undefined || messages.length === 0) return;
		const timer = setTimeout(() => {
			this.timers.delete(timer);
			const moving = messages.filter((m) => this.step(m));
			this.notify('SENT', moving);
			this.scheduleSteps(moving);
		}, this.statusStepMs);
		this.timers.add(timer);
	}

	/** Moves one status step: ACCEPTED/SCHEDULED (when due) → SENT → DELIVERED or FAILED.<subtype>. */
	private step(message: SimMessage): boolean {
		const set = (type: string, subtype: string | null = null) => {
			message.status = { id: `${type}.${subtype ?? 'null'}`, type, subtype };
		};
		const { type } = message.status;
		if ((type === 'ACCEPTED' || type === 'SCHEDULED') && message.sendAt <= Date.now()) set('SENT');
		else if (type === 'SENT') {
			const failure = this.blockedNumbers.some((b) => b.phoneNumber === message.to)
				? 'BLOCKED'
				: this.failingNumbers.get(message.to);
			if (failure) set('FAILED', failure);
			else set('DELIVERED');
		} else return false;
		return true;
	}

	/** Moves sent messages (all, or those `which` picks) one status step now and invokes the SENT webhooks for them. */
	advanceStatuses(which: (message: SimMessage) => boolean = () => true): SimMessage[] {
		const moved = this.messages.filter((m) => m.type === 'SENT' && which(m) && this.step(m));
		this.notify('SENT', moved);
		return moved;
	}

	/** A reply or inbound message from a phone, linked to the most recent repliable message sent to that number. */
	receive(input: { from: string; body: string }): SimMessage {
		const from = digitsOf(input.from);
		const related = [...this.messages].reverse().find((m) => m.type === 'SENT' && m.to === from && m.repliable);
		const message: SimMessage = {
			id: String(this.nextMessageId++),
			type: 'RECEIVED',
			from,
			to: '27000000001',
			body: input.body,
			encoding: analyzeSmsText(input.body).encoding === 'GSM-7' ? 'TEXT' : 'UNICODE',
			protocolId: 0,
			messageClass: 2,
			numberOfParts: 1,
			creditCost: 0,
			submission: { id: '', date: new Date().toISOString() },
			status: { id: 'DELIVERED.null', type: 'DELIVERED', subtype: null },
			...(related ? { relatedSentMessageId: related.id } : {}),
			repliable: false,
			sendAt: Date.now(),
			deliveryReports: 'NONE',
		};
		this.messages.push(message);
		this.notify('RECEIVED', [message]);
		return message;
	}

	// ---- webhook invocations ----

	private notify(scope: 'SENT' | 'RECEIVED', messages: SimMessage[]): void {
		const reported = messages.filter(
			(m) =>
				m.deliveryReports === 'ALL' ||
				scope === 'RECEIVED' ||
				(m.deliveryReports === 'ERRORS' && m.status.type === 'FAILED'),
		);
		if (reported.length === 0) return;
		for (const hook of this.webhooks.values()) {
			if (!hook.active || hook.triggerScope !== scope) continue;
			const size = hook.invokeOption === 'MANY' ? 10 : 1;
			for (let i = 0; i < reported.length; i += size) this.track(this.invoke(hook, reported.slice(i, i + size)));
		}
	}

	private track(invocation: Promise<void>): void {
		this.invocations.add(invocation);
		void invocation.finally(() => this.invocations.delete(invocation));
	}

	private async call(hook: SimWebhook, messages: SimMessage[]): Promise<number | undefined> {
		const result = await this.deliver(this.webhookTarget(hook.url), {
			body: messages.map((m) => this.view(m)),
			headers: { 'user-agent': 'BulkSMS Invoker' },
			maxAttempts: 1,
		});
		return result.status;
	}

	/** One invocation; after a failure each message is retried on its own, and a 4xx discards it. */
	private async invoke(hook: SimWebhook, messages: SimMessage[]): Promise<void> {
		const record = (ids: SimMessage[], status: number | undefined, last: boolean): boolean => {
			const ok = status !== undefined && status < 300;
			const discarded = status !== undefined && status >= 400 && status < 500 && ids.length === 1;
			this.webhookCalls.push({
				hookId: hook.id,
				url: hook.url,
				messageIds: ids.map((m) => m.id),
				status,
				outcome: ok ? 'delivered' : discarded || last ? 'discarded' : 'retry',
			});
			return ok || discarded;
		};
		if (record(messages, await this.call(hook, messages), false)) return;
		for (const message of messages) {
			for (let attempt = 1; attempt < this.webhookAttempts; attempt++) {
				await new Promise((resolve) => setTimeout(resolve, this.webhookRetryDelayMs * 2 ** (attempt - 1)));
				if (record([message], await this.call(hook, [message]), attempt === this.webhookAttempts - 1)) break;
			}
		}
	}

	async settled(): Promise<void> {
		while (this.invocations.size > 0) await Promise.allSettled([...this.invocations]);
		await super.settled();
	}

	async stop(): Promise<void> {
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
		await super.stop();
	}

	// ---- webhooks ----

	private hook(id: string): SimWebhook {
		const hook = this.webhooks.get(Number(id));
		if (!hook) throw notFound(`Webhook with id '${id}' does not exist`);
		return hook;
	}

	private viewHook(hook: SimWebhook): Record<string, unknown> {
		// The documented Webhook response has no invokeOption.
		const { invokeOption: _i, ...visible } = hook;
		return { ...visible };
	}

	private async saveHook(raw: unknown, existing?: SimWebhook): Promise<SimWebhook> {
		const entry = (raw ?? {}) as Record<string, unknown>;
		if (typeof entry.name !== 'string' || entry.name === '') throw badRequest('name is required');
		if (typeof entry.url !== 'string' || !/^https?:\/\/[^\s/]+/.test(entry.url)) {
			throw badRequest('url must be a valid URI that starts with http or https');
		}
		if (entry.triggerScope !== 'SENT' && entry.triggerScope !== 'RECEIVED')
			throw badRequest('triggerScope must be SENT or RECEIVED');
		if (entry.invokeOption !== undefined && entry.invokeOption !== 'ONE' && entry.invokeOption !== 'MANY') {
			throw badRequest('invokeOption must be ONE or MANY');
		}
		for (const other of this.webhooks.values()) {
			if (other.name === entry.name && other.id !== existing?.id)
				throw badRequest(`A webhook named '${entry.name}' already exists`);
		}
		const hook: SimWebhook = {
			id: existing?.id ?? this.nextHookId++,
			name: entry.name,
			url: entry.url,
			triggerScope: entry.triggerScope,
			active: entry.active !== false,
			onWebApp: entry.onWebApp !== false,
			contactEmailAddress: (entry.contactEmailAddress as string | undefined) ?? null,
			invokeOption: (entry.invokeOption as 'ONE' | 'MANY' | undefined) ?? 'ONE',
		};
		if (hook.active) {
			// Validation: the URL gets an empty array and must answer 2xx.
			const result = await this.deliver(this.webhookTarget(hook.url), {
				body: [],
				headers: { 'user-agent': 'BulkSMS Invoker' },
				maxAttempts: 1,
			});
			this.webhookCalls.push({
				hookId: hook.id,
				url: hook.url,
				messageIds: [],
				status: result.status,
				outcome: 'delivered',
			});
			if (!result.delivered) {
				const reason = result.status ?? result.attempts[0]?.error ?? 'no answer';
				throw badRequest(
					`Invoking the Webhook URL caused an error: ${reason}${result.responseBody ? ` - ${result.responseBody}` : ''}`,
				);
			}
		}
		this.webhooks.set(hook.id, hook);
		return hook;
	}

	// ---- blocked numbers and profile ----

	private listBlocked(query: Record<string, string>) {
		const minId = query['min-id'] === undefined ? 0 : Number(query['min-id']);
		const limit = query.limit === undefined ? 10_000 : Number(query.limit);
		if (!Number.isInteger(minId)) throw badRequest(`min-id '${query['min-id']}' is not an integer`);
		if (!Number.isInteger(limit) || limit < 1 || limit > 10_000)
			throw badRequest('The value of limit cannot be greater than 10000');
		return this.blockedNumbers.filter((b) => b.id >= minId).slice(0, limit);
	}

	private block(body: unknown): SimResponse {
		if (!Array.isArray(body)) throw badRequest('The body must be an array of phone numbers');
		if (body.length > 1000) throw badRequest('Maximum size: 1000 items');
		for (const phone of body) {
			if (typeof phone !== 'string' || !/^\+?[1-9]\d{3,14}$/.test(phone))
				throw badRequest(`'${String(phone)}' is not a valid phone number`);
		}
		for (const phone of body as string[]) {
			const phoneNumber = digitsOf(phone);
			if (!this.blockedNumbers.some((b) => b.phoneNumber === phoneNumber)) {
				this.blockedNumbers.push({ id: this.nextBlockedId++, phoneNumber });
			}
		}
		return { status: 200 };
	}

	private profile() {
		return {
			id: '12345',
			username: this.account.username,
			created: '2019-01-01T10:00:00+00:00',
			credits: { balance: this.credits, isTransferAllowed: false, limit: 0 },
			quota: { ...this.quota },
			originAddresses: { allowed: ['+27007654321'], isFullControlAllowed: false },
			company: { name: 'Sandbox Ltd', taxReference: '' },
			commerce: {
				address: { street: ['1 Main Rd'], city: 'Cape Town', region: 'WC', postalCode: '8001', country: 'ZA' },
				bankPaymentReference: 'REF1',
			},
		};
	}
}
