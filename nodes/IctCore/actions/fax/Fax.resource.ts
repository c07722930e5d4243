import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { phoneNumberField } from '../../../shared/descriptions';
import type { ItemOperation } from '../../../shared/operations';
import { ExecutionItems, operationSelector } from '../../../shared/operations';
import { requirePhoneNumber } from '../../../shared/phone';
import { collection, show } from '../../helpers/entity';
import { BINARY_PROPERTY, OUTPUT_BINARY_PROPERTY, QUALITY, readId } from '../../helpers/fields';
import { createWithMedia, MEDIA_TYPES, oneStepSend, readUpload, sendOptions } from '../../helpers/send';
import type { IctCoreFile } from '../../transport';
import { ictCoreRequest } from '../../transport';
import { serviceTransmissions } from '../transmissionLists';

const send: ItemOperation = {
	description: show('fax', 'send', [
		phoneNumberField({ displayName: 'To', name: 'to', required: true, description: 'Fax number in E.164 format' }),
		{
			displayName: 'Document Source',
			name: 'documentSource',
			type: 'options',
			options: [
				{ name: 'Binary File', value: 'binary', description: 'Upload a PDF, image or office file from the input item' },
				{ name: 'Existing Document', value: 'document', description: 'Send a document already stored in ICTCore' },
			],
			default: 'binary',
		},
		{ ...BINARY_PROPERTY, displayOptions: { show: { documentSource: ['binary'] } } },
		{
			displayName: 'Document ID',
			name: 'documentId',
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show: { documentSource: ['document'] } },
		},
		collection('options', [
			...sendOptions,
			{ displayName: 'Document Name', name: 'documentName', type: 'string', default: '' },
			QUALITY,
		]),
	]),
	async execute(this: IExecuteFunctions, i) {
		const phone = requirePhoneNumber(this.getNode(), i, 'To', this.getNodeParameter('to', i));
		const fromBinary = this.getNodeParameter('documentSource', i) === 'binary';
		const reuse = Boolean(this.getNodeParameter('options.programId', i, ''));
		const file =
			fromBinary && !reuse
				? await readUpload.call(this, i, this.getNodeParameter('binaryPropertyName', i) as string, MEDIA_TYPES.document)
				: undefined;
		const documentId = !fromBinary && !reuse ? readId.call(this, i, 'documentId') : undefined;
		const name =
			(this.getNodeParameter('options.documentName', i, '') as string) ||
			file?.fileName ||
			`n8n fax ${new Date().toISOString()}`;
		const quality = this.getNodeParameter('options.quality', i, 'standard') as string;
		return await oneStepSend.call(this, i, {
			programType: 'sendfax',
			recipient: { phone },
			name,
			createMessage: async () => [
				'document_id',
				documentId ?? (await createWithMedia.call(this, i, '/messages/documents', { name, quality }, [file!])),
			],
		});
	},
};

const downloadDocument: ItemOperation = {
	description: show('fax', 'downloadDocument', [
		{ displayName: 'Document ID', name: 'documentId', type: 'string', default: '', required: true },
		OUTPUT_BINARY_PROPERTY,
	]),
	async execute(this: IExecuteFunctions, i) {
		const id = readId.call(this, i, 'documentId');
		const file = (await ictCoreRequest.call(this, {
			method: 'GET',
			path: `/messages/documents/${id}/media`,
			idempotent: true,
			expect: 'file',
			itemIndex: i,
		})) as IctCoreFile;
		const property = this.getNodeParameter('binaryPropertyName', i) as string;
		const binary = await this.helpers.prepareBinaryData(
			file.data,
			file.fileName ?? `document_${id}.pdf`,
			file.mimeType,
		);
		return new ExecutionItems([{ json: { document_id: id }, binary: { [property]: binary } }]);
	},
};

export const operations = { send, getAll: serviceTransmissions('fax', 2), downloadDocument };

export const description: INodeProperties[] = [
	operationSelector(
		'fax',
		[
			{
				name: 'Download Document',
				value: 'downloadDocument',
				action: 'Download a fax document',
				description: 'Download a document (such as a received fax) as a PDF',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many fax transmissions',
				description: 'List fax transmissions with filters',
			},
			{
				name: 'Send',
				value: 'send',
				action: 'Send a fax',
				description: 'Upload the document, create the program and transmission, and send it',
			},
		],
		'send',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
