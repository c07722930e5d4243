import type { IDataObject, IHttpRequestMethods, IHttpRequestOptions, NodeApiError } from 'n8n-workflow';

import type { ProviderErrorDetails } from '../shared/errors';
import { providerError } from '../shared/errors';
import type { RequestContext } from '../shared/transport';
import { requestWithRetry } from '../shared/transport';
import { normaliseRecord } from './helpers/normalise';

export const PROVIDER = 'ICTCore';
export const CREDENTIAL_TYPE = 'ictCoreRestApi';

export interface IctCoreRequest {
	method: IHttpRequestMethods;
	/** Path below the API root, e.g. `/transmissions/12/send`. */
	path: string;
	/** A JSON body, or raw bytes for media and CSV uploads (with `contentType`). */
	body?: IDataObject | Buffer;
	contentType?: string;
	qs?: IDataObject;
	/** Whether repeating the request cannot do anything twice (see `requestWithRetry`). */
	idempotent: boolean;
	/**
	 * What the call must answer: `id` (a create or an action answering a bare id; an empty body or `false` is an
	 * error), `record` (a JSON object), `list` (a JSON array), `any` (whatever JSON ICTCore sends; `false` is still
	 * an error) or `file` (raw bytes). An answer that is not JSON is an error for all but `file`.
	 */
	expect?: 'id' | 'record' | 'list' | 'any' | 'file';
	itemIndex?: number;
}

/** A file ICTCore sent (media, CSV export). */
export interface IctCoreFile {
	data: Buffer;
	mimeType: string;
	fileName?: string;
}

/** Said when a create answers nothing: the default branch of ICTCore (ictcore-7, v2.1.0) stops before writing. */
const NO_ID_HINT =
	'ICTCore returned no ID. This server build may be affected by a known regression of the ictcore-7 branch (v2.1.0) that stops write calls before they save anything; use the master branch (v1.x).';

/** A body that is not JSON (a PHP error page, a proxy's HTML, a cut-off answer), kept as text. */
class NotJson {
	constructor(readonly text: string) {}
}

function parseBody(body: unknown): unknown {
	if (Buffer.isBuffer(body)) body = body.toString('utf8');
	if (body instanceof ArrayBuffer) body = Buffer.from(body).toString('utf8');
	if (typeof body !== 'string') return body;
	const text = body.trim();
	if (text === '') return undefined;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		// ICTCore answers JSON whatever its Content-Type says; anything else is not an answer of the API.
		return new NotJson(text);
	}
}

/** Whether a text holds bytes no readable answer has: control characters or undecodable ones. */
const isBinary = (text: string) =>
	[...text].some((c) => {
		const code = c.charCodeAt(0);
		return (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd;
	});

/** Up to 300 characters of a text answer worth showing: not an HTML page, not binary. */
function readable(text: string): string | undefined {
	if (/^\s*</.test(text) || isBinary(text)) return undefined;
	return text.slice(0, 300);
}

/** A refused JWT login, as the 401 it stands for (the credential's preAuthentication describes it). */
function loginFailure(error: NodeApiError): ProviderErrorDetails | undefined {
	if (!/^POST \/authenticate answered HTTP/.test(error.description ?? '')) return undefined;
	return { message: `HTTP ${error.httpCode ?? 401}`, httpCode: error.httpCode ?? 401, detail: error.description ?? undefined };
}

function fileNameOf(disposition: unknown): string | undefined {
	return /filename="?([^";]+)"?/i.exec(String(disposition ?? ''))?.[1];
}

/**
 * One ICTCore call: the API root from the credential, the exact `application/json` content type ICTCore insists on,
 * retries through `requestWithRetry`, and ICTCore's error shapes — `{"error":{code,message}}` with the same HTTP
 * status, `false` with HTTP 200, an empty body where an id was due — turned into provider errors.
 */
export async function ictCoreRequest(this: RequestContext, request: IctCoreRequest): Promise<unknown> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const raw = Buffer.isBuffer(request.body);
	const options: IHttpRequestOptions = {
		method: request.method,
		baseURL: String(credentials.baseUrl ?? '').replace(/\/+$/, ''),
		url: request.path,
		qs: request.qs,
		headers: {
			Accept: 'application/json',
			...(request.body !== undefined ? { 'Content-Type': raw ? request.contentType : 'application/json' } : {}),
		},
		body: request.body,
		skipSslCertificateValidation: credentials.ignoreSslIssues === true,
		// Raw text otherwise, parsed here: the HTTP client would turn a JSON string ("completed") and plain text alike
		// into a string, and only one of them is an answer of the API.
		encoding: request.expect === 'file' ? ('arraybuffer' as const) : ('text' as const),
	};
	// Only JWT mode logs in; Basic credentials have nothing to renew.
	const response = await requestWithRetry.call(this, options, {
		credentialType: CREDENTIAL_TYPE,
		provider: PROVIDER,
		idempotent: request.idempotent,
		itemIndex: request.itemIndex,
		login:
			credentials.authMode === 'jwt'
				? {
						key: `${String(options.baseURL)} ${String(credentials.username)}`,
						hasToken: Boolean(credentials.authToken),
						describeFailure: loginFailure,
					}
				: undefined,
	});

	const fail = (message: string, code?: number | string, detail?: string, body?: unknown) =>
		providerError(this.getNode(), PROVIDER, {
			message,
			httpCode: response.statusCode,
			code,
			detail,
			body,
			earlierAttemptMayHaveActed: response.earlierAttemptMayHaveActed,
			itemIndex: request.itemIndex,
		});

	if (response.statusCode >= 400) {
		const parsed = parseBody(response.body);
		const body = parsed instanceof NotJson ? parsed.text : parsed;
		const error = (body as { error?: { code?: unknown; message?: unknown } } | null | undefined)?.error;
		if (typeof error?.message === 'string' && error.message !== '') {
			const code = typeof error.code === 'number' || typeof error.code === 'string' ? error.code : undefined;
			throw fail(error.message, code, undefined, body);
		}
		// a PHP error page or n8n's own text (a refused token request) instead of ICTCore's error object
		const text = typeof body === 'string' ? readable(body) : undefined;
		throw fail(`HTTP ${response.statusCode}`, undefined, text, body ?? '');
	}
	if (request.expect === 'file') {
		const data = Buffer.isBuffer(response.body) ? response.body : Buffer.from(response.body as ArrayBuffer);
		return {
			data,
			mimeType: String(response.headers['content-type'] ?? 'application/octet-stream').split(';')[0],
			fileName: fileNameOf(response.headers['content-disposition']),
		} satisfies IctCoreFile;
	}
	const body = parseBody(response.body);
	if (body instanceof NotJson)
		throw fail('the answer is not JSON', undefined, readable(body.text), body.text.slice(0, 1000));
	if (body === false) throw fail('the request failed (answer: false)', undefined, undefined, body);
	if (request.expect === 'id' && (body === undefined || !/^\d+$/.test(String(body)))) {
		throw fail('no ID in the response', undefined, NO_ID_HINT, body ?? '');
	}
	const isRecord = body !== null && typeof body === 'object' && !Array.isArray(body);
	if (request.expect === 'record' && !isRecord) throw fail('the answer is not a record', undefined, undefined, body ?? '');
	if (request.expect === 'list' && !Array.isArray(body)) throw fail('the answer is not a list', undefined, undefined, body ?? '');
	return body;
}

/** A call answering a bare id (a create, a send, a clone): the id as a number. */
export async function ictCoreCreate(this: RequestContext, request: Omit<IctCoreRequest, 'expect'>): Promise<number> {
	return Number(await ictCoreRequest.call(this, { ...request, expect: 'id' }));
}

/** A read answering one record, with ids and counters as numbers. */
export async function ictCoreRead(
	this: RequestContext,
	path: string,
	qs?: IDataObject,
	itemIndex?: number,
): Promise<IDataObject> {
	return normaliseRecord(
		await ictCoreRequest.call(this, { method: 'GET', path, qs, idempotent: true, itemIndex, expect: 'record' }),
	);
}

/** A read answering a list of records, with ids and counters as numbers. */
export async function ictCoreList(
	this: RequestContext,
	path: string,
	qs?: IDataObject,
	itemIndex?: number,
): Promise<IDataObject[]> {
	const body = await ictCoreRequest.call(this, { method: 'GET', path, qs, idempotent: true, itemIndex, expect: 'list' });
	return (body as unknown[]).map(normaliseRecord);
}
