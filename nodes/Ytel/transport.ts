import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import { KeyedRateLimiter } from '../shared/concurrency';
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

const accountLimiter = new KeyedRateLimiter(REQUESTS_PER_SECOND);

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
	status?: boolean;
	count?: number;
	payload?: unknown;
	error?: Array<{ code?: string; message?: string; moreInfo?: string }>;
	message?: string;
}

/**
 * One Ytel request: unwraps the `{status, count, page, payload, error}` envelope and returns `payload` (always a
 * list). `status: false` (also at HTTP 200) and HTTP ≥ 400 become a NodeApiError with Ytel's code, message and
 * moreInfo. An expired session token is renewed once on 401 through the credential's preAuthentication.
 */
export async function ytelRequest(this: RequestContext, request: YtelRequest, policy: YtelPolicy): Promise<IDataObject[]> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const baseURL = String(credentials.baseUrl).replace(/\/+$/, '');
	const account = credentials.authMethod === 'accessToken' ? credentials.accessToken : credentials.email;
	await accountLimiter.acquire(`${baseURL} ${String(account)}`);
	const response = await requestWithRetry.call(
		this,
		{ method: request.method, baseURL, url: request.path, body: request.body, qs: request.qs, json: true },
		{ credentialType: CREDENTIAL_TYPE, provider: PROVIDER, idempotent: policy.idempotent, itemIndex: policy.itemIndex, renewTokenOn401: true },
	);
	const body = (response.body ?? {}) as Envelope;
	if (response.statusCode >= 400 || body.status === false) {
		const first = body.error?.[0];
		throw providerError(this.getNode(), PROVIDER, {
			message: first?.message ?? body.message ?? `HTTP ${response.statusCode}`,
			httpCode: response.statusCode,
			code: first?.code,
			detail: first?.moreInfo,
			body,
			earlierAttemptMayHaveActed: response.earlierAttemptMayHaveActed,
			itemIndex: policy.itemIndex,
		});
	}
	return Array.isArray(body.payload) ? (body.payload as IDataObject[]) : [];
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
