import type { IExecuteFunctions } from 'n8n-workflow';

import { ExecutionItems } from '../../../shared/operations';
import { show } from '../../helpers/entity';
import { OUTPUT_BINARY_PROPERTY, readId } from '../../helpers/fields';
import type { IctCoreFile } from '../../transport';
import { ictCoreRequest } from '../../transport';

export const description = show('fax', 'downloadDocument', [
	{ displayName: 'Document ID', name: 'documentId', type: 'string', default: '', required: true },
	OUTPUT_BINARY_PROPERTY,
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<ExecutionItems> {
	const id = readId.call(this, i, 'documentId');
	const file = (await ictCoreRequest.call(this, {
		method: 'GET',
		path: `/messages/documents/${id}/media`,
		idempotent: true,
		expect: 'file',
		itemIndex: i,
	})) as IctCoreFile;
	const property = this.getNodeParameter('binaryPropertyName', i) as string;
	const binary = await this.helpers.prepareBinaryData(file.data, file.fileName ?? `document_${id}.pdf`, file.mimeType);
	return new ExecutionItems([{ json: { document_id: id }, binary: { [property]: binary } }]);
}
