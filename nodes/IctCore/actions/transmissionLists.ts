import type { INodeProperties } from 'n8n-workflow';

import type { ItemOperation } from '../../shared/operations';
import { getManyOperation } from '../helpers/entity';
import { dateFilters, idField } from '../helpers/fields';
import { TRANSMISSION } from './transmission/fields';

/** The filters of `GET /transmissions` (exact ids, LIKE on text columns, creation date window). */
export const transmissionFilters: INodeProperties[] = [
	idField('accountId', 'Account'),
	idField('campaignId', 'Campaign'),
	{
		displayName: 'Contact Email',
		name: 'contactEmail',
		type: 'string',
		default: '',
		description: 'Part of the contact e-mail address',
	},
	{
		displayName: 'Contact Phone',
		name: 'contactPhone',
		type: 'string',
		default: '',
		description: 'Part of the contact phone number',
	},
	idField('contactId', 'Contact'),
	...dateFilters,
	{
		displayName: 'Direction',
		name: 'direction',
		type: 'options',
		options: [
			{ name: 'Inbound', value: 'inbound' },
			{ name: 'Outbound', value: 'outbound' },
		],
		default: 'outbound',
	},
	idField('programId', 'Program'),
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: ['completed', 'failed', 'invalid', 'pending', 'processing'].map((value) => ({
			name: value[0].toUpperCase() + value.slice(1),
			value,
		})),
		default: 'completed',
		description: 'ICTCore matches the status as text, so Pending also finds pending_retry',
	},
];

/** "Get Many" of one service's transmissions (SMS, calls, faxes): `GET /transmissions?service_flag=N`. */
export function serviceTransmissions(resource: string, serviceFlag: number): ItemOperation {
	return getManyOperation({ ...TRANSMISSION, resource }, transmissionFilters, { query: { service_flag: serviceFlag } });
}
