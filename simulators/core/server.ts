import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { seededRandom } from './random';
import type { DeliveryOptions, DeliveryResult } from './webhooks';
import { deliverWebhook } from './webhooks';

export interface SimRequest {
	/** 1-based sequence number of the request on this simulator. */
	seq: number;
	method: string;
	path: string;
	query: Record<string, string>;
	headers: http.IncomingHttpHeaders;
	rawBody: Buffer;
	/** JSON or form bodies parsed; undefined when empty; `parseError` set when JSON was malformed. */
	body: unknown;
	parseError?: string;
	receivedAt: number;
	/** Filled in once answered. */
	status?: number;
	/** Set when a fault answered instead of the provider logic. */
	fault?: string;
	/** Set when the provider logic ran but the connection was dropped before the answer. */
	answerDropped?: boolean;
}

export interface SimResponse {
	status: number;
	/** Objects and arrays are sent as JSON; strings and Buffers as they are. */
	body?: unknown;
	headers?: Record<string, string>;
}

export type RouteParams = Record<string, string>;
export type RouteHandler = (req: SimRequest, params: RouteParams) => SimResponse | Promise<SimResponse>;

export interface FaultRule {
	/** Answer with this status instead (e.g. 429, 500, 502, 503). */
	status?: number;
	/** `Retry-After` header sent with the status. */
	retryAfter?: number | string;
	/** Body sent with the status (strings and Buffers as they are, e.g. an HTML page or a truncated JSON). */
	body?: unknown;
	/** Extra headers sent with the status (e.g. `content-type: text/html`). */
	headers?: Record<string, string>;
	/**
	 * Drop the connection without an answer: "before" the provider logic runs (nothing happened) or "after" it
	 * ran (the provider acted but the client never hears of it).
	 */
	drop?: 'before' | 'after';
	/** Extra delay before answering. */
	delayMs?: number;
	/** Fire on this fraction of matching requests (seeded, repeatable). */
	rate?: number;
	/** Fire on these 1-based positions among matching requests. */
	nth?: number[];
	/** Fire at most this many times. */
	times?: number;
	/** Only requests this returns true for count as matching. */
	match?: (req: SimRequest) => boolean;
}

interface Route {
	method: string;
	pattern: RegExp;
	keys: string[];
	handler: RouteHandler;
}

interface ActiveFault extends FaultRule {
	seen: number;
	fired: number;
}

function compilePath(path: string): { pattern: RegExp; keys: string[] } {
	const keys: string[] = [];
	const source = path
		.replace(/\/+$/, '')
		.split('/')
		.map((part) => {
			if (part.startsWith(':')) {
				keys.push(part.slice(1));
				return '([^/]+)';
			}
			return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		})
		.join('/');
	return { pattern: new RegExp(`^${source}/?$`), keys };
}

function parseBody(raw: Buffer, contentType: string | undefined): { body: unknown; parseError?: string } {
	if (raw.length === 0) return { body: undefined };
	const text = raw.toString('utf8');
	if (contentType?.includes('application/x-www-form-urlencoded')) {
		return { body: Object.fromEntries(new URLSearchParams(text)) };
	}
	if (contentType?.includes('json') || /^\s*[[{]/.test(text)) {
		try {
			return { body: JSON.parse(text) };
		} catch (error) {
			return { body: undefined, parseError: (error as Error).message };
		}
	}
	return { body: text };
}

/**
 * The base of every provider simulator: an HTTP server on 127.0.0.1, routes, a request log tests can assert on,
 * injectable latency and faults, and webhook delivery. Subclasses add the provider's routes and `authenticate`.
 */
export class Simulator {
	readonly log: SimRequest[] = [];

	/** Delay before every answer, like a provider across the internet. */
	latencyMs = 0;

	private readonly routes: Route[] = [];

	private faults: ActiveFault[] = [];

	private server?: http.Server;

	private seq = 0;

	private readonly random: () => number;

	private readonly sockets = new Set<import('node:net').Socket>();

	/** Deliveries in flight, awaited by `stop()` and `settled()`. */
	private readonly deliveries = new Set<Promise<DeliveryResult>>();

	constructor(
		readonly name: string,
		options: { seed?: number } = {},
	) {
		this.random = seededRandom(options.seed ?? 1);
	}

	get baseUrl(): string {
		const address = this.server?.address() as AddressInfo | null;
		if (!address) throw new Error(`${this.name} simulator is not started`);
		return `http://127.0.0.1:${address.port}`;
	}

	route(method: string, path: string, handler: RouteHandler): this {
		const { pattern, keys } = compilePath(path);
		this.routes.push({ method: method.toUpperCase(), pattern, keys, handler });
		return this;
	}

	/** Checks a request's credentials; return a response to refuse it. Providers override this. */
	protected authenticate(_req: SimRequest): SimResponse | undefined {
		return undefined;
	}

	/** The answer for a path no route knows. Providers override it to match their own error shape. */
	protected notFound(req: SimRequest): SimResponse {
		return { status: 404, body: { error: `No route for ${req.method} ${req.path}` } };
	}

	addFault(rule: FaultRule): FaultRule {
		const fault: ActiveFault = { ...rule, seen: 0, fired: 0 };
		this.faults.push(fault);
		return fault;
	}

	clearFaults(): void {
		this.faults = [];
	}

	/** Requests that reached the provider logic (not answered by a fault), optionally filtered. */
	requests(filter: { method?: string; path?: string | RegExp } = {}): SimRequest[] {
		return this.log.filter(
			(r) =>
				!r.fault &&
				(!filter.method || r.method === filter.method.toUpperCase()) &&
				(!filter.path || (typeof filter.path === 'string' ? r.path === filter.path : filter.path.test(r.path))),
		);
	}

	async start(port = 0): Promise<string> {
		this.server = http.createServer((req, res) => void this.handle(req, res));
		this.server.keepAliveTimeout = 1000;
		this.server.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		await new Promise<void>((resolve, reject) => {
			this.server!.once('error', reject);
			this.server!.listen(port, '127.0.0.1', () => resolve());
		});
		return this.baseUrl;
	}

	async stop(): Promise<void> {
		await this.settled();
		if (!this.server) return;
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) => this.server!.close(() => resolve()));
		this.server = undefined;
	}

	/** Delivers a webhook and keeps track of it, so `settled()` and `stop()` wait for it. */
	deliver(url: string, options: DeliveryOptions): Promise<DeliveryResult> {
		const delivery = deliverWebhook(url, options);
		this.deliveries.add(delivery);
		void delivery.finally(() => this.deliveries.delete(delivery));
		return delivery;
	}

	/** Resolves when no webhook delivery is in flight. */
	async settled(): Promise<void> {
		while (this.deliveries.size > 0) await Promise.allSettled([...this.deliveries]);
	}

	private pickFault(req: SimRequest): ActiveFault | undefined {
		for (const fault of this.faults) {
			if (fault.match && !fault.match(req)) continue;
			fault.seen++;
			if (fault.times !== undefined && fault.fired >= fault.times) continue;
			const byPosition = fault.nth?.includes(fault.seen) ?? false;
			const byRate = fault.rate !== undefined && this.random() < fault.rate;
			const always = fault.nth === undefined && fault.rate === undefined;
			if (byPosition || byRate || always) {
				fault.fired++;
				return fault;
			}
		}
		return undefined;
	}

	private async dispatch(req: SimRequest): Promise<SimResponse> {
		const denied = this.authenticate(req);
		if (denied) return denied;
		for (const route of this.routes) {
			if (route.method !== req.method) continue;
			const match = route.pattern.exec(req.path);
			if (!match) continue;
			const params = Object.fromEntries(route.keys.map((k, i) => [k, decodeURIComponent(match[i + 1])]));
			return await route.handler(req, params);
		}
		return this.notFound(req);
	}

	private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const rawBody = Buffer.concat(chunks);
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const parsed = parseBody(rawBody, req.headers['content-type']);
		const simReq: SimRequest = {
			seq: ++this.seq,
			method: (req.method ?? 'GET').toUpperCase(),
			path: url.pathname,
			query: Object.fromEntries(url.searchParams),
			headers: req.headers,
			rawBody,
			body: parsed.body,
			parseError: parsed.parseError,
			receivedAt: Date.now(),
		};
		this.log.push(simReq);

		const fault = this.pickFault(simReq);
		const wait = this.latencyMs + (fault?.delayMs ?? 0);
		if (wait > 0) await new Promise((r) => setTimeout(r, wait));

		if (fault?.drop === 'before') {
			simReq.fault = 'drop-before';
			req.socket.destroy();
			return;
		}
		if (fault?.status) {
			simReq.fault = `status-${fault.status}`;
			simReq.status = fault.status;
			const headers: Record<string, string> = { ...(fault.headers ?? {}) };
			if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
			this.send(res, { status: fault.status, body: fault.body ?? { error: `Injected ${fault.status}` }, headers });
			return;
		}

		let response: SimResponse;
		try {
			response = await this.dispatch(simReq);
		} catch (error) {
			response = { status: 500, body: { error: `Simulator failure: ${(error as Error).message}` } };
		}
		simReq.status = response.status;
		if (fault?.drop === 'after') {
			// The provider acted; the client only loses the answer.
			simReq.answerDropped = true;
			req.socket.destroy();
			return;
		}
		this.send(res, response);
	}

	private send(res: http.ServerResponse, response: SimResponse): void {
		const headers: Record<string, string> = { ...(response.headers ?? {}) };
		let payload: Buffer | string = '';
		if (Buffer.isBuffer(response.body) || typeof response.body === 'string') {
			payload = response.body;
			headers['content-type'] ??= 'text/plain; charset=utf-8';
		} else if (response.body !== undefined) {
			payload = JSON.stringify(response.body);
			headers['content-type'] ??= 'application/json';
		}
		res.writeHead(response.status, headers);
		res.end(payload);
	}
}

/** How the sandbox (`npm start`) starts a provider's simulator and what credential points n8n at it. */
export interface SandboxEntry {
	/** Fixed local port in the sandbox. */
	port: number;
	create(): Simulator;
	/** Credentials to create in the sandbox n8n, pointing at the simulator's base URL. */
	credentials(baseUrl: string): Array<{ name: string; type: string; data: Record<string, unknown> }>;
}
