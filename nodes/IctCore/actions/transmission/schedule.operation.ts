import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { readId } from '../../helpers/fields';
import { ictCoreCreate } from '../../transport';
import { transmissionDescription, transmissionPath } from './fields';

export const description = transmissionDescription('schedule', [
	{
		displayName: 'When',
		name: 'when',
		type: 'options',
		options: [
			{ name: 'After a Delay', value: 'delay' },
			{ name: 'At a Date and Time', value: 'timestamp' },
		],
		default: 'timestamp',
	},
	{
		displayName: 'Date and Time',
		name: 'dateTime',
		type: 'dateTime',
		default: '',
		required: true,
		displayOptions: { show: { when: ['timestamp'] } },
	},
	{
		displayName: 'Delay (Seconds)',
		name: 'delay',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 300,
		displayOptions: { show: { when: ['delay'] } },
	},
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	let body: IDataObject;
	if (this.getNodeParameter('when', i) === 'delay') body = { delay: this.getNodeParameter('delay', i) as number };
	else {
		const ms = Date.parse(String(this.getNodeParameter('dateTime', i)));
		if (Number.isNaN(ms)) throw inputError(this.getNode(), i, 'Date and Time', 'a date and time is required');
		body = { timestamp: Math.floor(ms / 1000) };
	}
	const scheduleId = await ictCoreCreate.call(this, {
		method: 'PUT',
		path: transmissionPath(this, i, '/schedule'),
		body,
		idempotent: false,
		itemIndex: i,
	});
	return { transmission_id: readId.call(this, i, 'transmissionId'), schedule_id: scheduleId, ...body };
}
