import type { IDataObject } from 'n8n-workflow';

import { providerError } from '../shared/errors';
import type { ListSettings } from '../shared/pagination';
import { collectPages } from '../shared/pagination';
import type { RequestContext } from '../shared/transport';
import { requestWithRetry } from '../shared/transport';
import type { CallrArgs, CallrCall, RpcMapping, SearchArgs } from './api';
import { CALLR_CALLS } from './api';
import { parseJsonKeepingBigIntegers } from './helpers/json';

export const PROVIDER = 'CALLR';
export const CREDENTIAL_TYPE = 'callrApi';
/** Hits per page of a CALLR search; CALLR's own default page is 50. */
export const PAGE_SIZE = 50;

interface JsonRpcResponse {
	id?: number;
	result?: unknown;
	error?: { code?: number; message?: string; data?: unknown };
}

let nextId = 1;

function parse(text: string): JsonRpcResponse | undefined {
	try {
		const body = parseJsonKeepingBigIntegers(text);
		return body !== null && typeof body === 'object' ? (body as JsonRpcResponse) : undefined;
	} catch {
		return undefined;
	}
}

/**
 * One CALLR call over JSON-RPC 2.0: the envelope with positional params, retries through requestWithRetry (a call
 * that could act twice is repeated only where it never reached CALLR), the answer read as text so that 64-bit ids
 * keep every digit, and both failure paths (HTTP status, or `error` in an HTTP 200 body) as NodeApiError.
 */
export async function callrRequest<N extends CallrCall>(
	ctx: RequestContext,
	name: N,
	args: CallrArgs<N>,
	itemIndex?: number,
): Promise<IDataObject[string]> {
	const mapping = CALLR_CALLS[name] as RpcMapping<CallrArgs<N>>;
	const credentials = await ctx.getCredentials(CREDENTIAL_TYPE);
	const response = await requestWithRetry.call(
		ctx,
		{
			method: 'POST',
			url: credentials.apiUrl as string,
			headers: { 'Content-Type': 'application/json-rpc; charset=utf-8' },
			body: JSON.stringify({ jsonrpc: '2.0', id: nextId++, method: mapping.method, params: mapping.params(args) }),
			encoding: 'text',
			json: false,
		},
		{ credentialType: CREDENTIAL_TYPE, provider: PROVIDER, idempotent: mapping.idempotent, itemIndex },
	);
	const text = String(response.body ?? '');
	const body = parse(text);
	const fail = (message: string) =>
		providerError(ctx.getNode(), PROVIDER, {
			message,
			httpCode: response.statusCode,
			code: body?.error?.code,
			detail: body?.error?.data !== undefined ? JSON.stringify(body.error.data) : undefined,
			body: body ?? text,
			earlierAttemptMayHaveActed: response.earlierAttemptMayHaveActed,
			itemIndex,
		});
	if (response.statusCode < 200 || response.statusCode >= 300) {
		const fallback =
			response.statusCode === 401 || response.statusCode === 403
				? 'authentication failed'
				: `HTTP ${response.statusCode}`;
		throw fail(body?.error?.message ?? fallback);
	}
	if (body?.error) throw fail(body.error.message ?? 'JSON-RPC error');
	if (!body || !('result' in body)) throw fail('the answer is not a JSON-RPC result');
	return body.result as IDataObject[string];
}

/** A paged CALLR search (Search.Options → Search.Results), walked for Return All / Limit. */
export async function callrSearch(
	ctx: RequestContext,
	name: 'searchNumbers' | 'searchApps',
	filters: IDataObject,
	settings: ListSettings,
	itemIndex?: number,
): Promise<IDataObject[]> {
	return await collectPages<IDataObject, number>(settings, async (offset = 0, wanted) => {
		const args: SearchArgs = { filters, options: { offset, quantity: Math.min(wanted, PAGE_SIZE) } };
		const page = (await callrRequest(ctx, name, args, itemIndex)) as { hits?: IDataObject[]; has_more?: boolean };
		const hits = page.hits ?? [];
		return { items: hits, next: page.has_more ? offset + hits.length : undefined };
	});
}
