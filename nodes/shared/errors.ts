import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/** What a provider transport knows about a failed call, before it becomes a NodeApiError. */
export interface ProviderErrorDetails {
	/** The provider's own message, shown as the error message. */
	message: string;
	/** HTTP status of the response (200 for errors reported inside a successful response). */
	httpCode?: number | string;
	/** The provider's own error code, kept in the description. */
	code?: number | string;
	/** More detail from the provider (field errors, links). */
	detail?: string;
	/** The response body, kept as the error's context for the user to inspect. */
	body?: unknown;
	/** An earlier attempt of this write may have been carried out (see `HttpResponse.earlierAttemptMayHaveActed`). */
	earlierAttemptMayHaveActed?: boolean;
	itemIndex?: number;
}

function asJsonObject(body: unknown): JsonObject {
	if (body !== null && typeof body === 'object' && !Array.isArray(body)) return body as JsonObject;
	return { response: (body ?? null) as JsonObject[string] };
}

/**
 * A provider error that keeps the provider's message and code. n8n would otherwise replace the
 * message by a generic one derived from the status code ("Bad request - please check your parameters").
 */
export function providerError(node: INode, provider: string, details: ProviderErrorDetails): NodeApiError {
	const facts = [
		details.httpCode !== undefined ? `HTTP ${details.httpCode}` : undefined,
		details.code !== undefined && details.code !== '' ? `code ${details.code}` : undefined,
	].filter(Boolean);
	const description = [
		`${provider} rejected the request${facts.length ? ` (${facts.join(', ')})` : ''}.`,
		details.detail,
		details.earlierAttemptMayHaveActed
			? `An earlier attempt may have reached ${provider} before it failed, so this may already have taken effect: check with ${provider} before running it again.`
			: undefined,
	]
		.filter(Boolean)
		.join(' ');
	const error = new NodeApiError(node, asJsonObject(details.body), {
		message: `${provider}: ${details.message}`,
		description,
		httpCode: details.httpCode !== undefined ? String(details.httpCode) : undefined,
		itemIndex: details.itemIndex,
	});
	if (details.code !== undefined) error.context.providerCode = details.code;
	return error;
}

/** Invalid input for one item, named by item and field. */
export function inputError(
	node: INode,
	itemIndex: number,
	field: string,
	problem: string,
	description?: string,
): NodeOperationError {
	return new NodeOperationError(node, `${field}: ${problem} [item ${itemIndex}]`, { itemIndex, description });
}

/** A required ID of one item (text or a number), trimmed; an empty or blank one is refused before any request. */
export function requireId(node: INode, itemIndex: number, field: string, value: unknown): string {
	const id = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (id === '') throw inputError(node, itemIndex, field, 'an ID is required');
	return id;
}

/** Credential values worth scrubbing: every non-empty string that is not plainly an address or a choice. */
export function secretValues(credentials: IDataObject | undefined): string[] {
	if (!credentials) return [];
	return Object.entries(credentials)
		.filter(([key, value]) => typeof value === 'string' && value.length >= 4 && !/url|host|server|mode|method|authentication|domains|type/i.test(key))
		.map(([, value]) => value as string)
		.sort((a, b) => b.length - a.length);
}

/** Replaces every occurrence of a secret (including its Base64 form, as in Basic auth) by "***". */
export function redact<T>(value: T, secrets: string[]): T {
	if (secrets.length === 0) return value;
	const forms = secrets.flatMap((s) => [s, Buffer.from(s).toString('base64')]);
	const scrubString = (text: string) => forms.reduce((acc, secret) => acc.split(secret).join('***'), text);
	const walk = (v: unknown, depth: number): unknown => {
		if (typeof v === 'string') return scrubString(v);
		if (depth > 20 || v === null || typeof v !== 'object') return v;
		if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
		const out: Record<string, unknown> = {};
		for (const [k, x] of Object.entries(v)) out[k] = walk(x, depth + 1);
		return out;
	};
	return walk(value, 0) as T;
}

/** Scrubs secrets from an error in place (message, description, context) and returns it. */
export function redactError<E extends Error>(error: E, secrets: string[]): E {
	if (secrets.length === 0) return error;
	const e = error as E & {
		description?: string | null;
		context?: IDataObject;
		messages?: string[];
		errorResponse?: unknown;
	};
	e.message = redact(e.message, secrets);
	if (e.errorResponse !== undefined) e.errorResponse = redact(e.errorResponse, secrets);
	if (typeof e.description === 'string') e.description = redact(e.description, secrets);
	if (e.context) e.context = redact(e.context, secrets);
	if (Array.isArray(e.messages)) e.messages = redact(e.messages, secrets);
	if (e.stack) e.stack = redact(e.stack, secrets);
	return error;
}
