import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import type { ItemOperation } from '../../../shared/operations';
import { ExecutionItems, operationSelector } from '../../../shared/operations';
import { collection, listRecords, show } from '../../helpers/entity';
import {
	BINARY_PROPERTY,
	dateFilters,
	OUTPUT_BINARY_PROPERTY,
	QUALITY,
	readId,
	textField,
	toApiFields,
} from '../../helpers/fields';
import { toItem } from '../../helpers/normalise';
import { MEDIA_TYPES, readUpload, RECORDING_ALIASES } from '../../helpers/send';
import type { IctCoreFile } from '../../transport';
import { ictCoreCreate, ictCoreRead, ictCoreRequest } from '../../transport';

/** The four message objects behind sends: SMS texts, voice recordings, fax documents, e-mail templates. */
type Kind = 'text' | 'recording' | 'document' | 'template';

/** Fields per kind: required ones (top level on create) and optional ones. */
const FIELDS: Record<Kind, { required: INodeProperties[]; optional: INodeProperties[] }> = {
	text: {
		required: [textField('Name', 'name'), textField('Message', 'data', { typeOptions: { rows: 3 } })],
		optional: [
			textField('Charset', 'type', {
				placeholder: 'UTF-8',
				description: 'Character set passed to the SMS gateway, e.g. UTF-8 or GSM',
			}),
			textField('Description', 'description'),
		],
	},
	recording: { required: [textField('Name', 'name')], optional: [textField('Description', 'description')] },
	document: { required: [textField('Name', 'name')], optional: [textField('Description', 'description'), QUALITY] },
	template: {
		required: [
			textField('Name', 'name'),
			textField('Subject', 'subject'),
			textField('HTML Body', 'body', { typeOptions: { rows: 4 } }),
		],
		optional: [
			textField('Description', 'description'),
			textField('Text Body', 'bodyAlt', { typeOptions: { rows: 3 } }),
		],
	},
};

const KINDS = Object.keys(FIELDS) as Kind[];
const kindOf = (ctx: IExecuteFunctions, i: number) => ctx.getNodeParameter('messageType', i) as Kind;
const basePath = (kind: Kind) => `/messages/${kind}s`;
/** Shows a field for one message type only. */
const forKind = (kind: Kind, field: INodeProperties): INodeProperties => ({
	...field,
	displayOptions: { ...field.displayOptions, show: { ...field.displayOptions?.show, messageType: [kind] } },
});
const messageId: INodeProperties = {
	displayName: 'Message ID',
	name: 'messageId',
	type: 'string',
	default: '',
	required: true,
	description: 'ID of the text, recording, document or template',
};
const itemPath = (ctx: IExecuteFunctions, i: number) =>
	`${basePath(kindOf(ctx, i))}/${readId.call(ctx, i, 'messageId')}`;

const op = (
	operation: string,
	fields: INodeProperties[],
	run: (this: IExecuteFunctions, i: number) => Promise<IDataObject | IDataObject[] | ExecutionItems>,
): ItemOperation => ({
	description: show('message', operation, fields),
	execute: run,
});

export const operations = {
	create: op(
		'create',
		[
			...KINDS.flatMap((k) => FIELDS[k].required.map((f) => forKind(k, { ...f, required: true }))),
			...KINDS.map((k) => forKind(k, collection('additionalFields', FIELDS[k].optional))),
		],
		async function (this: IExecuteFunctions, i) {
			const kind = kindOf(this, i);
			const values: IDataObject = Object.fromEntries(
				FIELDS[kind].required.map((f) => [f.name, this.getNodeParameter(f.name, i)]),
			);
			const body = toApiFields.call(this, i, {
				...values,
				...(this.getNodeParameter('additionalFields', i, {}) as IDataObject),
			});
			return {
				[`${kind}_id`]: await ictCoreCreate.call(this, {
					method: 'POST',
					path: basePath(kind),
					body,
					idempotent: false,
					itemIndex: i,
				}),
				...body,
			};
		},
	),
	get: op('get', [messageId], async function (this: IExecuteFunctions, i) {
		return await ictCoreRead.call(this, itemPath(this, i), undefined, i);
	}),
	getAll: op(
		'getAll',
		[
			...returnAllOrLimit,
			collection('filters', [...dateFilters, textField('Name', 'name', { description: 'Part of the name' })]),
		],
		async function (this: IExecuteFunctions, i) {
			const kind = kindOf(this, i);
			const query = toApiFields.call(this, i, this.getNodeParameter('filters', i, {}) as IDataObject, true);
			return await listRecords.call(this, i, basePath(kind), `${kind}_id`, query);
		},
	),
	update: op(
		'update',
		[
			messageId,
			...KINDS.map((k) => forKind(k, collection('updateFields', [...FIELDS[k].required, ...FIELDS[k].optional]))),
		],
		async function (this: IExecuteFunctions, i) {
			const body = toApiFields.call(this, i, this.getNodeParameter('updateFields', i, {}) as IDataObject);
			return toItem(
				await ictCoreRequest.call(this, {
					method: 'PUT',
					path: itemPath(this, i),
					body,
					idempotent: true,
					itemIndex: i,
				}),
			);
		},
	),
	delete: op('delete', [messageId], async function (this: IExecuteFunctions, i) {
		await ictCoreRequest.call(this, { method: 'DELETE', path: itemPath(this, i), idempotent: true, itemIndex: i });
		return { [`${kindOf(this, i)}_id`]: readId.call(this, i, 'messageId'), deleted: true };
	}),
	uploadMedia: op(
		'uploadMedia',
		[
			messageId,
			BINARY_PROPERTY,
			{
				displayName: 'Append',
				name: 'append',
				type: 'boolean',
				default: false,
				description:
					'Whether to add the file to those already uploaded (a multi-file fax, another attachment) instead of replacing them',
			},
		],
		async function (this: IExecuteFunctions, i) {
			const kind = kindOf(this, i);
			if (kind === 'text') throw inputError(this.getNode(), i, 'Message Type', 'texts have no media');
			// The fields in the order the editor shows them, before the file is read.
			const id = readId.call(this, i, 'messageId');
			const file = await readUpload.call(
				this,
				i,
				this.getNodeParameter('binaryPropertyName', i) as string,
				kind === 'template' ? undefined : MEDIA_TYPES[kind],
				kind === 'recording' ? RECORDING_ALIASES : {},
			);
			const append = this.getNodeParameter('append', i) as boolean;
			await ictCoreCreate.call(this, {
				method: append ? 'POST' : 'PUT',
				path: `${basePath(kind)}/${id}/media`,
				body: file.data,
				contentType: file.mimeType,
				idempotent: !append,
				itemIndex: i,
			});
			return { [`${kind}_id`]: id, mimeType: file.mimeType, bytes: file.data.length };
		},
	),
	downloadMedia: op('downloadMedia', [messageId, OUTPUT_BINARY_PROPERTY], async function (this: IExecuteFunctions, i) {
		const kind = kindOf(this, i);
		if (kind === 'text') throw inputError(this.getNode(), i, 'Message Type', 'texts have no media');
		const file = (await ictCoreRequest.call(this, {
			method: 'GET',
			path: `${itemPath(this, i)}/media`,
			idempotent: true,
			expect: 'file',
			itemIndex: i,
		})) as IctCoreFile;
		const binary = await this.helpers.prepareBinaryData(file.data, file.fileName, file.mimeType);
		return new ExecutionItems([
			{
				json: { [`${kind}_id`]: readId.call(this, i, 'messageId') },
				binary: { [this.getNodeParameter('binaryPropertyName', i) as string]: binary },
			},
		]);
	}),
};

export const description: INodeProperties[] = [
	{
		displayName: 'Message Type',
		name: 'messageType',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['message'] } },
		options: [
			{ name: 'Document (Fax)', value: 'document' },
			{ name: 'Recording (Voice)', value: 'recording' },
			{ name: 'Template (Email)', value: 'template' },
			{ name: 'Text (SMS)', value: 'text' },
		],
		default: 'text',
	},
	operationSelector(
		'message',
		[
			{ name: 'Create', value: 'create', action: 'Create a message' },
			{ name: 'Delete', value: 'delete', action: 'Delete a message' },
			{
				name: 'Download Media',
				value: 'downloadMedia',
				action: 'Download the media of a message',
				description: 'Download the file of a recording, document or template',
			},
			{ name: 'Get', value: 'get', action: 'Get a message' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many messages' },
			{ name: 'Update', value: 'update', action: 'Update a message' },
			{
				name: 'Upload Media',
				value: 'uploadMedia',
				action: 'Upload the media of a message',
				description: 'Upload the file of a recording, document or template',
			},
		],
		'create',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
