import type { IExecuteFunctions } from 'n8n-workflow';

import { ExecutionItems } from '../../../shared/operations';
import { show } from '../../helpers/entity';
import { OUTPUT_BINARY_PROPERTY, readId } from '../../helpers/fields';
import type { IctCoreFile } from '../../transport';
import { ictCoreRequest } from '../../transport';
import { itemPath, mediaKindOf, messageId } from './fields';

export const description = show('message', 'downloadMedia', [messageId, OUTPUT_BINARY_PROPERTY]);

export async function execute(this: IExecuteFunctions, i: number): Promise<ExecutionItems> {
	const kind = mediaKindOf(this, i);
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
}
