/** Fields and behaviour that several Cecula Sync operations share. */
import type { IDataObject, IDisplayOptions, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { concurrencyOption } from '../../shared/descriptions';
import { inputError } from '../../shared/errors';
import type { ItemOperation } from '../../shared/operations';
import type { PhoneNumberOptions } from '../../shared/phone';
import { requirePhoneNumber } from '../../shared/phone';
import { ceculaSyncRequest, recordsOf } from '../transport';

/** The documented maximum of a message or auto-response text. */
export const MAX_TEXT_LENGTH = 1530;

export const show = (resource: string, operation: string): IDisplayOptions => ({
	show: { resource: [resource], operation: [operation] },
});

export const textField = (field: Partial<INodeProperties>): INodeProperties => ({
	displayName: 'Text',
	name: 'text',
	type: 'string',
	typeOptions: { rows: 3 },
	required: true,
	default: '',
	description: `Up to ${MAX_TEXT_LENGTH} characters`,
	...field,
});

export const trackingIdField = (description: string): INodeProperties => ({
	displayName: 'Tracking ID',
	name: 'trackingId',
	type: 'string',
	required: true,
	default: '',
	placeholder: '16329',
	description,
});

export const defaultCountryCodeOption: INodeProperties = {
	displayName: 'Default Country Code',
	name: 'defaultCountryCode',
	type: 'string',
	default: '',
	placeholder: '234',
	description:
		'Country calling code for numbers written in national form (e.g. 08050209037 becomes +2348050209037). Without it, numbers must be international.',
};

/** Requests in flight at once: Cecula Sync documents no rate limit, a few at a time keep one SIM's queue short. */
export const DEFAULT_CONCURRENCY = 5;

export const concurrency = concurrencyOption(DEFAULT_CONCURRENCY, 20, 'Cecula Sync documents no rate limit.');

/** The Text of one item: required, and never longer than the API takes. */
export function readText(this: IExecuteFunctions, itemIndex: number): string {
	const value = String(this.getNodeParameter('text', itemIndex, '') ?? '');
	if (value.trim() === '') throw inputError(this.getNode(), itemIndex, 'Text', 'a text is required');
	const length = [...value].length;
	if (length > MAX_TEXT_LENGTH) {
		throw inputError(
			this.getNode(),
			itemIndex,
			'Text',
			`${length} characters is more than the ${MAX_TEXT_LENGTH} Cecula Sync accepts`,
		);
	}
	return value;
}

/** How an operation reads phone numbers: national ones need its Default Country Code option. */
export function phoneOptions(this: IExecuteFunctions, itemIndex: number): PhoneNumberOptions {
	return { defaultCountryCode: this.getNodeParameter('options.defaultCountryCode', itemIndex, '') as string };
}

/** One phone number of one item, in E.164. */
export function readPhoneNumber(this: IExecuteFunctions, itemIndex: number, field: string, name: string): string {
	const value = this.getNodeParameter(name, itemIndex);
	return requirePhoneNumber(this.getNode(), itemIndex, field, value, phoneOptions.call(this, itemIndex));
}

/** A tracking id: the API's ids are digits. */
export function readTrackingId(this: IExecuteFunctions, itemIndex: number): string {
	const id = String(this.getNodeParameter('trackingId', itemIndex, '')).trim();
	if (!/^\d+$/.test(id))
		throw inputError(this.getNode(), itemIndex, 'Tracking ID', `"${id}" is not a tracking ID (digits only)`);
	return id;
}

/** Set or clear the SMS or call auto-response: PATCH with the text, or with "" to clear it. */
export function autoResponseOperation(
	path: '/set-sms-autoresponse' | '/set-call-autoresponse',
	displayOptions: IDisplayOptions,
	action: 'set' | 'clear',
	fields: INodeProperties[] = [],
): ItemOperation {
	return {
		description: updateDisplayOptions(displayOptions, fields),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const text = action === 'set' ? readText.call(this, itemIndex) : '';
			const body = await ceculaSyncRequest.call(this, {
				method: 'PATCH',
				path,
				body: { text },
				idempotent: true,
				success: 'Success',
				itemIndex,
			});
			return { autoResponse: text, active: text !== '', raw: body as IDataObject };
		},
	};
}

export const destructiveReadNotice = (what: string): INodeProperties => ({
	displayName: `Cecula Sync returns each new ${what} only once and then deletes it: whatever this node reads is gone from the server. Use the Cecula Sync Trigger to receive them as they arrive.`,
	name: 'destructiveReadNotice',
	type: 'notice',
	default: '',
});

/**
 * A "get new" read: every record the server still holds, each as one item. The server deletes what it answers, so
 * the read is not idempotent: repeating it after a lost answer would return nothing and hide the loss.
 */
export function newRecordsOperation(
	path: '/get-new-sms' | '/new-missed-calls',
	displayOptions: IDisplayOptions,
	what: string,
	normalize: (raw: IDataObject) => IDataObject,
): ItemOperation {
	return {
		description: updateDisplayOptions(displayOptions, [destructiveReadNotice(what)]),
		// Two reads at once would split the records between items at random.
		sequential: true,
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const body = await ceculaSyncRequest.call(this, { method: 'GET', path, idempotent: false, itemIndex });
			return recordsOf(body).map(normalize);
		},
	};
}

/** A read without parameters whose answer becomes one item. */
export function readOperation(
	path: string,
	toItem: (body: IDataObject) => IDataObject = (body) => body,
): ItemOperation {
	return {
		description: [],
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const body = await ceculaSyncRequest.call(this, { method: 'GET', path, idempotent: true, itemIndex });
			return toItem(recordsOf(body)[0] ?? {});
		},
	};
}
