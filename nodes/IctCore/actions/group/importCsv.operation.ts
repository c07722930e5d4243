import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { show } from '../../helpers/entity';
import { BINARY_PROPERTY, readId } from '../../helpers/fields';
import { readUpload } from '../../helpers/send';
import { ictCoreCreate } from '../../transport';
import { groupId } from './fields';

export const description = show('group', 'importCsv', [
	groupId,
	{
		...BINARY_PROPERTY,
		description:
			'Binary field with the CSV: no header row; either one phone column or the nine columns phone, first name, last name, email, address, custom 1, custom 2, custom 3, description',
	},
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = readId.call(this, i, 'groupId');
	const file = await readUpload.call(this, i, this.getNodeParameter('binaryPropertyName', i) as string);
	// ICTCore accepts only text/csv or text/plain, whatever type the file came with; the import runs in the background
	await ictCoreCreate.call(this, {
		method: 'POST',
		path: `/groups/${id}/csv`,
		body: file.data,
		contentType: 'text/csv',
		idempotent: false,
		itemIndex: i,
	});
	return { group_id: id, imported: true, bytes: file.data.length };
}
