import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { callrRequest } from '../../transport';
import { appField } from '../common.descriptions';

export const description = updateDisplayOptions({ show: { resource: ['voiceApp'], operation: ['delete'] } }, [
	appField('getApps'),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const hash = this.getNodeParameter('appId', itemIndex) as string;
	const deleted = await callrRequest(this, 'deleteApp', { hash }, itemIndex);
	return { hash, deleted };
}
