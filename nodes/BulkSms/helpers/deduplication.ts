import { createHash } from 'crypto';

/**
 * The `deduplication-id` of one send request: a signed 32-bit integer (as BulkSMS takes it) that is the same
 * whenever the same execution sends the same batch again, and differs for any other batch or execution.
 */
export function deduplicationId(executionId: string, firstItemIndex: number, content: unknown): number {
	return createHash('sha256')
		.update(`${executionId}\n${firstItemIndex}\n${JSON.stringify(content)}`)
		.digest()
		.readInt32BE(0);
}
