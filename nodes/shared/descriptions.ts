import type { INodeProperties } from 'n8n-workflow';

/** Return All / Limit, worded exactly as n8n's own list operations. */
export const returnAllOrLimit: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

/**
 * The Concurrency option (for an operation's Options collection): requests in flight at once. The default stays
 * inside the provider's documented rate limit.
 */
export function concurrencyOption(defaultValue: number, maxValue: number, limitNote: string): INodeProperties {
	const description = 'How many items are sent at once. ' + limitNote;
	return {
		displayName: 'Concurrency',
		name: 'concurrency',
		type: 'number',
		typeOptions: { minValue: 1, maxValue },
		default: defaultValue,
		description,
	};
}

/** A phone number field with the E.164 hint. */
export function phoneNumberField(
	field: Pick<INodeProperties, 'displayName' | 'name'> & Partial<INodeProperties>,
): INodeProperties {
	return {
		type: 'string',
		default: '',
		placeholder: '+14155550100',
		description: 'Phone number in international E.164 format, with the country code',
		...field,
	};
}

/**
 * The Mode of a trigger that can be called by the provider or poll it instead (for n8n instances the provider
 * cannot reach). Such a trigger has both `webhooks` and `polling: true`; each half does nothing in the other mode.
 */
export function triggerModeField(provider: string, pollingReads: string): INodeProperties {
	return {
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Polling',
				value: 'polling',
				description: `Read ${pollingReads} on a schedule, for n8n instances ${provider} cannot reach`,
			},
			{
				name: 'Webhook',
				value: 'webhook',
				description: `${provider} posts every event to this node as it happens`,
			},
		],
		default: 'webhook',
	};
}

/**
 * Alphabetical order for option and field labels, as n8n's lint wants them. Case-insensitive code-unit order rather
 * than `localeCompare`: the labels are plain English, and a process's first `localeCompare` starts ICU's collator,
 * which took a tenth of the package's cold load.
 */
export function alphabetically(a: string, b: string): number {
	const [x, y] = [a.toLowerCase(), b.toLowerCase()];
	return x < y ? -1 : x > y ? 1 : 0;
}
