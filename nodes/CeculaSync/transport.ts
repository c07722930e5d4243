import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import { providerError } from '../shared/errors';
import type { RequestContext } from '../shared/transport';
import { requestWithRetry } from '../shared/transport';

export const PROVIDER = 'Cecula Sync';
export const CREDENTIAL_TYPE = 'ceculaSyncApi';

/** Short messages of the documented sync errors (the body carries the long one). */
const SYNC_ERRORS: Record<string, string> = {
	CE1000: 'Empty fields',
	CE1001: 'Invalid fields',
	CE1100: 'Invalid field',
	CE1102: 'Invalid field length',
	CE1103: 'Unregistered originator',
	CE1104: 'Unapproved originator',
	CE2000: 'Service suspended: renew the Sync Cloud subscription',
	CE2001: 'Service barred: the hosted SIM may not send messages or make calls',
	CE3001: 'Insufficient credit: top up the Cecula account',
};

export interface CeculaSyncRequest {
	method: IHttpRequestMethods;
	path: string;
	body?: IDataObject;
	/** Whether sending it twice cannot do anything twice (reads, and writes that set a value). */
	idempotent: boolean;
	/**
	 * The `status` a successful answer carries, for endpoints that have one: "1801" (as text or number) or "Success".
	 * Anything else is an error even with HTTP 200.
	 */
	success?: '1801' | 'Success';
	itemIndex?: number;
}

const asObject = (body: unknown): IDataObject =>
	body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as IDataObject) : {};

/** The provider's complaint in an answer, whatever its HTTP status, or undefined for a success. */
function failureOf(statusCode: number, body: unknown, success: CeculaSyncRequest['success']) {
	const b = asObject(body);
	if (typeof b.code === 'string' && /^CE\d{4}$/.test(b.code)) {
		return { message: String(b.error ?? SYNC_ERRORS[b.code] ?? b.code), code: b.code, detail: SYNC_ERRORS[b.code] };
	}
	if (b.errorCode !== undefined) {
		const detail = String(b.errorCode) === '401' ? 'Check the API key in the credential.' : undefined;
		return { message: String(b.errorMessage ?? `HTTP ${b.errorCode}`), code: b.errorCode as number, detail };
	}
	if (statusCode >= 300) {
		// A short text is the provider's message; an HTML page (a proxy's error page) is not one.
		const text = typeof body === 'string' ? body.trim() : '';
		return { message: text && !text.startsWith('<') && text.length <= 200 ? text : `HTTP ${statusCode}` };
	}
	if (success && String(b.status ?? '').toLowerCase() !== success.toLowerCase()) {
		const said = b.message ?? b.response ?? b.status;
		return {
			message: `the request was not accepted (status ${JSON.stringify(b.status ?? null)}${said !== b.status ? `: ${said}` : ''})`,
		};
	}
	return undefined;
}

/**
 * One Cecula Sync request: JSON both ways, retries from the shared transport, and every documented error shape
 * (HTTP errors `{errorCode, errorMessage}`, sync errors `{code: "CE…", error}` that may come with HTTP 200, a
 * success status other than the expected one) turned into a NodeApiError with the provider's message and code.
 */
export async function ceculaSyncRequest(this: RequestContext, request: CeculaSyncRequest): Promise<unknown> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const response = await requestWithRetry.call(
		this,
		{
			method: request.method,
			baseURL: String(credentials.baseUrl),
			url: request.path,
			// The API answers 415 without it, also on some GETs in the collection.
			headers: { 'Content-Type': 'application/json' },
			body: request.body,
			json: true,
		},
		{
			credentialType: CREDENTIAL_TYPE,
			provider: PROVIDER,
			idempotent: request.idempotent,
			itemIndex: request.itemIndex,
		},
	);
	const failure = failureOf(response.statusCode, response.body, request.success);
	if (failure) {
		throw providerError(this.getNode(), PROVIDER, {
			...failure,
			httpCode: response.statusCode,
			body: response.body,
			earlierAttemptMayHaveActed: response.earlierAttemptMayHaveActed,
			itemIndex: request.itemIndex,
		});
	}
	// Every Cecula Sync answer is a JSON object or array: anything else (an HTML page, a truncated body) is unreadable.
	if (response.body === null || typeof response.body !== 'object') {
		throw providerError(this.getNode(), PROVIDER, {
			message: 'the answer is not the JSON Cecula Sync sends',
			httpCode: response.statusCode,
			detail: request.idempotent ? undefined : 'The request may have been carried out all the same; check before repeating it.',
			body: typeof response.body === 'string' ? response.body.slice(0, 1000) : response.body,
			earlierAttemptMayHaveActed: response.earlierAttemptMayHaveActed,
			itemIndex: request.itemIndex,
		});
	}
	return response.body;
}

/** An answer that should be a list of records ("get new" reads); an empty answer is an empty list. */
export function recordsOf(body: unknown): IDataObject[] {
	if (Array.isArray(body)) return body as IDataObject[];
	const record = asObject(body);
	return Object.keys(record).length ? [record] : [];
}
