import type { IDataObject, IHttpRequestMethods, IHttpRequestOptions } from 'n8n-workflow';

import { providerError } from '../shared/errors';
import type { Page } from '../shared/pagination';
import type { RequestContext } from '../shared/transport';
import { requestWithRetry } from '../shared/transport';

export const PROVIDER = 'BulkSMS';
export const CREDENTIAL_TYPE = 'bulkSmsApi';

export interface BulkSmsRequest {
	method: IHttpRequestMethods;
	/** Path under the base URL, e.g. `/messages`. */
	path: string;
	qs?: IDataObject;
	body?: unknown;
	/**
	 * Whether repeating the request cannot do anything twice. Sends are idempotent only with a `deduplication-id`.
	 */
	idempotent: boolean;
	itemIndex?: number;
}

/** BulkSMS's error object: `{ type, title, status, detail? }`, the `type` a URL ending in `#<code>`. */
interface BulkSmsError {
	type?: string;
	title?: string;
	status?: number;
	detail?: string;
}

/** One BulkSMS API call: base URL from the credential, Basic auth, retries, and BulkSMS errors as NodeApiError. */
export async function bulkSmsRequest(this: RequestContext, request: BulkSmsRequest): Promise<unknown> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const options: IHttpRequestOptions = {
		method: request.method,
		baseURL: String(credentials.baseUrl).replace(/\/+$/, ''),
		url: request.path,
		qs: request.qs,
		headers: { Accept: 'application/json' },
		json: true,
	};
	if (request.body !== undefined) options.body = request.body as IDataObject;
	const response = await requestWithRetry.call(this, options, {
		credentialType: CREDENTIAL_TYPE,
		provider: PROVIDER,
		idempotent: request.idempotent,
		itemIndex: request.itemIndex,
	});
	if (response.statusCode < 400) {
		if (isBulkSmsJson(response.body, request.method)) return response.body;
		// An HTML page from a proxy, a truncated or non-JSON body: nothing in it can be trusted.
		throw providerError(this.getNode(), PROVIDER, {
			message: 'the answer is not the JSON BulkSMS sends',
			httpCode: response.statusCode,
			detail: `The request may have been carried out all the same${request.method === 'POST' ? '; check with BulkSMS before sending it again' : ''}.`,
			body: typeof response.body === 'string' ? response.body.slice(0, 1000) : response.body,
			earlierAttemptMayHaveActed: response.earlierAttemptMayHaveActed,
			itemIndex: request.itemIndex,
		});
	}

	const error = (response.body && typeof response.body === 'object' ? response.body : {}) as BulkSmsError;
	const detail = error.detail?.trim();
	const title = error.title ?? `HTTP ${response.statusCode}`;
	throw providerError(this.getNode(), PROVIDER, {
		message: detail ? `${title}: ${detail}` : title,
		httpCode: response.statusCode,
		code: error.type?.split('#')[1] ?? error.title,
		body: response.body,
		earlierAttemptMayHaveActed: response.earlierAttemptMayHaveActed,
		itemIndex: request.itemIndex,
	});
}

/** BulkSMS answers with a JSON object or an array of objects; some writes (deletions, blocking) with an empty body. */
function isBulkSmsJson(body: unknown, method: IHttpRequestMethods): boolean {
	if (method !== 'GET' && (body === undefined || body === '')) return true;
	const isObject = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
	return isObject(body) || (Array.isArray(body) && body.every(isObject));
}

/** Compares BulkSMS message ids (numeric strings, possibly beyond 2^53) without losing precision. */
function compareIds(a: string, b: string): number {
	return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * `GET /messages` pages for collectPages: newest first, each next page asks for ids below the lowest one seen,
 * and only an empty page ends the list, because BulkSMS may answer fewer than `limit` before the end.
 */
export function messagePages(this: RequestContext, clauses: string[], itemIndex?: number) {
	return async (below: string | undefined, wanted: number): Promise<Page<IDataObject, string>> => {
		const filter = [...clauses, ...(below ? [`id<${below}`] : [])].join('&');
		const items = (await bulkSmsRequest.call(this, {
			method: 'GET',
			path: '/messages',
			qs: { limit: Math.min(wanted, 1000), ...(filter ? { filter } : {}) },
			idempotent: true,
			itemIndex,
		})) as IDataObject[];
		return { items, next: items.map((m) => String(m.id)).sort(compareIds)[0] };
	};
}

/** `GET /blocked-numbers` pages for collectPages: by `min-id`, at most 10,000 a page, until an empty page. */
export function blockedNumberPages(this: RequestContext, itemIndex?: number) {
	return async (minId: number | undefined, wanted: number): Promise<Page<IDataObject, number>> => {
		const items = (await bulkSmsRequest.call(this, {
			method: 'GET',
			path: '/blocked-numbers',
			qs: { limit: Math.min(wanted, 10_000), 'min-id': minId ?? 0 },
			idempotent: true,
			itemIndex,
		})) as IDataObject[];
		return { items, next: items.length ? Math.max(...items.map((b) => Number(b.id))) + 1 : undefined };
	};
}
