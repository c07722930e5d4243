import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { providerError } from '../../../shared/errors';
import type { BatchOperation } from '../../../shared/operations';
import { requirePhoneNumbers } from '../../../shared/phone';
import { forEachConcurrent } from '../../../shared/concurrency';
import { errorForItem, planRequests } from '../../helpers/batching';
import type { PlannedRequest } from '../../helpers/batching';
import { outcome, sameNumber } from '../../helpers/normalize';
import { ceculaSyncRequest, PROVIDER } from '../../transport';
import {
	concurrency,
	DEFAULT_CONCURRENCY,
	defaultCountryCodeOption,
	phoneOptions,
	readText,
	show,
	textField,
} from '../common';

/** Cecula documents no maximum; this keeps one request (and what one failure affects) small. */
const DEFAULT_RECIPIENTS_PER_REQUEST = 100;

const fields: INodeProperties[] = [
	{
		displayName: 'Recipients',
		name: 'recipients',
		type: 'string',
		required: true,
		default: '',
		placeholder: '+2348050209037, +2348176470634',
		description:
			'Phone numbers in international E.164 format, separated by commas (an array from an expression works too). The message goes out from the dedicated number of the API key.',
	},
	textField({ description: 'The message, up to 1530 characters' }),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			concurrency,
			defaultCountryCodeOption,
			{
				displayName: 'Recipients Per Request',
				name: 'recipientsPerRequest',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 1000 },
				default: DEFAULT_RECIPIENTS_PER_REQUEST,
				description:
					'Items with the same text share one request, up to this many recipients. Cecula Sync documents no maximum.',
			},
		],
	},
];

interface SmsToSend {
	text: string;
	recipients: string[];
}

export const send: BatchOperation<SmsToSend> = {
	description: updateDisplayOptions(show('sms', 'send'), fields),

	async prepare(this: IExecuteFunctions, itemIndex: number) {
		const value = this.getNodeParameter('recipients', itemIndex);
		const options = phoneOptions.call(this, itemIndex);
		const recipients = requirePhoneNumbers(this.getNode(), itemIndex, 'Recipients', value, options);
		return { recipients, text: readText.call(this, itemIndex) };
	},

	// All items form one batch: requests are planned across every item (same text, wherever it is) and sent
	// `concurrency` at a time.
	batchSize: () => Number.MAX_SAFE_INTEGER,

	async executeBatch(this: IExecuteFunctions, batch) {
		const results: Array<IDataObject[] | Error> = batch.map(() => []);
		const continueOnFail = this.continueOnFail();
		let failed = false;
		const fail = (entry: number, error: Error) => {
			failed = true;
			results[entry] = errorForItem(error);
		};

		const sendOne = async (request: PlannedRequest) => {
			let envelope: IDataObject;
			try {
				envelope = (await ceculaSyncRequest.call(this, {
					method: 'POST',
					path: '/send-sms',
					body: { text: request.text, recipients: request.recipients.join(',') },
					idempotent: false,
					success: '1801',
				})) as IDataObject;
			} catch (error) {
				for (const part of request.parts) fail(part.entry, error as Error);
				return;
			}
			// Documented as `reports`, answered as `report`: one entry per recipient, in order.
			const report = (envelope.report ?? envelope.reports ?? []) as IDataObject[];
			const inOrder = report.length === request.recipients.length;
			let position = 0;
			for (const part of request.parts) {
				const items = part.recipients.map((recipient) => {
					const entry = inOrder ? report[position] : report.find((r) => sameNumber(r.recipient, recipient));
					position++;
					return { recipient, trackingId: entry?.trackingId?.toString(), ...outcome(envelope), raw: entry ?? {} };
				});
				const unreported = items.find((item) => item.trackingId === undefined);
				if (unreported) {
					const message = `no tracking ID was reported for ${unreported.recipient}`;
					fail(part.entry, providerError(this.getNode(), PROVIDER, { message, httpCode: 200, body: envelope }));
				} else if (!(results[part.entry] instanceof Error)) {
					(results[part.entry] as IDataObject[]).push(...items);
				}
			}
		};

		const maxRecipients = this.getNodeParameter('options.recipientsPerRequest', 0, DEFAULT_RECIPIENTS_PER_REQUEST);
		const planned = planRequests(
			batch.map((b) => b.value),
			maxRecipients as number,
		);
		const limit = this.getNodeParameter('options.concurrency', 0, DEFAULT_CONCURRENCY) as number;
		await forEachConcurrent(planned.length, limit, async (r) => {
			// As for single items: once a send failed, no new one starts unless the node continues on fail.
			if (failed && !continueOnFail) return;
			await sendOne(planned[r]);
		});
		return results;
	},
};
