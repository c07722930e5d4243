import http from 'node:http';
import https from 'node:https';

export interface DeliveryOptions {
	/** An object is sent as JSON; a string or Buffer as it is. */
	body: unknown;
	method?: string;
	headers?: Record<string, string>;
	contentType?: string;
	/** Attempts in all, like a provider that retries a failing endpoint. */
	maxAttempts?: number;
	/** Wait before each retry (doubling). */
	retryDelayMs?: number;
	timeoutMs?: number;
}

export interface DeliveryAttempt {
	status?: number;
	error?: string;
	responseBody?: string;
}

export interface DeliveryResult {
	delivered: boolean;
	attempts: DeliveryAttempt[];
	/** The last response's status and body. */
	status?: number;
	responseBody?: string;
}

function sendOnce(url: URL, payload: Buffer, options: DeliveryOptions): Promise<DeliveryAttempt> {
	const client = url.protocol === 'https:' ? https : http;
	return new Promise((resolve) => {
		const req = client.request(
			url,
			{
				method: options.method ?? 'POST',
				headers: {
					'content-type': options.contentType ?? 'application/json',
					'content-length': String(payload.length),
					...(options.headers ?? {}),
				},
				timeout: options.timeoutMs ?? 10_000,
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () => resolve({ status: res.statusCode, responseBody: Buffer.concat(chunks).toString() }));
			},
		);
		req.on('timeout', () => req.destroy(new Error('timeout')));
		req.on('error', (error) => resolve({ error: error.message }));
		req.end(payload);
	});
}

/** Posts a webhook like a provider does, retrying on errors and non-2xx answers. */
export async function deliverWebhook(url: string, options: DeliveryOptions): Promise<DeliveryResult> {
	const payload = Buffer.isBuffer(options.body)
		? options.body
		: Buffer.from(typeof options.body === 'string' ? options.body : JSON.stringify(options.body));
	const attempts: DeliveryAttempt[] = [];
	const maxAttempts = options.maxAttempts ?? 3;
	for (let i = 0; i < maxAttempts; i++) {
		if (i > 0) await new Promise((r) => setTimeout(r, (options.retryDelayMs ?? 100) * 2 ** (i - 1)));
		const attempt = await sendOnce(new URL(url), payload, options);
		attempts.push(attempt);
		if (attempt.status !== undefined && attempt.status >= 200 && attempt.status < 300) break;
	}
	const last = attempts[attempts.length - 1];
	return {
		delivered: last.status !== undefined && last.status >= 200 && last.status < 300,
		attempts,
		status: last.status,
		responseBody: last.responseBody,
	};
}
