import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import type { ProviderErrorDetails } from './errors';
import { providerError } from './errors';

/** Every n8n context a provider request can be made from. */
export type RequestContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IHookFunctions
	| IPollFunctions
	| IWebhookFunctions;

export interface HttpResponse<T = unknown> {
	statusCode: number;
	headers: IDataObject;
	body: T;
	/**
	 * Set when this answer came from a repeated write whose earlier attempt may have been carried out (its
	 * connection broke, or a gateway gave up, after the request left): an error in this answer does not mean
	 * nothing happened.
	 */
	earlierAttemptMayHaveActed?: boolean;
}

export interface RetryPolicy {
	/** Retries after the first attempt. */
	maxRetries: number;
	/** First back-off step; doubles on each retry, with jitter. */
	baseDelayMs: number;
	/** Upper bound for any single wait, including a provider's `Retry-After`. */
	maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 4, baseDelayMs: 500, maxDelayMs: 30_000 };

export interface RequestPolicy extends Partial<RetryPolicy> {
	/** The credential type whose `authenticate` signs the request. */
	credentialType: string;
	/** Provider name for error messages. */
	provider: string;
	/**
	 * Whether sending the request twice cannot do anything twice: reads, deletes, updates, and creates the provider
	 * de-duplicates (for example by an id the request carries). A request that is not idempotent is retried only
	 * where it provably never reached the provider: a 429 (refused before processing) or a connection never made.
	 */
	idempotent: boolean;
	/** For a credential whose token expires (`preAuthentication`): how it logs in. */
	login?: LoginPolicy;
	itemIndex?: number;
}

/**
 * A credential that logs in for a token (n8n's `preAuthentication`, which n8n runs when the token is empty and, for a
 * request that throws on HTTP errors, again after a 401). Answers are read whole first, so that a 429's Retry-After
 * is honoured (n8n keeps no response headers on the errors it throws); only a request refused with 401, which did
 * nothing, is repeated through n8n's token renewal. One login at a time per `key`: items in flight that meet a login
 * in progress wait for it and use its token, instead of each logging in.
 */
export interface LoginPolicy {
	/** The account logging in, e.g. base URL + user. */
	key: string;
	/** Whether the credential holds a token already; without one the request logs in first. */
	hasToken: boolean;
	/**
	 * What the credential's `preAuthentication` threw when the login was refused, as the provider's error (n8n keeps
	 * the credential's description on the error it throws); undefined for any other failure.
	 */
	describeFailure(error: NodeApiError): ProviderErrorDetails | undefined;
}

/** Statuses worth another attempt: throttling and passing gateway or availability trouble. */
const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
/** Connection errors that happen before a single byte of the request was sent. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);
/** Connection errors after which the provider may or may not have received the request. */
const MAYBE_SENT_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED', 'EPIPE', 'ERR_SOCKET_CONNECTION_TIMEOUT']);
/** Gateway answers that can come after the provider behind the gateway acted. */
const MAYBE_ACTED_STATUS = new Set([502, 504]);

/** What n8n's helpers throw: a NodeApiError over the HTTP client's error (whose cause n8n does not always keep). */
interface RequestFailure {
	code?: string;
	message?: string;
	messages?: string[];
	httpCode?: string | null;
	description?: string | null;
	context?: IDataObject;
	response?: { status?: number; data?: unknown; headers?: IDataObject };
	cause?: RequestFailure;
}

const asFailure = (error: unknown): RequestFailure => (error && typeof error === 'object' ? error : {}) as RequestFailure;

/** The connection error code of a failed request (n8n keeps it as `httpCode`), or undefined when the provider answered. */
export function connectionErrorCode(error: unknown): string | undefined {
	const e = asFailure(error);
	if (e.cause?.response?.status || e.response?.status) return undefined;
	for (const candidate of [e.cause?.code, e.code, e.httpCode]) {
		if (typeof candidate === 'string' && /^E[A-Z_]+$/.test(candidate)) return candidate;
	}
	if ([e.message, ...(e.messages ?? [])].some((m) => /socket hang up/i.test(m ?? ''))) return 'ECONNRESET';
	return undefined;
}

/** The provider's answer carried by a thrown HTTP error, or undefined when there was none. */
function responseOf(error: unknown): HttpResponse | undefined {
	const e = asFailure(error);
	const response = e.cause?.response ?? e.response;
	const status = response?.status ?? (/^\d{3}$/.test(e.httpCode ?? '') ? Number(e.httpCode) : undefined);
	if (!status) return undefined;
	return { statusCode: status, headers: response?.headers ?? {}, body: response?.data ?? e.context?.data ?? e.description };
}

/** Seconds or an HTTP date, as `Retry-After` allows; undefined when absent or unreadable. */
export function retryAfterMs(headers: IDataObject | undefined, now = Date.now()): number | undefined {
	const raw = headers?.['retry-after'] ?? headers?.['Retry-After'];
	if (raw === undefined || raw === null || raw === '') return undefined;
	const text = String(Array.isArray(raw) ? raw[0] : raw).trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
	const date = Date.parse(text);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential back-off with "equal jitter": half fixed, half random, so waits never collapse to zero. */
export function backoffMs(attempt: number, policy: RetryPolicy, random = Math.random): number {
	const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
	return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * One provider request through n8n's `httpRequestWithAuthentication` (proxies, credential `authenticate`,
 * token renewal), with bounded retries. It returns the last response whatever its status, so that the
 * provider's transport can read errors the way that provider reports them (HTTP status or HTTP 200 body).
 * It throws only when no response arrived.
 */
export async function requestWithRetry(
	this: RequestContext,
	options: IHttpRequestOptions,
	policy: RequestPolicy,
): Promise<HttpResponse> {
	const { login } = policy;
	if (!login) return await sendWithRetries.call(this, options, policy, false);
	const send = async (renewToken: boolean) => {
		try {
			return await sendWithRetries.call(this, options, policy, renewToken);
		} catch (error) {
			// Reading HTTP errors as answers, only a refused login throws without a connection error code.
			const refused =
				!renewToken && error instanceof NodeApiError && !error.context.connectionError
					? login.describeFailure(error)
					: undefined;
			throw refused ? providerError(this.getNode(), policy.provider, { ...refused, itemIndex: policy.itemIndex }) : error;
		}
	};
	let response = login.hasToken ? await send(false) : await oneLoginAtATime(login.key, send, false);
	if (response.statusCode === 401) {
		const renewed = await oneLoginAtATime(login.key, send, true);
		response = response.earlierAttemptMayHaveActed ? { ...renewed, earlierAttemptMayHaveActed: true } : renewed;
	}
	return response;
}

/** Logins in progress (a first login or a token renewal), by login key. */
const logins = new Map<string, Promise<unknown>>();

/**
 * Sends a request that needs a login (no token yet, or the token was refused), one login at a time per key. A request
 * that meets a login in progress waits for it and is sent again with the new token; only if that is refused too
 * (after a few logins by others) does it log in itself. With `renewToken`, the request goes through n8n's token
 * renewal, which renews only if the repeated request is refused again, so a token renewed meanwhile is simply used.
 */
async function oneLoginAtATime(
	key: string,
	send: (renewToken: boolean) => Promise<HttpResponse>,
	renewToken: boolean,
): Promise<HttpResponse> {
	for (let waits = 0, pending = logins.get(key); pending && waits < 3; waits++, pending = logins.get(key)) {
		await pending.catch(() => undefined);
		const retried = await send(false);
		if (retried.statusCode !== 401) return retried;
	}
	const own = send(renewToken);
	logins.set(key, own);
	try {
		return await own;
	} finally {
		if (logins.get(key) === own) logins.delete(key);
	}
}

/**
 * The retry loop. With `renewToken`, n8n renews an expired token on a 401 and repeats the request; it does that only
 * for a request that throws on HTTP errors, so the response is then read off the thrown error.
 */
async function sendWithRetries(
	this: RequestContext,
	options: IHttpRequestOptions,
	policy: RequestPolicy,
	renewToken: boolean,
): Promise<HttpResponse> {
	const retry: RetryPolicy = {
		maxRetries: policy.maxRetries ?? DEFAULT_RETRY_POLICY.maxRetries,
		baseDelayMs: policy.baseDelayMs ?? DEFAULT_RETRY_POLICY.baseDelayMs,
		maxDelayMs: policy.maxDelayMs ?? DEFAULT_RETRY_POLICY.maxDelayMs,
	};
	// Whether an attempt so far may have been carried out although it failed. Only a request that does something
	// matters: a write, or a read that is not idempotent (one that consumes what it reads).
	const canAct =
		!policy.idempotent || !['GET', 'HEAD', 'OPTIONS'].includes(String(options.method ?? 'GET').toUpperCase());
	let mayHaveActed = false;
	for (let attempt = 0; ; attempt++) {
		let response: HttpResponse | undefined;
		let failure: unknown;
		try {
			response = (await this.helpers.httpRequestWithAuthentication.call(this, policy.credentialType, {
				...options,
				headers: { ...(options.headers ?? {}) },
				returnFullResponse: true,
				ignoreHttpStatusErrors: !renewToken,
			})) as HttpResponse;
		} catch (error) {
			response = renewToken ? responseOf(error) : undefined;
			if (!response) failure = error;
		}

		const canRetry = attempt < retry.maxRetries;
		if (response) {
			const retryable =
				RETRYABLE_STATUS.has(response.statusCode) && (policy.idempotent || response.statusCode === 429);
			if (!retryable || !canRetry) return mayHaveActed ? { ...response, earlierAttemptMayHaveActed: true } : response;
			mayHaveActed ||= canAct && MAYBE_ACTED_STATUS.has(response.statusCode);
			await sleep(Math.min(retry.maxDelayMs, retryAfterMs(response.headers) ?? backoffMs(attempt, retry)));
			continue;
		}

		const code = connectionErrorCode(failure);
		// No answer and no connection failure: something before the request went wrong (a credential that cannot
		// log in, an invalid option). n8n's own error says what.
		if (!code) throw failure;
		const neverSent = NOT_SENT_CODES.has(code);
		mayHaveActed ||= canAct && !neverSent;
		const retryable = neverSent || (policy.idempotent && MAYBE_SENT_CODES.has(code));
		if (retryable && canRetry) {
			await sleep(backoffMs(attempt, retry));
			continue;
		}
		throw connectionError(this, policy, code, mayHaveActed, attempt + 1);
	}
}

function connectionError(
	ctx: RequestContext,
	policy: RequestPolicy,
	code: string,
	mayHaveActed: boolean,
	attempts: number,
): NodeApiError {
	const { provider } = policy;
	const tried = attempts > 1 ? ` after ${attempts} attempts` : '';
	let description = `No answer from ${provider}${tried}. Check the base URL in the credential and the network.`;
	if (mayHaveActed) {
		description =
			attempts > 1
				? `No answer from ${provider}${tried}, and an attempt may have reached ${provider} before its connection failed. Check with ${provider} before running it again.`
				: `The request may have reached ${provider} before the connection failed, so it was not repeated: repeating it could do the same thing twice. Check with ${provider} before running it again.`;
	}
	const error = new NodeApiError(
		ctx.getNode(),
		{},
		{ message: `${provider}: the connection failed`, description, itemIndex: policy.itemIndex },
	);
	// Added after construction: n8n swaps messages that name a connection code for a generic text.
	error.message = `${error.message} (${code})`;
	error.context.connectionError = code;
	return error;
}
