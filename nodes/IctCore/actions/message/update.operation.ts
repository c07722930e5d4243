import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collection, show } from '../../helpers/entity';
import { toApiFields } from '../../helpers/fields';
import { toItem } from '../../helpers/normalise';
import { ictCoreRequest } from '../../transport';
import { FIELDS, forKind, itemPath, KINDS, messageId } from './fields';

export const description = show('message', 'update', [
	messageId,
	...KINDS.map((k) => forKind(k, collection('updateFields', [...FIELDS[k].required, ...FIELDS[k].optional]))),
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
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
}
