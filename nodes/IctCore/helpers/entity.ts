import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { alphabetically, returnAllOrLimit } from '../../shared/descriptions';
import type { ItemOperation } from '../../shared/operations';
import { readListSettings } from '../../shared/pagination';
import { ictCoreCreate, ictCoreList, ictCoreRead, ictCoreRequest } from '../transport';
import { readId, toApiFields } from './fields';
import { toItem, uniqueById } from './normalise';

/** One ICTCore record type: where it lives and how its id is named in the API and in the node. */
export interface Entity {
	resource: string;
	/** Collection path, e.g. `/contacts`. */
	path: string;
	/** The API's id column, e.g. `contact_id`. */
	idKey: string;
	/** The id parameter of the node, e.g. the Contact ID field. */
	idField: INodeProperties;
}

export const show = (resource: string, operation: string, fields: INodeProperties[]) =>
	updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, fields);

export function collection(
	name: 'additionalFields' | 'updateFields' | 'filters' | 'options',
	options: INodeProperties[],
): INodeProperties {
	const displayName = {
		additionalFields: 'Additional Fields',
		updateFields: 'Update Fields',
		filters: 'Filters',
		options: 'Options',
	}[name];
	return {
		displayName,
		name,
		type: 'collection',
		placeholder: name === 'filters' ? 'Add Filter' : name === 'options' ? 'Add Option' : 'Add Field',
		default: {},
		options: [...options].sort((a, b) => alphabetically(a.displayName, b.displayName)),
	};
}

const itemPath = (entity: Entity, ctx: IExecuteFunctions, i: number) =>
	`${entity.path}/${readId.call(ctx, i, entity.idField.name)}`;

export function getOperation(entity: Entity): ItemOperation {
	return {
		description: show(entity.resource, 'get', [{ ...entity.idField, required: true }]),
		async execute(this: IExecuteFunctions, i) {
			return await ictCoreRead.call(this, itemPath(entity, this, i), undefined, i);
		},
	};
}

export function deleteOperation(entity: Entity): ItemOperation {
	return {
		description: show(entity.resource, 'delete', [{ ...entity.idField, required: true }]),
		async execute(this: IExecuteFunctions, i) {
			const id = readId.call(this, i, entity.idField.name);
			await ictCoreRequest.call(this, {
				method: 'DELETE',
				path: `${entity.path}/${id}`,
				idempotent: true,
				itemIndex: i,
			});
			return { [entity.idKey]: id, deleted: true };
		},
	};
}

/**
 * Fetches a whole list (ICTCore has no paging) and applies Return All / Limit client-side, sorted by id with JOIN
 * duplicates removed. `path` may depend on the item (a group's contacts).
 */
export async function listRecords(
	this: IExecuteFunctions,
	i: number,
	path: string,
	idKey: string,
	query: IDataObject = {},
): Promise<IDataObject[]> {
	const rows = await ictCoreList.call(this, path, query, i);
	return uniqueById(rows, idKey).slice(0, readListSettings.call(this, i).limit);
}

export function getManyOperation(
	entity: Entity,
	filters: INodeProperties[],
	options: {
		operation?: string;
		fields?: INodeProperties[];
		path?: (this: IExecuteFunctions, i: number) => string;
		query?: IDataObject;
	} = {},
): ItemOperation {
	const operation = options.operation ?? 'getAll';
	return {
		description: show(entity.resource, operation, [
			...(options.fields ?? []),
			...returnAllOrLimit,
			...(filters.length ? [collection('filters', filters)] : []),
		]),
		async execute(this: IExecuteFunctions, i) {
			const query = {
				...options.query,
				...toApiFields.call(this, i, this.getNodeParameter('filters', i, {}) as IDataObject, true),
			};
			const path = options.path ? options.path.call(this, i) : entity.path;
			return await listRecords.call(this, i, path, entity.idKey, query);
		},
	};
}

/** Top-level fields (required unless they say otherwise) plus an Additional Fields collection, sent as one JSON body; answers the new id. */
export function createOperation(
	entity: Entity,
	required: INodeProperties[],
	additional: INodeProperties[],
): ItemOperation {
	return {
		description: show(entity.resource, 'create', [
			...required.map((f) => ({ ...f, required: f.required ?? true })),
			...(additional.length ? [collection('additionalFields', additional)] : []),
		]),
		async execute(this: IExecuteFunctions, i) {
			const values: IDataObject = Object.fromEntries(required.map((f) => [f.name, this.getNodeParameter(f.name, i)]));
			Object.assign(values, this.getNodeParameter('additionalFields', i, {}) as IDataObject);
			const body = toApiFields.call(this, i, values);
			const id = await ictCoreCreate.call(this, {
				method: 'POST',
				path: entity.path,
				body,
				idempotent: false,
				itemIndex: i,
			});
			return { [entity.idKey]: id, ...body };
		},
	};
}

/** A merge update: only the fields given are sent; ICTCore answers the updated record. */
export function updateOperation(entity: Entity, fields: INodeProperties[]): ItemOperation {
	return {
		description: show(entity.resource, 'update', [
			{ ...entity.idField, required: true },
			collection('updateFields', fields),
		]),
		async execute(this: IExecuteFunctions, i) {
			const body = toApiFields.call(this, i, this.getNodeParameter('updateFields', i, {}) as IDataObject);
			const answer = await ictCoreRequest.call(this, {
				method: 'PUT',
				path: itemPath(entity, this, i),
				body,
				idempotent: true,
				itemIndex: i,
			});
			return toItem(answer, entity.idKey);
		},
	};
}
