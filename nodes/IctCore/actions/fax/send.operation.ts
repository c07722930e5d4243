import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { phoneNumberField } from '../../../shared/descriptions';
import { requirePhoneNumber } from '../../../shared/phone';
import { collection, show } from '../../helpers/entity';
import { BINARY_PROPERTY, QUALITY, readId } from '../../helpers/fields';
import { createWithMedia, MEDIA_TYPES, oneStepSend, readUpload, sendOptions } from '../../helpers/send';

export const description = show('fax', 'send', [
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
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
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
}
