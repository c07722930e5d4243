import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/operations';
import type { Entity } from '../../helpers/entity';
import { show } from '../../helpers/entity';
import { idField, readId } from '../../helpers/fields';
import { ictCoreCreate, ictCoreRequest } from '../../transport';

export const TRANSMISSION: Entity = {
	resource: 'transmission',
	path: '/transmissions',
	idKey: 'transmission_id',
	idField: idField('transmissionId', 'Transmission'),
};

/** The fields of an operation on one transmission: its id, then the operation's own fields. */
export const transmissionDescription = (operation: string, fields: INodeProperties[] = []) =>
	show('transmission', operation, [{ ...TRANSMISSION.idField, required: true }, ...fields]);

export const transmissionPath = (ctx: IExecuteFunctions, i: number, suffix = '') =>
	`/transmissions/${readId.call(ctx, i, 'transmissionId')}${suffix}`;

/** The current status, which the transmission record itself lacks. */
export async function readStatus(this: IExecuteFunctions, i: number): Promise<string> {
	return String(
		await ictCoreRequest.call(this, {
			method: 'GET',
			path: transmissionPath(this, i, '/status'),
			idempotent: true,
			itemIndex: i,
		}),
	);
}

/** Send and Retry share ICTCore's handler; both answer the new attempt's spool id. */
export const dispatch = (operation: string, verb: string): ItemOperation => ({
	description: transmissionDescription(operation),
	async execute(this: IExecuteFunctions, i) {
		const transmissionId = readId.call(this, i, 'transmissionId');
		const spoolId = await ictCoreCreate.call(this, {
			method: 'POST',
			path: `/transmissions/${transmissionId}/${verb}`,
			idempotent: false,
			itemIndex: i,
		});
		return { transmission_id: transmissionId, spool_id: spoolId };
	},
});
