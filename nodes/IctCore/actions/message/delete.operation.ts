import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { show } from '../../helpers/entity';
import { readId } from '../../helpers/fields';
import { ictCoreRequest } from '../../transport';
import { itemPath, kindOf, messageId } from './fields';

export const description = show('message', 'delete', [messageId]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	await ictCoreRequest.call(this, { method: 'DELETE', path: itemPath(this, i), idempotent: true, itemIndex: i });
	return { [`${kindOf(this, i)}_id`]: readId.call(this, i, 'messageId'), deleted: true };
}
