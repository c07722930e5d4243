import type { INodeProperties } from 'n8n-workflow';

import type { Entity } from '../../helpers/entity';
import { idField } from '../../helpers/fields';

export const GROUP: Entity = {
	resource: 'group',
	path: '/groups',
	idKey: 'group_id',
	idField: idField('groupId', 'Group'),
};

/** The group an operation acts on. */
export const groupId = { ...GROUP.idField, required: true };

/** The columns Create and Update set. */
export const nameField: INodeProperties = { displayName: 'Name', name: 'name', type: 'string', default: '' };
export const descriptionField: INodeProperties = {
	displayName: 'Description',
	name: 'description',
	type: 'string',
	default: '',
};
