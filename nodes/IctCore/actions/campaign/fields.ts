import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import type { Entity } from '../../helpers/entity';
import { show } from '../../helpers/entity';
import { idField, readId } from '../../helpers/fields';
import { ictCoreCreate, ictCoreRead } from '../../transport';

export const CAMPAIGN: Entity = {
	resource: 'campaign',
	path: '/campaigns',
	idKey: 'campaign_id',
	idField: idField('campaignId', 'Campaign'),
};

/** The settings Create takes as additional fields and Update can change. */
export const settings: INodeProperties[] = [
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
export const control = (operation: 'start' | 'stop'): ItemOperation => ({
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
