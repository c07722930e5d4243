import { chunk } from '../../shared/concurrency';

/** One item's share of a request: its position in the batch and the recipients it adds. */
export interface RequestPart {
	entry: number;
	recipients: string[];
}

export interface PlannedRequest {
	text: string;
	parts: RequestPart[];
	recipients: string[];
}

/**
 * Groups the messages of a batch into as few Send SMS requests as possible: one text per request, at most
 * `maxRecipients` recipients, each recipient once (so every report entry belongs to exactly one item). An item with
 * more recipients than fit in one request is spread over several.
 */
export function planRequests(
	entries: Array<{ text: string; recipients: string[] }>,
	maxRecipients: number,
): PlannedRequest[] {
	const open = new Map<string, PlannedRequest>();
	const planned: PlannedRequest[] = [];
	entries.forEach(({ text, recipients }, entry) => {
		for (const share of chunk(recipients, maxRecipients)) {
			let request = open.get(text);
			if (
				!request ||
				request.recipients.length + share.length > maxRecipients ||
				share.some((r) => request!.recipients.includes(r))
			) {
				request = { text, parts: [], recipients: [] };
				open.set(text, request);
				planned.push(request);
			}
			request.parts.push({ entry, recipients: share });
			request.recipients.push(...share);
		}
	});
	return planned;
}

/**
 * A copy of one request's error for each item it concerns: the shared runner writes the item's number into the
 * error it is given, so items must not share one object.
 */
export function errorForItem<E extends Error>(error: E): E {
	const copy = Object.create(Object.getPrototypeOf(error) as object) as E;
	Object.defineProperties(copy, Object.getOwnPropertyDescriptors(error));
	const context = (error as { context?: object }).context;
	if (context) (copy as { context?: object }).context = { ...context };
	return copy;
}
