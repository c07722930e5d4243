import type { IDataObject, IHttpRequestMethods, NodeApiError } from 'n8n-workflow';

import { KeyedRateLimiter } from '../shared/concurrency';
import type { ProviderErrorDetails } from '../shared/errors';
import { providerError } from '../shared/errors';
import type { Page } from '../shared/pagination';
import type { RequestContext } from '../shared/transport';
import { requestWithRetry } from '../shared/transport';

export const PROVIDER = 'Ytel';
export const CREDENTIAL_TYPE = 'ytelApi';
/** Ytel's documented v4 limit (Kong `X-RateLimit-Limit-Second: 150`), kept per account. */
export const REQUESTS_PER_SECOND = 150;
/** Largest page of the call and SMS logs. */
export const MAX_LOG_PAGE = 5000;

/**
 * Requests leave at most this often per account: 3% under the limit, because Ytel counts arrivals, and network jitter
 * bunched requests paced at exactly 150/s into 151 within one second (bench/ytel.ts saw such 429s).
 */
const accountLimiter = new KeyedRateLimiter(REQUESTS_PER_SECOND * 0.97);

export interface YtelRequest {
	method: IHttpRequestMethods;
	/** Path below the base URL, e.g. `/v4/sms/`. */
	path: string;
	body?: IDataObject | IDataObject[];
	qs?: IDataObject;
}

export interface YtelPolicy {
	/** Whether repeating the request cannot do anything twice (see `requestWithRetry`). */
	idempotent: boolean;
	itemIndex?: number;
}

interface Envelope {
	status?: unknown;
	count?: unknown;
	payload?: unknown;
	error?: unknown;
	message?: unknown;
}

const isObject = (value: unknown): value is IDataObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** The login refused or unreadable, as an error that names Ytel's reason (the credential's preAuthentication gives it). */
function loginFailure(error: NodeApiError): ProviderErrorDetails | undefined {
	const reason = /^The login at \/auth\/v3\/token failed: (.*) \(HTTP \d+\)\.$/.exec(error.description ?? '')?.[1];
	if (reason === undefined) return undefined;
	return { message: reason, httpCode: error.httpCode ?? 401, detail: error.description ?? undefined };
}

/**
 * One Ytel request: unwraps the `{status, count, page, payload, error}` envelope and returns `payload` (always a
 * list). `status: false` (also at HTTP 200) and HTTP ≥ 400 become a NodeApiError with Ytel's code, message and
 * moreInfo. An expired session token is renewed on a 401 through the credential's preAuthentication.
 */
export async function ytelRequest(this: RequestContext, request: YtelRequest, policy: YtelPolicy): Promise<IDataObject[]> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const baseURL = String(credentials.baseUrl).replace(/\/+$/, '');
	const account = credentials.authMethod === 'accessToken' ? credentials.accessToken : credentials.email;
	await accountLimiter.acquire(`${baseURL} ${String(account)}`);
	// A long-lived access token needs no login and has nothing to renew.
	const response = await requestWithRetry.call(
		this,
		{ method: request.method, baseURL, url: request.path, body: request.body, qs: request.qs, json: true },
		{
			credentialType: CREDENTIAL_TYPE,
			provider: PROVIDER,
			idempotent: policy.idempotent,
			itemIndex: policy.itemIndex,
			login:
				credentials.authMethod === 'accessToken'
					? undefined
					: { key: `${baseURL} ${String(account)}`, hasToken: Boolean(credentials.sessionToken), describeFailure: loginFailure },
		},
	);
	// Anything but Ytel's envelope (a proxy's HTML page, a cut-off or empty body, JSON of another shape) is an error.
	const body: Envelope | undefined = isObject(response.body) ? response.body : undefined;
	const payload = body?.payload === undefined ? [] : body.payload;
	if (response.statusCode >= 400 || body?.status !== true || !Array.isArray(payload)) {
		const first = Array.isArray(body?.error) && isObject(body.error[0]) ? body.error[0] : {};
		const unreadable = response.statusCode < 400 && body?.status !== false;
		const code = first.code;
		throw providerError(this.getNode(), PROVIDER, {
			message:
				text(first.message) ??
				text(body?.message) ??
				(unreadable ? 'the answer is not a Ytel response' : `HTTP ${response.statusCode}`),
			httpCode: response.statusCode,
			code: typeof code === 'string' || typeof code === 'number' ? code : undefined,
			detail:
				text(first.moreInfo) ??
				(unreadable && !policy.idempotent
					? 'Ytel may have carried out the request although its answer cannot be read: check before running it again.'
					: undefined),
			body: body ?? { response: typeof response.body === 'string' ? response.body.slice(0, 1000) : (response.body ?? null) },
			earlierAttemptMayHaveActed: response.earlierAttemptMayHaveActed,
			itemIndex: policy.itemIndex,
		});
	}
	return payload.filter(isObject);
}

/** The first payload object of a single-object answer. */
export async function ytelRequestOne(this: RequestContext, request: YtelRequest, policy: YtelPolicy): Promise<IDataObject> {
	return (await ytelRequest.call(this, request, policy))[0] ?? {};
}

/** Offset paging (call and SMS logs): `limit` ≤ 5000 + `offset`; a short page is the last one. */
export function offsetPage(this: RequestContext, path: string, qs: IDataObject, itemIndex?: number) {
	return async (offset: number | undefined, wanted: number): Promise<Page<IDataObject, number>> => {
		const limit = Math.min(wanted, MAX_LOG_PAGE);
		const items = await ytelRequest.call(
			this,
			{ method: 'GET', path, qs: { ...qs, limit, offset: offset ?? 0 } },
			{ idempotent: true, itemIndex },
		);
		return { items, next: items.length < limit ? undefined : (offset ?? 0) + items.length };
	};
}

/**
 * Key paging (recordings `lastCallSid`, carrier logs `lastId`): the key of the last item asks for the ones after it.
 */
export function lastKeyPage(this: RequestContext, path: string, qs: IDataObject, cursorParameter: string, keyField: string, itemIndex: number) {
	return async (cursor: string | undefined, wanted: number): Promise<Page<IDataObject, string>> => {
		const limit = Math.min(wanted, MAX_LOG_PAGE);
		const items = await ytelRequest.call(
			this,
			{ method: 'GET', path, qs: { ...qs, limit, ...(cursor ? { [cursorParameter]: cursor } : {}) } },
			{ idempotent: true, itemIndex },
		);
		const last = items[items.length - 1];
		return { items, next: items.length < limit || !last ? undefined : String(last[keyField]) };
	};
}

/**
 * Phone number paging: `nextKey` is the Base64 E.164 number the page starts with. The next page starts at the last
 * number seen, which is dropped when Ytel repeats it, so either reading of "start with" gives every number once.
 */
export function nextKeyPage(this: RequestContext, itemIndex: number) {
	return async (cursor: string | undefined, wanted: number): Promise<Page<IDataObject, string>> => {
		const size = Math.min(wanted + (cursor ? 1 : 0), 1000);
		const qs: IDataObject = { size, ...(cursor ? { nextKey: Buffer.from(cursor).toString('base64') } : {}) };
		const page = await ytelRequest.call(this, { method: 'GET', path: '/v4/number/', qs }, { idempotent: true, itemIndex });
		const items = cursor && page[0]?.phoneNumber === cursor ? page.slice(1) : page;
		const last = page[page.length - 1];
		return { items, next: page.length < size || !last ? undefined : String(last.phoneNumber) };
	};
}
