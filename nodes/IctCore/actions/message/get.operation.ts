import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { show } from '../../helpers/entity';
import { ictCoreRead } from '../../transport';
import { itemPath, messageId } from './fields';

export const description = show('message', 'get', [messageId]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await ictCoreRead.call(this, itemPath(this, i), undefined, i);
}
