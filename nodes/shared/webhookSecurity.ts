import { createHmac, randomBytes, timingSafeEqual } from 'crypto';
import type { IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

/** Name of the query parameter that carries a trigger's generated secret on its registered URL. */
export const SECRET_QUERY_PARAMETER = 'secret';

/** Constant-time comparison of two strings; false for different lengths or missing values. */
export function safeEqual(a: string | undefined | null, b: string | undefined | null): boolean {
	if (typeof a !== 'string' || typeof b !== 'string') return false;
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}

export type HmacAlgorithm = 'sha1' | 'sha256' | 'sha512' | 'md5';

export function hmac(
	algorithm: HmacAlgorithm,
	key: string | Buffer,
	data: string | Buffer,
	encoding: 'hex' | 'base64' = 'hex',
): string {
	return createHmac(algorithm, key).update(data).digest(encoding);
}

/** Checks a signature over the raw request body in constant time. */
export function verifyHmac(
	algorithm: HmacAlgorithm,
	key: string | Buffer,
	rawBody: string | Buffer,
	signature: string | undefined,
	encoding: 'hex' | 'base64' = 'hex',
): boolean {
	if (!signature) return false;
	return safeEqual(hmac(algorithm, key, rawBody, encoding), signature.trim());
}

/** A random secret that is safe in a URL (base64url, 192 bits by default). */
export function generateSecret(bytes = 24): string {
	return randomBytes(bytes).toString('base64url');
}

/** The URL with the secret added as a query parameter. */
export function urlWithSecret(url: string, secret: string): string {
	const parsed = new URL(url);
	parsed.searchParams.set(SECRET_QUERY_PARAMETER, secret);
	return parsed.toString();
}

/** The URL without its secret, to compare a provider's stored URL with the trigger's own. */
export function urlWithoutSecret(url: string): string {
	try {
		const parsed = new URL(url);
		parsed.searchParams.delete(SECRET_QUERY_PARAMETER);
		return parsed.toString();
	} catch {
		return url;
	}
}

/** Whether the request carries the expected secret in its query string. */
export function hasSecret(this: IWebhookFunctions, expected: string | undefined): boolean {
	const query = this.getQueryData() as Record<string, unknown>;
	const given = query[SECRET_QUERY_PARAMETER];
	return safeEqual(typeof given === 'string' ? given : undefined, expected);
}

/** Answers 401 and starts no execution. */
export function rejectUnauthorized(this: IWebhookFunctions): IWebhookResponseData {
	const res = this.getResponseObject();
	res.status(401).send('Unauthorized').end();
	return { noWebhookResponse: true };
}

/** The raw body as n8n received it (a Buffer for JSON and form posts), falling back to the parsed body. */
export function rawBodyOf(this: IWebhookFunctions): Buffer {
	const raw = (this.getRequestObject() as { rawBody?: Buffer }).rawBody;
	if (Buffer.isBuffer(raw)) return raw;
	return Buffer.from(JSON.stringify(this.getBodyData() ?? {}));
}
