import type { SimRequest } from './server';

/** The user and password of a Basic `Authorization` header, or undefined. */
export function basicCredentials(req: SimRequest): { user: string; password: string } | undefined {
	const header = req.headers.authorization;
	if (!header?.startsWith('Basic ')) return undefined;
	const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	if (colon < 0) return undefined;
	return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** The token of a `Bearer` (or other scheme) `Authorization` header, or undefined. */
export function schemeToken(req: SimRequest, scheme = 'Bearer'): string | undefined {
	const header = req.headers.authorization;
	if (!header) return undefined;
	const prefix = `${scheme} `;
	return header.toLowerCase().startsWith(prefix.toLowerCase()) ? header.slice(prefix.length).trim() : undefined;
}
