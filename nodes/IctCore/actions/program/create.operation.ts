import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collection, show } from '../../helpers/entity';
import { idField, readId, requireText, toApiFields } from '../../helpers/fields';
import { ictCoreCreate } from '../../transport';
import { TYPES } from './fields';

const typesNeeding = (field: string) => TYPES.filter((t) => t.field === field).map((t) => t.value);

export const description = show('program', 'create', [
	{
		displayName: 'Type',
		name: 'programType',
		type: 'options',
		options: TYPES.map(({ name, value }) => ({ name, value })),
		default: 'sendsms',
		required: true,
	},
	{
		...idField('accountId', 'Account'),
		required: true,
		displayOptions: { show: { programType: typesNeeding('accountId') } },
	},
	{
		...idField('documentId', 'Document'),
		required: true,
		displayOptions: { show: { programType: typesNeeding('documentId') } },
	},
	{
		...idField('recordingId', 'Recording'),
		required: true,
		displayOptions: { show: { programType: typesNeeding('recordingId') } },
	},
	{
		...idField('templateId', 'Template'),
		required: true,
		displayOptions: { show: { programType: typesNeeding('templateId') } },
	},
	{ ...idField('textId', 'Text'), required: true, displayOptions: { show: { programType: typesNeeding('textId') } } },
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		default: '',
		required: true,
		description: 'What the call says',
		displayOptions: { show: { programType: ['voicetts'] } },
	},
	collection('additionalFields', [
		{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		idField('parentId', 'Parent Program'),
	]),
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const type = this.getNodeParameter('programType', i) as string;
	const field = TYPES.find((t) => t.value === type)!.field;
	// The field the type needs is checked here: toApiFields leaves empty values out.
	const value = field === 'text' ? requireText.call(this, i, 'text', 'Text') : readId.call(this, i, field);
	const body = toApiFields.call(this, i, {
		...(this.getNodeParameter('additionalFields', i, {}) as object),
		[field]: value,
	});
	return {
		program_id: await ictCoreCreate.call(this, {
			method: 'POST',
			path: `/programs/${type}`,
			body,
			idempotent: false,
			itemIndex: i,
		}),
		type,
		...body,
	};
}
