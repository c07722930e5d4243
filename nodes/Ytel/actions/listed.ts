import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../shared/descriptions';
import type { ItemOperation } from '../../shared/operations';
import { limitList, requireText, segment } from '../helpers/params';
import { ytelRequest, ytelRequestOne } from '../transport';

/** Get Many for a resource Ytel lists in one answer (no paging): Return All / Limit cut the list. */
export function listOperation(resource: string, path: string): ItemOperation {
	return {
		description: updateDisplayOptions({ show: { resource: [resource], operation: ['getAll'] } }, returnAllOrLimit),
		async execute(this: IExecuteFunctions, i: number) {
			return limitList.call(this, i, await ytelRequest.call(this, { method: 'GET', path }, { idempotent: true, itemIndex: i }));
		},
	};
}

/** An operation on one object by its id: `<method> <path><id>/<suffix>`, answering the object. */
export function byIdOperation(
	resource: string,
	operation: string,
	idField: INodeProperties,
	method: 'GET' | 'DELETE' | 'PUT',
	path: string,
	suffix = '',
): ItemOperation {
	return {
		description: updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, [idField]),
		async execute(this: IExecuteFunctions, i: number) {
			const id = requireText.call(this, i, idField.name, idField.displayName);
			return await ytelRequestOne.call(this, { method, path: `${path}${segment(id)}/${suffix}` }, { idempotent: true, itemIndex: i });
		},
	};
}
