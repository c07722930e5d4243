/**
 * ICTCore as its REST layer behaves on the master branch (reference §13): Basic and JWT auth, bare JSON answers,
 * rows with string values, `{"error":{code,message}}` errors, exact content types, transmissions that progress
 * through attempts and retries, campaigns, inbound messages and the list filters.
 */
import { randomBytes } from 'node:crypto';

import { basicCredentials, schemeToken, Simulator } from '..';
import type { SimRequest, SimResponse } from '..';

type Row = Record<string, unknown>;
type Handler = (req: SimRequest, p: Record<string, string>) => unknown;

export interface IctCoreUser {
	user_id: number;
	username: string;
	email: string;
	password: string;
	first_name: string;
	last_name: string;
}

export const SERVICE_FLAG: Record<string, number> = {
	sendsms: 4,
	receivesms: 4,
	voicemessage: 1,
	voicetts: 1,
	sendfax: 2,
	receivefax: 2,
	faxtoemail: 2,
	sendemail: 8,
	receiveemail: 8,
	emailtofax: 8,
};

/** The field each program type needs, and the table it points at (reference §4.3). */
const PROGRAM_SOURCE: Record<string, [field: string, table?: string]> = {
	sendsms: ['text_id', 'texts'],
	voicemessage: ['recording_id', 'recordings'],
	sendfax: ['document_id', 'documents'],
	sendemail: ['template_id', 'templates'],
	voicetts: ['text'],
	receivesms: ['account_id', 'accounts'],
	receivefax: ['account_id', 'accounts'],
	receiveemail: ['account_id', 'accounts'],
	faxtoemail: ['account_id', 'accounts'],
	emailtofax: ['account_id', 'accounts'],
};

const TERMINAL = new Set(['completed', 'failed', 'invalid']);

const MEDIA_TYPES: Record<string, string[] | undefined> = {
	documents: [
		'application/pdf',
		'image/tiff',
		'image/x-tiff',
		'image/png',
		'image/jpeg',
		'image/x-citrix-jpeg',
		'text/plain',
		'text/htm',
		'text/html',
		'application/vnd.ms-powerpoint',
		'application/vnd.openxmlformats-officedocument.presentationml.presentation',
		'application/vnd.oasis.opendocument.presentation',
		'application/msword',
		'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		'application/vnd.oasis.opendocument.text',
		'application/vnd.ms-excel',
		'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		'application/vnd.oasis.opendocument.spreadsheet',
	],
	recordings: ['audio/wav', 'audio/x-wav', 'audio/x-gsm', 'audio/mpeg3', 'audio/x-mpeg-3'],
	templates: undefined, // any type: the attachment of an e-mail
};

/** List filters of one table (reference §7.3): exact, LIKE '%v%', suffix LIKE '%v', bitmask, date window. */
interface FilterSpec {
	exact?: string[];
	like?: string[];
	suffix?: string[];
	bitmask?: string[];
	/** Ignore every filter (`GET /groups` on master). */
	ignored?: boolean;
}

const asString = (v: unknown): unknown =>
	v === null || v === undefined ? null : typeof v === 'object' ? v : String(v);

/** A record as MySQL hands it to PHP: every scalar a string. */
function row(record: Row, fields?: string[]): Row {
	const keys = fields ?? Object.keys(record).filter((k) => !k.startsWith('_'));
	return Object.fromEntries(keys.map((k) => [k, asString(record[k])]));
}

export class IctCoreSimulator extends Simulator {
	/** The API root (`website:path`), `/api` by default. */
	root = '/api';

	users: IctCoreUser[] = [
		{
			user_id: 1,
			username: 'admin',
			email: 'admin@ictcore.org',
			password: 'helloAdmin',
			first_name: 'System',
			last_name: 'Administrator',
		},
		{
			user_id: 2,
			username: 'user',
			email: 'user@ictcore.org',
			password: 'helloUser',
			first_name: 'Demo',
			last_name: 'User',
		},
	];

	/** JWTs issued by `POST /authenticate` → user id. */
	readonly tokens = new Map<string, number>();

	/**
	 * Lifetime of a JWT: `exp` = issue time + `[security] token_expiry` (default 31104000 s = 360 days). `expires_in`
	 * in the answer stays 31104000 whatever it is, as on a real server.
	 */
	tokenLifetimeMs = 31_104_000_000;

	/** Requests a JWT serves before it counts as expired: a clock for tests that a slow machine cannot stretch. */
	tokenLifetimeRequests = Infinity;

	/** Requests refused with 401 because their JWT had expired. */
	expiredTokenRefusals = 0;

	private readonly tokenExpiry = new Map<string, number>();

	private readonly tokenUses = new Map<string, number>();

	/** How long one attempt (spool) takes from send to its end. */
	attemptMs = 200;

	/** Delay before ICTCore retries a failed attempt while attempts remain (60 s on a real server). */
	retryDelayMs = 60_000;

	/** The "ictcore-7" (v2.1.0) regression: creates of texts, programs and transmissions answer 200 with no body. */
	brokenCreates = false;

	/** How far the simulated clock is ahead of the real one (see `advance`). */
	private clockOffsetMs = 0;

	readonly tables: Record<string, Row[]> = {
		contacts: [],
		groups: [],
		links: [],
		texts: [],
		recordings: [],
		documents: [],
		templates: [],
		programs: [],
		accounts: [],
		transmissions: [],
		spools: [],
		results: [],
		campaigns: [],
		tasks: [],
	};

	private readonly counters: Record<string, number> = {};

	/** Transmissions with an attempt running or a retry due: all that `tick` has to look at. */
	private readonly inProgress = new Set<Row>();

	constructor() {
		super('ictcore');
		this.seedAccount();
		this.registerRoutes();
	}

	/** The simulated time in ms: real time, plus what `advance` added. */
	clock(): number {
		return Date.now() + this.clockOffsetMs;
	}

	/** Moves the simulated clock forward, so tests can let attempts end and retries fire without waiting. */
	advance(ms: number): void {
		this.clockOffsetMs += ms;
		this.tick();
	}

	/** The simulated time in unix seconds (`date_created`, `last_run`, schedules). */
	now(): number {
		return Math.floor(this.clock() / 1000);
	}

	private nextId(table: string): number {
		this.counters[table] = (this.counters[table] ?? 0) + 1;
		return this.counters[table];
	}

	/** Inserts a record with its `<name>_id` and `date_created`. */
	insert(table: string, idKey: string, record: Row): Row {
		const stored = { [idKey]: this.nextId(table), ...record, date_created: this.now() };
		this.tables[table].push(stored);
		return stored;
	}

	find(table: string, idKey: string, id: unknown): Row | undefined {
		// Newest first: a send chain reads the record it has just created, so thousands of rows stay cheap.
		const rows = this.tables[table];
		const wanted = String(id);
		for (let i = rows.length - 1; i >= 0; i--) if (String(rows[i][idKey]) === wanted) return rows[i];
		return undefined;
	}

	private seedAccount() {
		this.insert('accounts', 'account_id', {
			type: 'account',
			username: 'sender',
			passwd: 'sip-secret',
			passwd_pin: '1234',
			first_name: 'Main',
			last_name: 'Line',
			phone: '+923001110000',
			email: 'sender@ictcore.example',
			address: null,
			settings: {},
			active: 1,
			user_id: 1,
			created_by: 1,
		});
	}

	// ---- HTTP plumbing -------------------------------------------------------------------------------------

	/** RestServer: the format from `.json` / `?format=`, else `Accept` containing exactly `application/json`, else text/plain. */
	private reply(req: SimRequest, value: unknown, status = 200): SimResponse {
		if (value === null || value === undefined) return { status };
		const accept = String(req.headers.accept ?? '')
			.split(',')
			.map((s) => s.trim());
		const json = accept.includes('application/json') || req.query.format === 'json';
		return {
			status,
			body: JSON.stringify(value),
			headers: { 'content-type': json ? 'application/json' : 'text/plain' },
		};
	}

	private error(req: SimRequest, code: number, message: string, headers: Record<string, string> = {}): SimResponse {
		const response = this.reply(req, { error: { code, message } }, code);
		return { ...response, headers: { ...response.headers, ...headers } };
	}

	/** The JSON body, decoded only for the exact content type `application/json` or none (RestServer's `mimeDefault`). */
	private json(req: SimRequest): Row {
		const type = String(req.headers['content-type'] ?? '')
			.trim()
			.toLowerCase();
		if (
			(type === '' || type === 'application/json' || type === 'application/x-www-form-urlencoded') &&
			req.body &&
			typeof req.body === 'object'
		) {
			return req.body as Row;
		}
		return {}; // the raw string: the handler iterates it and sets nothing
	}

	protected notFound(req: SimRequest): SimResponse {
		return this.error(req, 404, 'Not Found');
	}

	protected authenticate(req: SimRequest): SimResponse | undefined {
		this.tick();
		// RestServer: a format suffix is stripped; a POST may carry the real method.
		req.path = req.path.replace(/\.json$/, '');
		const override = String(req.headers['x-http-method-override'] ?? req.query.method ?? '').toUpperCase();
		if (req.method === 'POST' && ['PUT', 'DELETE', 'PATCH'].includes(override)) req.method = override;
		if (req.path === `${this.root}/authenticate` || req.path === `${this.root}/authenticate/cancel`) return undefined;
		const denied = () =>
			this.error(req, 401, `Invalid credentials, access is denied to ${req.path.slice(this.root.length + 1)}.`, {
				'www-authenticate': 'Basic realm="ICTCore :: REST API Server"',
			});
		const token = schemeToken(req);
		if (token !== undefined && this.tokens.has(token)) {
			// An expired JWT fails to decode, and the request is refused like any other bad credential.
			const uses = (this.tokenUses.get(token) ?? 0) + 1;
			if (this.clock() >= (this.tokenExpiry.get(token) ?? Infinity) || uses > this.tokenLifetimeRequests) {
				this.expiredTokenRefusals++;
				return denied();
			}
			this.tokenUses.set(token, uses);
		}
		if (this.userOf(req)) return undefined;
		return denied();
	}

	/** Makes every JWT issued so far expired. */
	expireTokens(): void {
		for (const token of this.tokens.keys()) this.tokenExpiry.set(token, 0);
	}

	/** Only `Authorization` is read: `Bearer <jwt>` first, then Basic with the username or the e-mail address. */
	userOf(req: SimRequest): IctCoreUser | undefined {
		const token = schemeToken(req);
		if (token) return this.users.find((u) => u.user_id === this.tokens.get(token));
		const basic = basicCredentials(req);
		return this.users.find(
			(u) => basic && (u.username === basic.user || u.email === basic.user) && u.password === basic.password,
		);
	}

	private api(method: string, path: string, handler: Handler) {
		const wrapped = (req: SimRequest, p: Record<string, string>) => {
			const out = handler(req, p);
			// a SimResponse has a numeric status; records read from MySQL only hold strings
			return typeof (out as SimResponse | undefined)?.status === 'number' ? (out as SimResponse) : this.reply(req, out);
		};
		this.route(method, `${this.root}${path}`, wrapped);
	}

	// ---- State machine -------------------------------------------------------------------------------------

	/** Advances transmissions (attempt ends, retries, schedules) and campaigns to the current time. */
	tick(): void {
		const now = this.clock();
		for (const tx of [...this.inProgress]) {
			if (tx.status === 'processing' && Number(tx._dueAt) <= now) this.finishAttempt(tx);
			if (tx.status === 'failed' && tx._retryAt !== undefined && Number(tx._retryAt) <= now) this.startAttempt(tx);
		}
		for (const task of this.tables.tasks) {
			if (!task.done && Number(task.fire_at) <= this.now()) {
				task.done = 1;
				const tx = this.find('transmissions', 'transmission_id', task.transmission_id);
				if (tx && !TERMINAL.has(String(tx.status)) && tx.status !== 'processing') this.startAttempt(tx);
			}
		}
		for (const campaign of this.tables.campaigns) {
			if (campaign.status !== 'running') continue;
			// the daemon sends one transmission every 60/cpm seconds; `completed` once all are dispatched
			const interval = 60_000 / Math.max(1, Number(campaign.cpm));
			const due = Math.floor((now - Number(campaign._startedAt)) / interval) - Number(campaign._sent ?? 0);
			const pending = this.tables.transmissions.filter(
				(t) => t.campaign_id === campaign.campaign_id && t.status === 'pending',
			);
			for (const tx of pending.slice(0, Math.max(0, due))) {
				this.startAttempt(tx);
				campaign._sent = Number(campaign._sent ?? 0) + 1;
				campaign.contact_done = Number(campaign.contact_done) + 1;
			}
			if (pending.length <= due) campaign.status = 'completed';
		}
	}

	/** Test outcome by recipient: phones ending 13 always fail (busy), ending 14 fail only the first attempt. */
	private outcome(tx: Row): { status: string; response: string } {
		const contact = this.find('contacts', 'contact_id', tx.contact_id) ?? {};
		const phone = String(contact.phone ?? '');
		const email = String(contact.email ?? '');
		if (phone.endsWith('13') || email.startsWith('bounce')) return { status: 'failed', response: 'busy' };
		if (phone.endsWith('14') && Number(tx.try_done) === 1) return { status: 'failed', response: 'no_answer' };
		return { status: 'completed', response: '' };
	}

	startAttempt(tx: Row): number {
		tx.status = 'processing';
		this.inProgress.add(tx);
		tx.try_done = Number(tx.try_done) + 1;
		tx.last_run = this.now();
		delete tx._retryAt;
		tx._dueAt = this.clock() + this.attemptMs;
		const spool = this.insert('spools', 'spool_id', {
			account_id: tx.account_id,
			transmission_id: tx.transmission_id,
			status: 'started',
			response: '',
		});
		tx._spool = spool.spool_id;
		return spool.spool_id as number;
	}

	private finishAttempt(tx: Row) {
		const { status, response } = this.outcome(tx);
		const spool = this.find('spools', 'spool_id', tx._spool)!;
		Object.assign(spool, { status, response });
		Object.assign(tx, { status, response, last_run: this.now() });
		delete tx._dueAt;
		const app: Record<number, string> = { 1: 'originate', 2: 'fax_send', 4: 'sms_send', 8: 'email_send' };
		const ok = status === 'completed';
		const data = tx.service_flag === 4 ? (ok ? '1' : '16') : ok ? 'success' : 'error';
		this.result(spool.spool_id, 'application', app[Number(tx.service_flag)] ?? 'application', data);
		if (tx.service_flag === 2 && ok) this.result(spool.spool_id, 'info', 'pages', '1');
		if (!ok && Number(tx.try_done) < Number(tx.try_allowed)) tx._retryAt = this.clock() + this.retryDelayMs;
		else this.inProgress.delete(tx);
	}

	private result(spoolId: unknown, type: string, name: string, data: unknown) {
		this.insert('results', 'spool_result_id', { application_id: 1, type, name, data, spool_id: spoolId });
	}

	/**
	 * Test hook: an inbound SMS, fax or e-mail as ICTCore records it — a contact for the sender, the message object
	 * (Text / Document / Template), an inbound transmission with its spool and result rows. `emptyBody` mimics the
	 * stock Kannel configuration that stores inbound SMS text as empty.
	 */
	receive(input: {
		service: 'sms' | 'fax' | 'email';
		from: string;
		text?: string;
		subject?: string;
		emptyBody?: boolean;
	}): Row {
		const account = this.tables.accounts[0];
		const isEmail = input.service === 'email';
		const contact =
			this.tables.contacts.find((c) => (isEmail ? c.email : c.phone) === input.from) ??
			this.insert('contacts', 'contact_id', {
				first_name: null,
				last_name: null,
				phone: isEmail ? null : input.from,
				email: isEmail ? input.from : null,
				user_id: 1,
			});
		const flag = { sms: 4, fax: 2, email: 8 }[input.service];
		const tx = this.insert('transmissions', 'transmission_id', {
			title: `receive${input.service}`,
			origin: `receive${input.service}`,
			service_flag: flag,
			program_id: null,
			account_id: account.account_id,
			contact_id: contact.contact_id,
			campaign_id: null,
			direction: 'inbound',
			status: 'completed',
			response: '',
			try_allowed: 1,
			try_done: 1,
			last_run: this.now(),
			is_deleted: 0,
			user_id: 1,
		});
		const spool = this.insert('spools', 'spool_id', {
			account_id: account.account_id,
			transmission_id: tx.transmission_id,
			status: 'completed',
			response: '',
		});
		tx._spool = spool.spool_id;
		let message: Row;
		if (input.service === 'sms') {
			message = this.insert('texts', 'text_id', {
				name: `sms_1_${spool.spool_id}`,
				data: input.emptyBody ? '' : (input.text ?? ''),
				type: 'UTF-8',
				description: `sms received while processing transmission: ${tx.transmission_id}`,
				user_id: 1,
			});
			this.result(spool.spool_id, 'message', 'text', message.text_id);
		} else if (input.service === 'fax') {
			message = this.insert('documents', 'document_id', {
				name: 'received fax',
				file_name: 'fax.tif',
				type: 'pdf',
				pages: 2,
				description: '',
				quality: 'standard',
				user_id: 1,
				_media: { type: 'application/pdf', data: Buffer.from('%PDF-1.4 received fax') },
			});
			this.result(spool.spool_id, 'message', 'document', message.document_id);
			this.result(spool.spool_id, 'info', 'pages', '2');
		} else {
			message = this.insert('templates', 'template_id', {
				name: 'received email',
				subject: input.subject ?? '',
				body: input.text ?? '',
				body_alt: input.text ?? '',
				type: 'html',
				description: '',
				user_id: 1,
			});
			this.result(spool.spool_id, 'message', 'template', message.template_id);
		}
		return tx;
	}

	// ---- Queries ---------------------------------------------------------------------------------------------

	/** ICTCore's `search()`: AND of known filters, unknown keys ignored, a quote breaks the SQL (→ `[]`). */
	private filter(rows: Row[], query: Record<string, string>, spec: FilterSpec): Row[] {
		if (spec.ignored) return rows;
		if (Object.values(query).some((v) => v.includes("'"))) return [];
		return rows.filter((r) =>
			Object.entries(query).every(([key, value]) => {
				const field = key === 'created_by' ? 'user_id' : key;
				const have = String(r[field] ?? '').toLowerCase();
				const want = value.toLowerCase();
				if (key === 'after') return Number(r.date_created) >= Number(value);
				if (key === 'before') return Number(r.date_created) <= Number(value);
				if (spec.exact?.includes(key)) return have === want;
				if (spec.like?.includes(key)) return have.includes(want);
				if (spec.suffix?.includes(key)) return have.endsWith(want);
				if (spec.bitmask?.includes(key)) return (Number(r[field]) & Number(value)) === Number(value);
				return true;
			}),
		);
	}

	private transmissionRow(tx: Row): Row {
		const account = this.find('accounts', 'account_id', tx.account_id) ?? {};
		const contact = this.find('contacts', 'contact_id', tx.contact_id) ?? {};
		const user = this.users.find((u) => u.user_id === tx.user_id);
		return {
			...row(tx, [
				'transmission_id',
				'account_id',
				'user_id',
				'contact_id',
				'status',
				'response',
				'direction',
				'last_run',
			]),
			account_phone: asString(account.phone),
			account_email: asString(account.email),
			username: user?.username ?? null,
			contact_phone: asString(contact.phone),
			contact_email: asString(contact.email),
			account: row(account, [
				'account_id',
				'type',
				'username',
				'first_name',
				'last_name',
				'phone',
				'email',
				'created_by',
			]),
			contact: row(contact, ['contact_id', 'first_name', 'last_name', 'phone', 'email']),
		};
	}

	/** Filterable view of a transmission: its own columns plus the joined account and contact columns. */
	private transmissionView(tx: Row): Row {
		const r = this.transmissionRow(tx);
		return {
			...tx,
			...r,
			phone: `${r.account_phone} ${r.contact_phone}`,
			email: `${r.account_email} ${r.contact_email}`,
		};
	}

	private listTransmissions(query: Record<string, string>, fixed: Row = {}): Row[] {
		const views = this.tables.transmissions
			.filter((tx) => Object.entries(fixed).every(([k, v]) => String(tx[k]) === String(v)))
			.map((tx) => this.transmissionView(tx));
		const hits = this.filter(views, query, {
			exact: [
				'transmission_id',
				'program_id',
				'account_id',
				'contact_id',
				'campaign_id',
				'user_id',
				'created_by',
				'is_deleted',
			],
			like: [
				'title',
				'origin',
				'direction',
				'status',
				'response',
				'account_email',
				'account_phone',
				'contact_email',
				'contact_phone',
				'phone',
				'email',
			],
			bitmask: ['service_flag'],
		});
		// No ORDER BY on the server: answer newest first so clients cannot rely on order.
		return hits
			.reverse()
			.slice(0, 5000)
			.map((v) => this.transmissionRow(this.find('transmissions', 'transmission_id', v.transmission_id)!));
	}

	private contactRows(query: Record<string, string>, groupId?: string): Row[] {
		const rows: Row[] = [];
		for (const c of this.tables.contacts) {
			const links = this.tables.links.filter((l) => l.contact_id === c.contact_id);
			// LEFT JOIN contact_link: a contact in N groups appears N times
			for (const link of links.length ? links : [{ group_id: null }]) rows.push({ ...c, group_id: link.group_id });
		}
		const scoped = groupId ? rows.filter((r) => String(r.group_id) === groupId) : rows;
		return this.filter(scoped, query, {
			exact: ['contact_id', 'group_id', 'email', 'user_id', 'created_by'],
			like: ['first_name', 'last_name'],
			suffix: ['phone'],
		}).map((c) => row(c, ['contact_id', 'first_name', 'last_name', 'phone', 'email']));
	}

	// ---- Routes ----------------------------------------------------------------------------------------------

	private crud(
		path: string,
		table: string,
		idKey: string,
		notFound: string,
		opts: {
			listFields?: string[];
			getFields?: string[];
			filters?: FilterSpec;
			fields: string[];
			create?: Handler;
			list?: Handler;
		},
	) {
		this.api(
			'POST',
			path,
			opts.create ??
				((req) => {
					if (this.brokenCreates && ['texts', 'recordings', 'templates'].includes(table)) return { status: 200 };
					const body = this.json(req);
					const record = this.insert(table, idKey, {
						...Object.fromEntries(opts.fields.map((f) => [f, body[f] ?? null])),
						user_id: this.userOf(req)!.user_id,
					});
					return record[idKey];
				}),
		);
		this.api(
			'GET',
			path,
			opts.list ??
				((req) => this.filter(this.tables[table], req.query, opts.filters ?? {}).map((r) => row(r, opts.listFields))),
		);
		this.api('GET', `${path}/:id`, (req, p) => {
			const record = this.find(table, idKey, p.id);
			return record ? row(record, opts.getFields) : this.error(req, 404, notFound);
		});
		this.api('PUT', `${path}/:id`, (req, p) => {
			const record = this.find(table, idKey, p.id);
			if (!record) return this.error(req, 404, notFound);
			const body = this.json(req);
			for (const f of opts.fields) if (f in body) record[f] = body[f];
			return row(record, opts.getFields);
		});
		this.api('DELETE', `${path}/:id`, (req, p) => {
			const index = this.tables[table].findIndex((r) => String(r[idKey]) === p.id);
			if (index < 0) return this.error(req, 404, notFound);
			this.tables[table].splice(index, 1);
			return true;
		});
	}

	private media(path: string, table: string, idKey: string, label: string) {
		const upload = (append: boolean) => (req: SimRequest, p: Record<string, string>) => {
			const record = this.find(table, idKey, p.id);
			if (!record) return this.error(req, 404, `${label} not found`);
			const type = String(req.headers['content-type'] ?? '')
				.trim()
				.toLowerCase();
			const allowed = MEDIA_TYPES[table];
			if (allowed && !allowed.includes(type)) return this.error(req, 415, 'Unsupported File Type');
			if (req.rawBody.length === 0) return this.error(req, 411, 'Empty file');
			const files = append ? [...((record._files as Row[]) ?? [])] : [];
			files.push({ type, data: req.rawBody });
			record._files = files;
			record._media = files[0];
			if (table === 'documents') record.pages = files.length;
			return record[idKey];
		};
		this.api('PUT', `${path}/:id/media`, upload(false));
		this.api('POST', `${path}/:id/media`, upload(true));
		this.api('GET', `${path}/:id/media`, (req, p) => {
			const media = this.find(table, idKey, p.id)?._media as { type: string; data: Buffer } | undefined;
			if (!media) return this.error(req, 404, `${label} media not found`);
			const ext = { documents: 'pdf', recordings: 'wav', templates: 'bin' }[table];
			return {
				status: 200,
				body: media.data,
				headers: {
					'content-type': table === 'documents' ? 'application/pdf' : media.type,
					'content-disposition': `attachment; filename="${table.slice(0, -1)}_${p.id}.${ext}"`,
				},
			};
		});
	}

	private registerRoutes() {
		this.api('POST', '/authenticate', (req) => {
			const body = this.json(req);
			const name = body.email ?? body.username ?? body.user_id;
			if (!name) return this.error(req, 401, 'No valid username found');
			const user = this.users.find(
				(u) => u.username === name || u.email === name || String(u.user_id) === String(name),
			);
			if (!user) return this.error(req, 401, 'Invalid user name and password: User not found');
			// Real ICTCore calls generate_token() on `false` here: a PHP fatal error.
			if (user.password !== body.password)
				return {
					status: 500,
					body: '<b>Fatal error</b>: Call to a member function generate_token() on bool',
					headers: { 'content-type': 'text/html' },
				};
			const token = `eyJ.${randomBytes(12).toString('hex')}`;
			this.tokens.set(token, user.user_id);
			this.tokenExpiry.set(token, this.clock() + this.tokenLifetimeMs);
			const { password: _omit, ...pub } = user;
			return { ...row(pub), token, access_token: token, expires_in: 31104000, token_type: 'Bearer', scope: 'All' };
		});
		this.api('POST', '/authenticate/cancel', () => true);

		this.api('GET', '/statistics', (req) => {
			const since = Number(req.query.since ?? req.query.from ?? req.query.date_created ?? 0);
			const flag = req.query.service_flag ? Number(req.query.service_flag) : 0;
			const txs = this.tables.transmissions.filter(
				(t) => Number(t.date_created) >= since && (!flag || (Number(t.service_flag) & flag) === flag),
			);
			return row({
				user_total: this.users.length,
				account_total: this.tables.accounts.length,
				campaign_total: this.tables.campaigns.length,
				campaign_active: this.tables.campaigns.filter((c) => c.status === 'running').length,
				group_total: this.tables.groups.length,
				contact_total: this.tables.contacts.length,
				transmission_total: txs.length,
				transmission_inbound: txs.filter((t) => t.direction === 'inbound').length,
				transmission_outbound: txs.filter((t) => t.direction === 'outbound').length,
				transmission_active: txs.filter((t) => t.status === 'processing').length,
			});
		});

		// Messages, also reachable without the /messages prefix.
		for (const prefix of ['/messages', '']) {
			this.crud(`${prefix}/texts`, 'texts', 'text_id', 'Transmission not found', {
				fields: ['name', 'data', 'type', 'description'],
				listFields: ['text_id', 'name', 'type', 'length', 'description'],
				filters: { exact: ['text_id', 'user_id'], like: ['name', 'type', 'description'] },
			});
			this.crud(`${prefix}/recordings`, 'recordings', 'recording_id', 'Recording not found', {
				fields: ['name', 'description'],
				listFields: ['recording_id', 'name', 'file_name', 'type', 'length', 'description'],
				getFields: [
					'recording_id',
					'name',
					'file_name',
					'type',
					'description',
					'length',
					'codec',
					'channel',
					'sample',
					'bitrate',
					'user_id',
				],
				filters: { exact: ['recording_id', 'user_id'], like: ['name', 'type', 'description'] },
			});
			this.crud(`${prefix}/documents`, 'documents', 'document_id', 'Document not found', {
				fields: ['name', 'description', 'type', 'quality'],
				listFields: ['document_id', 'name', 'file_name', 'type', 'pages', 'description'],
				getFields: ['document_id', 'name', 'file_name', 'type', 'description', 'pages', 'quality', 'user_id'],
				filters: { exact: ['document_id', 'user_id'], like: ['name', 'type', 'description'] },
			});
			this.crud(`${prefix}/templates`, 'templates', 'template_id', 'Template not found', {
				fields: ['name', 'description', 'subject', 'body', 'body_alt', 'type'],
				listFields: ['template_id', 'name', 'subject', 'type', 'length', 'description'],
				getFields: ['template_id', 'name', 'description', 'subject', 'body', 'body_alt', 'type', 'user_id'],
				filters: {
					exact: ['template_id', 'user_id'],
					like: ['name', 'subject', 'type', 'description', 'body', 'body_alt'],
				},
			});
			this.media(`${prefix}/documents`, 'documents', 'document_id', 'Document');
			this.media(`${prefix}/recordings`, 'recordings', 'recording_id', 'Recording');
			this.media(`${prefix}/templates`, 'templates', 'template_id', 'Template');
		}

		this.registerContacts();
		this.registerPrograms();
		this.registerTransmissions();
		this.registerCampaigns();
		this.registerAccounts();
	}

	private registerContacts() {
		const contactFields = [
			'first_name',
			'last_name',
			'phone',
			'email',
			'address',
			'custom1',
			'custom2',
			'custom3',
			'description',
		];
		this.crud('/contacts', 'contacts', 'contact_id', 'Contact not found', {
			fields: contactFields,
			list: (req) => this.contactRows(req.query),
		});
		this.api('PUT', '/contacts/:cid/link/:gid', (req, p) => {
			const contact = this.find('contacts', 'contact_id', p.cid);
			if (!contact) return this.error(req, 404, 'Contact not found');
			if (!this.find('groups', 'group_id', p.gid)) return this.error(req, 404, 'Group not found');
			this.tables.links.push({ contact_id: contact.contact_id, group_id: Number(p.gid) });
			return row(contact);
		});
		this.api('DELETE', '/contacts/:cid/link/:gid', (req, p) => {
			const links = this.tables.links;
			const index = links.findIndex((l) => String(l.contact_id) === p.cid && String(l.group_id) === p.gid);
			if (index >= 0) links.splice(index, 1);
			// ICTCore answers the remaining row count of the whole link table, and 417 when that is 0.
			return links.length === 0 ? this.error(req, 417, 'Contact delete failed') : links.length;
		});

		this.crud('/groups', 'groups', 'group_id', 'Group not found', {
			fields: ['name', 'description'],
			getFields: ['group_id', 'name', 'description', 'user_id'],
			// master ignores every filter of this list (undefined $filter)
			list: () =>
				this.tables.groups.map((g) =>
					row({ ...g, contact_total: this.tables.links.filter((l) => l.group_id === g.group_id).length }, [
						'group_id',
						'name',
						'contact_total',
					]),
				),
		});
		this.api('GET', '/groups/:id/contacts', (req, p) =>
			this.find('groups', 'group_id', p.id)
				? this.contactRows(req.query, p.id)
				: this.error(req, 404, 'Group not found'),
		);
		this.api('POST', '/groups/:id/csv', (req, p) => {
			const group = this.find('groups', 'group_id', p.id);
			if (!group) return this.error(req, 404, 'Group not found');
			const type = String(req.headers['content-type'] ?? '')
				.trim()
				.toLowerCase();
			if (type !== 'text/csv' && type !== 'text/plain') return this.error(req, 415, 'Unsupported File Type');
			if (req.rawBody.length === 0) return this.error(req, 411, 'Empty file');
			for (const line of req.rawBody
				.toString('utf8')
				.split(/\r?\n/)
				.filter((l) => l.trim())) {
				const cols = line.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
				const [phone, first_name, last_name, email, address, custom1, custom2, custom3, description] =
					cols.length === 9 ? cols : [cols[0]];
				const contact = this.insert('contacts', 'contact_id', {
					first_name,
					last_name,
					phone,
					email,
					address,
					custom1,
					custom2,
					custom3,
					description,
					user_id: 1,
				});
				this.tables.links.push({ contact_id: contact.contact_id, group_id: group.group_id });
			}
			return group.group_id;
		});
		this.api('GET', '/groups/:id/csv', (req, p) => {
			if (p.id !== 'sample' && !this.find('groups', 'group_id', p.id)) return this.error(req, 404, 'Group not found');
			const ids =
				p.id === 'sample' ? [] : this.tables.links.filter((l) => String(l.group_id) === p.id).map((l) => l.contact_id);
			const lines = this.tables.contacts
				.filter((c) => ids.includes(c.contact_id))
				.map((c) =>
					['phone', 'first_name', 'last_name', 'email', 'address', 'custom1', 'custom2', 'custom3', 'description']
						.map((k) => `"${c[k] ?? ''}"`)
						.join(','),
				);
			if (p.id === 'sample')
				lines.push(
					'"923330000000","Valid","Contact","email@domain.com","street address","custome 1","custome 2","custome 3","any comments will be here"',
				);
			return {
				status: 200,
				body: lines.join('\n') + '\n',
				headers: {
					'content-type': 'text/plain; charset=us-ascii',
					'content-disposition': `attachment; filename="group_${p.id}.csv"`,
				},
			};
		});
	}

	private registerPrograms() {
		this.api('POST', '/programs/:type', (req, p) => {
			if (this.brokenCreates) return { status: 200 };
			return this.createProgram(req, p.type, this.json(req));
		});
		this.api('GET', '/programs', (req) =>
			this.filter(this.tables.programs, req.query, {
				exact: ['program_id', 'user_id', 'created_by'],
				like: ['name', 'type'],
			}).map((r) => row(r, ['program_id', 'name', 'type', 'parent_id'])),
		);
		this.api('GET', '/programs/:id', (req, p) => {
			if (!/^\d+$/.test(p.id))
				return this.tables.programs
					.filter((r) => r.type === p.id)
					.map((r) => row(r, ['program_id', 'name', 'type', 'parent_id']));
			const program = this.find('programs', 'program_id', p.id);
			if (!program) return this.error(req, 404, 'Program not found');
			const { type: _type, ...pub } = program; // `type` is protected in the PHP class
			return row(pub);
		});
		this.api('DELETE', '/programs/:id', (req, p) => {
			const index = this.tables.programs.findIndex((r) => String(r.program_id) === p.id);
			if (index < 0) return this.error(req, 404, 'Program not found');
			this.tables.programs.splice(index, 1);
			return true;
		});
		// The "shortcut": always a new program of the type (or of the numeric id's type), then a transmission; not sent.
		this.api('POST', '/programs/:name/transmissions', (req, p) => {
			const body = this.json(req);
			const txData = body.transmission_data as Row | undefined;
			if (!txData || Object.keys(txData).length === 0) return this.error(req, 412, 'Transmission data is missing');
			const type = /^\d+$/.test(p.name) ? String(this.find('programs', 'program_id', p.name)?.type ?? '') : p.name;
			const programId = this.createProgram(req, type, (body.program_data as Row) ?? {});
			if (typeof programId !== 'number') return programId;
			return this.createTransmission(req, { ...txData, program_id: programId });
		});
		this.api('GET', '/programs/:id/transmissions', (req, p) =>
			this.listTransmissions(req.query, { program_id: Number(p.id) }).map(({ account: _a, contact: _c, ...r }) => r),
		);
	}

	createProgram(req: SimRequest, type: string, body: Row): SimResponse | number {
		const source = PROGRAM_SOURCE[type];
		if (!source) return this.error(req, 404, 'Not Found');
		const [field, table] = source;
		const value = body[field];
		if (table && !this.find(table, field, value)) {
			// sendsms loads `new Text('[text:text_id]')` when text_id is missing: Text's misleading load error
			return this.error(
				req,
				404,
				table === 'texts'
					? 'Transmission not found'
					: `${table.slice(0, -1).replace(/^./, (c) => c.toUpperCase())} not found`,
			);
		}
		if (!table && (typeof value !== 'string' || value === '')) return this.error(req, 412, `${field} is missing`);
		const program = this.insert('programs', 'program_id', {
			name: body.name ?? type,
			type,
			parent_id: body.parent_id ?? null,
			user_id: this.userOf(req)!.user_id,
			account_id: field === 'account_id' ? Number(value) : null,
			[field]: table ? Number(value) : value,
			result: null,
		});
		return program.program_id as number;
	}

	private registerTransmissions() {
		this.api('POST', '/transmissions', (req) =>
			this.brokenCreates ? { status: 200 } : this.createTransmission(req, this.json(req)),
		);
		this.api('GET', '/transmissions', (req) => this.listTransmissions(req.query));
		// per-service lists whose handler reads no query: filters are ignored
		for (const [path, flag] of [
			['/calls', 1],
			['/faxes', 2],
			['/smses', 4],
			['/emails', 8],
		] as const) {
			this.api('GET', path, () => this.listTransmissions({ service_flag: String(flag) }));
		}
		this.registerTransmissionRoutes();
	}

	private createTransmission(req: SimRequest, body: Row): SimResponse | number {
		const user = this.userOf(req)!;
		if (!body.program_id) return this.error(req, 412, 'program_id is missing');
		const program = this.find('programs', 'program_id', body.program_id);
		if (!program) return this.error(req, 404, 'Program not found');
		let contactId = body.contact_id;
		if (contactId && !this.find('contacts', 'contact_id', contactId)) return this.error(req, 404, 'Contact not found');
		if (!contactId && (body.phone || body.email)) {
			contactId = this.insert('contacts', 'contact_id', {
				first_name: null,
				last_name: null,
				phone: body.phone ?? null,
				email: body.email ?? null,
				user_id: user.user_id,
			}).contact_id;
		}
		if (!contactId) return this.error(req, 412, 'contact is missing');
		const account = body.account_id
			? this.find('accounts', 'account_id', body.account_id)
			: [...this.tables.accounts].reverse().find((a) => a.user_id === user.user_id && Number(a.active) === 1);
		if (!account) return this.error(req, 404, 'Account not found');
		const tx = this.insert('transmissions', 'transmission_id', {
			title: body.title ?? program.name,
			origin: program.type,
			service_flag: SERVICE_FLAG[String(program.type)],
			program_id: program.program_id,
			account_id: account.account_id,
			contact_id: Number(contactId),
			campaign_id: null,
			direction: body.direction ?? 'outbound',
			status: 'pending',
			response: '',
			try_allowed: Number(body.try_allowed ?? 1),
			try_done: 0,
			last_run: null,
			is_deleted: 0,
			user_id: user.user_id,
		});
		return tx.transmission_id as number;
	}

	private registerTransmissionRoutes() {
		const withTx = (handler: (req: SimRequest, tx: Row) => unknown) => (req: SimRequest, p: Record<string, string>) => {
			const tx = this.find('transmissions', 'transmission_id', p.id);
			return tx ? handler(req, tx) : this.error(req, 404, 'Transmission not found');
		};
		this.api(
			'GET',
			'/transmissions/:id',
			withTx((_req, tx) => {
				const account = this.find('accounts', 'account_id', tx.account_id);
				const contact = this.find('contacts', 'contact_id', tx.contact_id);
				return {
					...row(tx, [
						'transmission_id',
						'title',
						'service_flag',
						'program_id',
						'origin',
						'direction',
						'response',
						'try_allowed',
						'last_run',
						'is_deleted',
						'campaign_id',
						'user_id',
					]),
					oAccount: account ? row(account) : null,
					oContact: contact ? row(contact) : null,
					oSpool: null,
					aResult: [],
				};
			}),
		);
		this.api(
			'DELETE',
			'/transmissions/:id',
			withTx((_req, tx) => {
				this.tables.transmissions.splice(this.tables.transmissions.indexOf(tx), 1);
				// A deleted transmission ends no attempt.
				this.inProgress.delete(tx);
				this.tables.tasks.forEach((t) => t.transmission_id === tx.transmission_id && (t.done = 1));
				return true;
			}),
		);
		const send = withTx((req, tx) => {
			if (tx.status === 'invalid') return this.error(req, 423, 'Invalid transmission, unable to process');
			if (tx.status === 'processing') return this.error(req, 423, 'Transmission already in process');
			if (tx.status === 'completed') return this.error(req, 423, 'Transmission completed, request denied');
			return this.startAttempt(tx);
		});
		this.api('POST', '/transmissions/:id/send', send);
		this.api('POST', '/transmissions/:id/retry', send);
		this.api(
			'GET',
			'/transmissions/:id/status',
			withTx((_req, tx) => tx.status),
		);
		this.api(
			'GET',
			'/transmissions/:id/detail',
			withTx((req, tx) =>
				this.filter(
					this.tables.spools.filter((s) => s.transmission_id === tx.transmission_id),
					req.query,
					{ exact: ['spool_id', 'account_id', 'status', 'response'] },
				).map((s) => row(s, ['spool_id', 'account_id', 'transmission_id', 'status', 'response'])),
			),
		);
		this.api(
			'GET',
			'/transmissions/:id/result',
			withTx((req, tx) =>
				this.filter(
					this.tables.results.filter((r) => r.spool_id === tx._spool),
					req.query,
					{ exact: ['spool_result_id', 'application_id', 'type', 'name'], like: ['data'] },
				).map((r) => row(r)),
			),
		);
		this.api(
			'GET',
			'/transmissions/:id/clone',
			withTx((_req, tx) => {
				const { transmission_id: _id, date_created: _d, _spool, _dueAt, _retryAt, ...copy } = tx;
				return this.insert('transmissions', 'transmission_id', {
					...copy,
					status: 'pending',
					response: '',
					try_done: 0,
					last_run: null,
				}).transmission_id;
			}),
		);
		this.api(
			'PUT',
			'/transmissions/:id/schedule',
			withTx((req, tx) => this.schedule(req, { transmission_id: tx.transmission_id })),
		);
		this.api(
			'DELETE',
			'/transmissions/:id/schedule',
			withTx((_req, tx) => {
				this.tables.tasks.forEach((t) => t.transmission_id === tx.transmission_id && (t.done = 1));
				return null; // PHP null: an empty body
			}),
		);
		this.api(
			'GET',
			'/spools/:id/status',
			(req, p) => this.find('spools', 'spool_id', p.id)?.status ?? this.error(req, 404, 'Spool not found'),
		);
		this.api('GET', '/spools/:id/result', (_req, p) =>
			this.tables.results.filter((r) => String(r.spool_id) === p.id).map((r) => row(r)),
		);
	}

	/** `delay` seconds, a unix `timestamp` or a `datetime` string; answers the task (schedule) id. */
	private schedule(req: SimRequest, target: Row): unknown {
		const body = this.json(req);
		const fireAt =
			body.delay !== undefined
				? this.now() + Number(body.delay)
				: body.timestamp !== undefined
					? Number(body.timestamp)
					: body.datetime !== undefined
						? Math.floor(Date.parse(String(body.datetime)) / 1000)
						: NaN;
		if (!Number.isFinite(fireAt)) return this.error(req, 412, 'Invalid schedule');
		return this.insert('tasks', 'task_id', { ...target, fire_at: fireAt, done: 0 }).task_id;
	}

	private registerCampaigns() {
		const fields = ['program_id', 'group_id', 'cpm', 'try_allowed', 'account_id', 'source'];
		const filters: FilterSpec = {
			exact: ['campaign_id', 'group_id', 'user_id', 'created_by'],
			like: ['status'],
			suffix: ['program_id'],
		};
		this.crud('/campaigns', 'campaigns', 'campaign_id', 'Campaign not found', {
			fields,
			getFields: [
				'campaign_id',
				'program_id',
				'group_id',
				'cpm',
				'try_allowed',
				'account_id',
				'status',
				'source',
				'created_by',
				'user_id',
			],
			create: (req) => {
				const body = this.json(req);
				const campaign = this.insert('campaigns', 'campaign_id', {
					...Object.fromEntries(fields.map((f) => [f, body[f] ?? null])),
					cpm: body.cpm ?? 2,
					try_allowed: body.try_allowed ?? 1,
					account_id: Number(body.account_id) > 0 ? body.account_id : this.tables.accounts[0]?.account_id,
					status: 'new',
					contact_total: 0,
					contact_done: 0,
					pid: null,
					last_run: null,
					created_by: null,
					user_id: this.userOf(req)!.user_id,
				});
				return campaign.campaign_id;
			},
			list: (req) =>
				this.filter(this.tables.campaigns, req.query, filters).map((c) => ({
					...row(c),
					program_type: this.find('programs', 'program_id', c.program_id)?.type ?? null,
				})),
		});
		const action = (start: boolean) => (req: SimRequest, p: Record<string, string>) => {
			const campaign = this.find('campaigns', 'campaign_id', p.id);
			if (!campaign) return this.error(req, 404, 'Campaign not found');
			if (start) {
				if (campaign.status === 'running' || campaign.status === 'completed') return false; // the daemon does not start
				if (campaign.status === 'new') {
					for (const link of this.tables.links.filter((l) => l.group_id === Number(campaign.group_id))) {
						this.insert('transmissions', 'transmission_id', {
							title: 'campaign',
							origin: 'campaign',
							service_flag: SERVICE_FLAG[String(this.find('programs', 'program_id', campaign.program_id)?.type)] ?? 0,
							program_id: Number(campaign.program_id),
							account_id: campaign.account_id,
							contact_id: link.contact_id,
							campaign_id: campaign.campaign_id,
							direction: 'outbound',
							status: 'pending',
							response: '',
							try_allowed: 1,
							try_done: 0,
							last_run: null,
							is_deleted: 0,
							user_id: campaign.user_id,
						});
						campaign.contact_total = Number(campaign.contact_total) + 1;
					}
				}
				campaign.status = 'running';
				campaign._startedAt = this.clock();
				campaign._sent = 0;
			} else {
				if (campaign.status !== 'running') return false;
				campaign.status = 'paused';
			}
			campaign.last_run = this.now();
			return campaign.campaign_id;
		};
		for (const method of ['PUT', 'GET']) {
			this.api(method, '/campaigns/:id/start', action(true));
			this.api(method, '/campaigns/:id/stop', action(false));
		}
	}

	private registerAccounts() {
		const fields = [
			'type',
			'username',
			'passwd',
			'passwd_pin',
			'first_name',
			'last_name',
			'phone',
			'email',
			'address',
			'active',
			'settings',
		];
		this.crud('/accounts', 'accounts', 'account_id', 'Account not found', {
			fields,
			listFields: ['account_id', 'type', 'username', 'first_name', 'last_name', 'phone', 'email', 'created_by'],
			getFields: [
				'account_id',
				'type',
				'username',
				'passwd',
				'passwd_pin',
				'first_name',
				'last_name',
				'phone',
				'email',
				'address',
				'settings',
				'active',
				'user_id',
			],
			filters: {
				exact: ['account_id', 'user_id', 'created_by'],
				like: ['type', 'username', 'phone', 'email', 'passwd', 'passwd_pin', 'first_name', 'last_name'],
			},
			create: (req) => {
				const body = this.json(req);
				const user = this.userOf(req)!;
				return this.insert('accounts', 'account_id', {
					...Object.fromEntries(fields.map((f) => [f, body[f] ?? null])),
					type: body.type ?? 'account',
					active: body.active ?? 1,
					settings: body.settings ?? {},
					user_id: user.user_id,
					created_by: user.user_id,
				}).account_id;
			},
		});
		this.api('PUT', '/accounts/:id/programs/:name', (req, p) => {
			if (!this.find('accounts', 'account_id', p.id)) return this.error(req, 404, 'Account not found');
			return this.createProgram(req, p.name, { account_id: Number(p.id) });
		});
		const unsubscribe = (req: SimRequest, p: Record<string, string>) => {
			if (!this.find('accounts', 'account_id', p.id)) return this.error(req, 404, 'Account not found');
			this.tables.programs = this.tables.programs.filter(
				(r) => !(String(r.account_id) === p.id && (!p.name || r.type === p.name || String(r.program_id) === p.name)),
			);
			return true;
		};
		this.api('DELETE', '/accounts/:id/programs/:name', unsubscribe);
		this.api('DELETE', '/accounts/:id/programs', unsubscribe);
	}
}
