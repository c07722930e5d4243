import type { Entity } from '../../helpers/entity';
import { idField } from '../../helpers/fields';

export const TRANSMISSION: Entity = {
	resource: 'transmission',
	path: '/transmissions',
	idKey: 'transmission_id',
	idField: idField('transmissionId', 'Transmission'),
};
