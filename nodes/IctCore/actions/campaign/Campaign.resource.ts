import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import { operationSelector } from '../../../shared/operations';
import type { Entity } from '../../helpers/entity';
import {
	createOperation,
	deleteOperation,
	getManyOperation,
	getOperation,
	show,
	updateOperation,
} from '../../helpers/entity';
import { dateFilters, idField, readId } from '../../helpers/fields';
import { ictCoreCreate, ictCoreRead } from '../../transport';

const CAMPAIGN: Entity = {
	resource: 'campaign',
	path: '/campaigns',
	idKey: 'campaign_id',
	idField: idField('campaignId', 'Campaign'),
};

const settings: INodeProperties[] = [
	idField('accountId', 'Sender Account'),
	{ displayName: 'Attempts Allowed', name: 'tryAllowed', type: 'number', typeOptions: { minValue: 1 }, default: 1 },
	{
		displayName: 'Calls or Messages per Minute',
		name: 'cpm',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 2,
		description: 'Sending pace: ICTCore waits 60/N seconds between two transmissions',
	},
];

/** Start and stop answer the campaign id, or `false` (an error) when the campaign daemon did not act. */
const control = (operation: 'start' | 'stop'): ItemOperation => ({
	description: show('campaign', operation, [{ ...CAMPAIGN.idField, required: true }]),
	async execute(this: IExecuteFunctions, i) {
		const id = readId.call(this, i, 'campaignId');
		// not repeated on a lost answer: a second start of a running campaign answers false
		await ictCoreCreate.call(this, {
			method: 'PUT',
			path: `/campaigns/${id}/${operation}`,
			idempotent: false,
			itemIndex: i,
		});
		return await ictCoreRead.call(this, `/campaigns/${id}`, undefined, i);
	},
});

export const operations = {
	create: createOperation(CAMPAIGN, [idField('programId', 'Program'), idField('groupId', 'Group')], settings),
	get: getOperation(CAMPAIGN),
	getAll: getManyOperation(CAMPAIGN, [
		...dateFilters,
		idField('groupId', 'Group'),
		idField('programId', 'Program'),
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: ['broken', 'completed', 'new', 'paused', 'ready', 'running'].map((v) => ({
				name: v[0].toUpperCase() + v.slice(1),
				value: v,
			})),
			default: 'running',
		},
	]),
	update: updateOperation(CAMPAIGN, [...settings, idField('groupId', 'Group'), idField('programId', 'Program')]),
	delete: deleteOperation(CAMPAIGN),
	start: control('start'),
	stop: control('stop'),
};

export const description: INodeProperties[] = [
	operationSelector(
		'campaign',
		[
			{
				name: 'Create',
				value: 'create',
				action: 'Create a campaign',
				description: 'Create a bulk campaign of a program to a group',
			},
			{ name: 'Delete', value: 'delete', action: 'Delete a campaign' },
			{ name: 'Get', value: 'get', action: 'Get a campaign' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many campaigns' },
			{
				name: 'Start',
				value: 'start',
				action: 'Start a campaign',
				description: 'Start or resume sending to the group',
			},
			{ name: 'Stop', value: 'stop', action: 'Stop a campaign', description: 'Pause the campaign' },
			{ name: 'Update', value: 'update', action: 'Update a campaign' },
		],
		'create',
	),
	...Object.values(operations).flatMap((o) => o.description),
];
