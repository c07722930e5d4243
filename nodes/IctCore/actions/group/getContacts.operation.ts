import type { IExecuteFunctions } from 'n8n-workflow';

import { getManyOperation } from '../../helpers/entity';
import { readId } from '../../helpers/fields';
import { contactFilters } from '../contact/fields';
import { GROUP, groupId } from './fields';

export const { description, execute } = getManyOperation({ ...GROUP, idKey: 'contact_id' }, contactFilters, {
	operation: 'getContacts',
	fields: [groupId],
	path(this: IExecuteFunctions, i: number) {
		return `/groups/${readId.call(this, i, 'groupId')}/contacts`;
	},
});
