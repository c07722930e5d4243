import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { operationSelector } from '../../../shared/operations';
import type { Entity } from '../../helpers/entity';
import { collection, deleteOperation, getManyOperation, getOperation, show } from '../../helpers/entity';
import { dateFilters, idField, readId, requireText, toApiFields } from '../../helpers/fields';
import { ictCoreCreate } from '../../transport';
import { transmissionFilters } from '../transmissionLists';

const PROGRAM: Entity = {
	resource: 'program',
	path: '/programs',
	idKey: 'program_id',
	idField: idField('programId', 'Program'),
};

/** Program types and the parameter each needs (reference §4.3). */
const TYPES: Array<{ name: string; value: string; field: string }> = [
	{ name: 'Email to Fax (Inbound)', value: 'emailtofax', field: 'accountId' },
	{ name: 'Fax to Email (Inbound)', value: 'faxtoemail', field: 'accountId' },
	{ name: 'Receive Email', value: 'receiveemail', field: 'accountId' },
	{ name: 'Receive Fax', value: 'receivefax', field: 'accountId' },
	{ name: 'Receive SMS', value: 'receivesms', field: 'accountId' },
	{ name: 'Send Email', value: 'sendemail', field: 'templateId' },
	{ name: 'Send Fax', value: 'sendfax', field: 'documentId' },
	{ name: 'Send SMS', value: 'sendsms', field: 'textId' },
	{ name: 'Voice Message', value: 'voicemessage', field: 'recordingId' },
	{ name: 'Voice Text to Speech', value: 'voicetts', field: 'text' },
];

const typesNeeding = (field: string) => TYPES.filter((t) => t.field === field).map((t) => t.value);

const create: ItemOperation = {
	description: show('program', 'create', [
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
	]),
	async execute(this: IExecuteFunctions, i) {
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
	},
};

export const operations = {
	create,
	get: getOperation(PROGRAM),
	getAll: getManyOperation(PROGRAM, [
		...dateFilters,
		{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Part of the program name' },
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: TYPES.map(({ name, value }) => ({ name, value })),
			default: 'sendsms',
		},
	]),
	delete: deleteOperation(PROGRAM),
	getTransmissions: getManyOperation(
		{ ...PROGRAM, idKey: 'transmission_id' },
		transmissionFilters.filter((f) => f.name !== 'programId'),
		{
			operation: 'getTransmissions',
			fields: [{ ...PROGRAM.idField, required: true }],
			path(this: IExecuteFunctions, i: number) {
				return `/programs/${readId.call(this, i, 'programId')}/transmissions`;
			},
		},
	),
};

export const description: INodeProperties[] = [
	operationSelector(
		'program',
		[
			{
				name: 'Create',
				value: 'create',
				action: 'Create a program',
				description: 'Create and deploy a program of a given type',
			},
			{ name: 'Delete', value: 'delete', action: 'Delete a program' },
			{ name: 'Get', value: 'get', action: 'Get a program' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many programs' },
			{ name: 'Get Transmissions', value: 'getTransmissions', action: 'Get the transmissions of a program' },
		],
		'create',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
