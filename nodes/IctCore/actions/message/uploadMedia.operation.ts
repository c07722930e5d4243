import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { show } from '../../helpers/entity';
import { BINARY_PROPERTY, readId } from '../../helpers/fields';
import { MEDIA_TYPES, readUpload, RECORDING_ALIASES } from '../../helpers/send';
import { ictCoreCreate } from '../../transport';
import { basePath, mediaKindOf, messageId } from './fields';

export const description = show('message', 'uploadMedia', [
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
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const kind = mediaKindOf(this, i);
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
}
