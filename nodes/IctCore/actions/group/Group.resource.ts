import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { ExecutionItems, operationSelector } from '../../../shared/operations';
import type { Entity } from '../../helpers/entity';
import {
	createOperation,
	deleteOperation,
	getManyOperation,
	getOperation,
	show,
	updateOperation,
} from '../../helpers/entity';
import { BINARY_PROPERTY, idField, OUTPUT_BINARY_PROPERTY, readId } from '../../helpers/fields';
import { readUpload } from '../../helpers/send';
import type { IctCoreFile } from '../../transport';
import { ictCoreCreate, ictCoreRequest } from '../../transport';
import { contactFilters } from '../contact/Contact.resource';

const GROUP: Entity = { resource: 'group', path: '/groups', idKey: 'group_id', idField: idField('groupId', 'Group') };
const groupId = { ...GROUP.idField, required: true };
const description_: INodeProperties = { displayName: 'Description', name: 'description', type: 'string', default: '' };

const importCsv: ItemOperation = {
	description: show('group', 'importCsv', [
		groupId,
		{
			...BINARY_PROPERTY,
			description:
				'Binary field with the CSV: no header row; either one phone column or the nine columns phone, first name, last name, email, address, custom 1, custom 2, custom 3, description',
		},
	]),
	async execute(this: IExecuteFunctions, i) {
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
	},
};

const exportCsv: ItemOperation = {
	description: show('group', 'exportCsv', [groupId, OUTPUT_BINARY_PROPERTY]),
	async execute(this: IExecuteFunctions, i) {
		const id = readId.call(this, i, 'groupId');
		const file = (await ictCoreRequest.call(this, {
			method: 'GET',
			path: `/groups/${id}/csv`,
			idempotent: true,
			expect: 'file',
			itemIndex: i,
		})) as IctCoreFile;
		const binary = await this.helpers.prepareBinaryData(file.data, file.fileName ?? `group_${id}.csv`, 'text/csv');
		return new ExecutionItems([
			{ json: { group_id: id }, binary: { [this.getNodeParameter('binaryPropertyName', i) as string]: binary } },
		]);
	},
};

export const operations = {
	create: createOperation(GROUP, [{ displayName: 'Name', name: 'name', type: 'string', default: '' }], [description_]),
	get: getOperation(GROUP),
	// ICTCore (master) ignores every filter of the group list
	getAll: getManyOperation(GROUP, []),
	update: updateOperation(GROUP, [description_, { displayName: 'Name', name: 'name', type: 'string', default: '' }]),
	delete: deleteOperation(GROUP),
	getContacts: getManyOperation({ ...GROUP, idKey: 'contact_id' }, contactFilters, {
		operation: 'getContacts',
		fields: [groupId],
		path(this: IExecuteFunctions, i: number) {
			return `/groups/${readId.call(this, i, 'groupId')}/contacts`;
		},
	}),
	importCsv,
	exportCsv,
};

export const description: INodeProperties[] = [
	operationSelector(
		'group',
		[
			{ name: 'Create', value: 'create', action: 'Create a group' },
			{ name: 'Delete', value: 'delete', action: 'Delete a group' },
			{ name: 'Export CSV', value: 'exportCsv', action: 'Export the contacts of a group as CSV' },
			{ name: 'Get', value: 'get', action: 'Get a group' },
			{ name: 'Get Contacts', value: 'getContacts', action: 'Get the contacts of a group' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many groups' },
			{
				name: 'Import CSV',
				value: 'importCsv',
				action: 'Import contacts into a group from CSV',
				description: 'Start a background import of a CSV file into the group',
			},
			{ name: 'Update', value: 'update', action: 'Update a group' },
		],
		'create',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
