import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { concurrencyOption } from '../../shared/descriptions';
import { inputError } from '../../shared/errors';
import { withoutPlus } from '../../shared/phone';
import { ictCoreCreate, ictCoreList, ictCoreRequest } from '../transport';
import { idField, PICKER_DESCRIPTION, toId } from './fields';

export const TERMINAL_STATUSES = ['completed', 'failed', 'invalid'];

export const DEFAULT_CONCURRENCY = 10;

/** The Concurrency option of the one-step sends (the other operations use the default). */
export const CONCURRENCY = concurrencyOption(
	DEFAULT_CONCURRENCY,
	50,
	'ICTCore documents no rate limit; a self-hosted server is sized by its owner: lower this for a small one.',
);

/** Waiting for a transmission to end: bounded polling of its status. */
export const waitOptions: INodeProperties[] = [
	{
		displayName: 'Wait Until Finished',
		name: 'waitUntilFinished',
		type: 'boolean',
		default: false,
		description:
			'Whether to poll the transmission until it is completed, failed (with no retry left) or invalid, and output its final status',
	},
	{
		displayName: 'Poll Interval (Seconds)',
		name: 'pollInterval',
		type: 'number',
		typeOptions: { minValue: 0.1, numberPrecision: 1 },
		default: 5,
		description: 'Seconds between two status checks while waiting',
	},
	{
		displayName: 'Timeout (Seconds)',
		name: 'timeout',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 300,
		description: 'Longest wait; the item then reports the last status seen with finished set to false',
	},
];

/** Options every one-step send shares. */
export const sendOptions: INodeProperties[] = [
	idField('accountId', 'Sender Account', {
		description: `The account whose phone number or e-mail address is the sender; ICTCore uses your newest active account if empty. ${PICKER_DESCRIPTION}.`,
	}),
	{
		displayName: 'Attempts Allowed',
		name: 'tryAllowed',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'How many times ICTCore tries to deliver; a failed attempt is retried about 60 seconds later',
	},
	CONCURRENCY,
	{
		displayName: 'Contact Name',
		name: 'contactName',
		type: 'string',
		default: '',
		description: 'Create the recipient as a contact with this first name, instead of an unnamed contact',
	},
	idField('programId', 'Reuse Program', {
		description: `Send with this existing program instead of creating a message and a program for every item, as bulk sends should. ${PICKER_DESCRIPTION}.`,
	}),
	{
		displayName: 'Reuse Existing Contact',
		name: 'reuseContact',
		type: 'boolean',
		default: false,
		description:
			'Whether to send to a contact that already has this phone number or e-mail address instead of creating a new contact every time',
	},
	{ displayName: 'Title', name: 'title', type: 'string', default: '', description: 'Title of the transmission' },
	...waitOptions,
];

export type Recipient = { phone: string } | { email: string };

export interface SendSpec {
	/** Program type: sendsms, voicemessage, voicetts, sendfax, sendemail. */
	programType: string;
	recipient: Recipient;
	/** Creates the message object (and uploads its media); its id key and id, e.g. `['text_id', 41]`. */
	createMessage?: () => Promise<[string, number]>;
	/** Program parameters that are not a message id (the text of a voicetts program). */
	programFields?: IDataObject;
	/** A name for the message and program this send creates. */
	name: string;
}

/** Whether a status is final, given ICTCore's retries (`failed` is not final while attempts remain). */
async function transmissionEnd(this: IExecuteFunctions, i: number, id: number, tryAllowed: number) {
	const status = String(
		await ictCoreRequest.call(this, {
			method: 'GET',
			path: `/transmissions/${id}/status`,
			idempotent: true,
			itemIndex: i,
		}),
	);
	if (!TERMINAL_STATUSES.includes(status)) return { status, finished: false };
	const attempts = await ictCoreList.call(this, `/transmissions/${id}/detail`, undefined, i);
	const last = attempts.reduce<IDataObject | undefined>(
		(a, b) => (!a || Number(b.spool_id) > Number(a.spool_id) ? b : a),
		undefined,
	);
	const retryPending = status === 'failed' && attempts.length < tryAllowed;
	return { status, finished: !retryPending, attempts: attempts.length, response: last?.response ?? '' };
}

/** How long and how often to wait, and whether the transmission is an SMS (which has a delivery report code). */
interface WaitSettings {
	tryAllowed: number;
	isSms: boolean;
	options: IDataObject;
}

/** Polls a transmission until it ends or the timeout passes; SMS gets the gateway's delivery report code. */
export async function waitForTransmission(
	this: IExecuteFunctions,
	i: number,
	id: number,
	{ tryAllowed, isSms, options }: WaitSettings,
) {
	const deadline = Date.now() + Number(options.timeout ?? 300) * 1000;
	const interval = Math.max(0.1, Number(options.pollInterval ?? 5)) * 1000;
	for (;;) {
		const end: IDataObject = await transmissionEnd.call(this, i, id, tryAllowed);
		if (end.finished || Date.now() + interval > deadline) {
			if (end.finished && isSms) {
				// "completed" comes with the first report of any kind; the report code says what it was.
				const results = await ictCoreList.call(
					this,
					`/transmissions/${id}/result`,
					{ type: 'application', name: 'sms_send' },
					i,
				);
				if (results.length) end.dlrCode = results[results.length - 1].data;
			}
			return end;
		}
		await sleep(interval);
	}
}

/** A recipient e-mail address, checked before any request. */
export function requireEmail(this: IExecuteFunctions, i: number, field: string, value: unknown): string {
	const email = String(value ?? '').trim();
	if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
		throw inputError(this.getNode(), i, field, `"${email}" is not an e-mail address`);
	return email;
}

/**
 * Who the transmission goes to: an existing contact with the same number or address (when asked), a new named
 * contact, or the bare number or address (ICTCore then creates an unnamed contact).
 */
async function recipientOf(
	this: IExecuteFunctions,
	i: number,
	recipient: Recipient,
	options: IDataObject,
): Promise<IDataObject> {
	if (options.reuseContact) {
		// ICTCore matches `phone` as a suffix and `email` exactly; the suffix match is narrowed to the same number
		const query = 'phone' in recipient ? { phone: withoutPlus(recipient.phone) } : { email: recipient.email };
		const rows = await ictCoreList.call(this, '/contacts', query, i);
		const same = rows.find((r) =>
			'phone' in recipient
				? String(r.phone ?? '').replace(/^(\+|00)/, '') === query.phone
				: r.email === recipient.email,
		);
		if (same) return { contact_id: same.contact_id };
	}
	if (options.contactName) {
		const body = { first_name: options.contactName, ...recipient };
		return {
			contact_id: await ictCoreCreate.call(this, {
				method: 'POST',
				path: '/contacts',
				body,
				idempotent: false,
				itemIndex: i,
			}),
		};
	}
	return { ...recipient };
}

/**
 * ICTCore's send chain in one step: message → program → transmission → send, or only the last two with a
 * reused program; optionally waits for the end. Returns every id created.
 */
export async function oneStepSend(this: IExecuteFunctions, i: number, spec: SendSpec): Promise<IDataObject> {
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const tryAllowed = Number(options.tryAllowed ?? 1);
	const accountId = options.accountId ? toId.call(this, i, 'accountId', options.accountId, 'Sender Account Name or ID') : undefined;
	const out: IDataObject = {};
	const create = async (path: string, body: IDataObject) =>
		await ictCoreCreate.call(this, { method: 'POST', path, body, idempotent: false, itemIndex: i });

	if (options.programId) {
		out.program_id = toId.call(this, i, 'programId', options.programId, 'Reuse Program Name or ID');
	} else {
		const programBody: IDataObject = { name: spec.name, ...spec.programFields };
		if (spec.createMessage) {
			const [key, id] = await spec.createMessage();
			out[key] = id;
			programBody[key] = id;
		}
		out.program_id = await create(`/programs/${spec.programType}`, programBody);
	}
	const recipient = await recipientOf.call(this, i, spec.recipient, options);
	if (recipient.contact_id) out.contact_id = recipient.contact_id;
	out.transmission_id = await create('/transmissions', {
		program_id: out.program_id,
		...recipient,
		...(accountId ? { account_id: accountId } : {}),
		...(options.title ? { title: options.title } : {}),
		try_allowed: tryAllowed,
	});
	out.spool_id = await ictCoreCreate.call(this, {
		method: 'POST',
		path: `/transmissions/${out.transmission_id}/send`,
		idempotent: false,
		itemIndex: i,
	});
	out.status = 'processing';
	if (options.waitUntilFinished) {
		const isSms = spec.programType === 'sendsms';
		const end = await waitForTransmission.call(this, i, out.transmission_id as number, { tryAllowed, isSms, options });
		Object.assign(out, end);
	}
	return out;
}

/** A binary input file, checked (and its MIME type mapped) before any request. */
export async function readUpload(
	this: IExecuteFunctions,
	i: number,
	property: string,
	allowed?: string[],
	aliases: Record<string, string> = {},
): Promise<{ data: Buffer; mimeType: string; fileName?: string }> {
	const binary = this.helpers.assertBinaryData(i, property);
	const mimeType = aliases[binary.mimeType] ?? binary.mimeType;
	if (allowed && !allowed.includes(mimeType)) {
		throw inputError(
			this.getNode(),
			i,
			property,
			`ICTCore does not accept files of type "${binary.mimeType}"`,
			`Accepted types: ${allowed.join(', ')}.`,
		);
	}
	return { data: await this.helpers.getBinaryDataBuffer(i, property), mimeType, fileName: binary.fileName };
}

/** Accepted upload types (ICTCore matches the Content-Type exactly). */
export const MEDIA_TYPES = {
	document: [
		'application/pdf',
		'image/tiff',
		'image/x-tiff',
		'image/png',
		'image/jpeg',
		'image/x-citrix-jpeg',
		'text/plain',
		'text/htm',
		'text/html',
		'application/vnd.ms-powerpoint',
		'application/vnd.openxmlformats-officedocument.presentationml.presentation',
		'application/vnd.oasis.opendocument.presentation',
		'application/msword',
		'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		'application/vnd.oasis.opendocument.text',
		'application/vnd.ms-excel',
		'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		'application/vnd.oasis.opendocument.spreadsheet',
	],
	recording: ['audio/wav', 'audio/x-wav', 'audio/x-gsm', 'audio/mpeg3', 'audio/x-mpeg-3'],
};

/** ICTCore rejects the standard MP3 type and wants its own spelling. */
export const RECORDING_ALIASES: Record<string, string> = { 'audio/mpeg': 'audio/mpeg3', 'audio/mp3': 'audio/mpeg3' };

/** Creates a message object with media: `POST` the record, then `PUT` the first file and `POST` (append) the rest. */
export async function createWithMedia(
	this: IExecuteFunctions,
	i: number,
	path: string,
	body: IDataObject,
	files: Array<{ data: Buffer; mimeType: string }>,
): Promise<number> {
	const id = await ictCoreCreate.call(this, { method: 'POST', path, body, idempotent: false, itemIndex: i });
	for (const [n, file] of files.entries()) {
		await ictCoreCreate.call(this, {
			method: n === 0 ? 'PUT' : 'POST',
			path: `${path}/${id}/media`,
			body: file.data,
			contentType: file.mimeType,
			idempotent: n === 0,
			itemIndex: i,
		});
	}
	return id;
}
