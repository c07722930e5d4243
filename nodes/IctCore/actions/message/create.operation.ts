import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collection, show } from '../../helpers/entity';
import { toApiFields } from '../../helpers/fields';
import { ictCoreCreate } from '../../transport';
import { basePath, FIELDS, forKind, kindOf, KINDS } from './fields';

export const description = show('message', 'create', [
	...KINDS.flatMap((k) => FIELDS[k].required.map((f) => forKind(k, { ...f, required: true }))),
	...KINDS.map((k) => forKind(k, collection('additionalFields', FIELDS[k].optional))),
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
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
}
