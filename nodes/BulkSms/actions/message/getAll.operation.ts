import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import type { ItemOperation } from '../../../shared/operations';
import { collectPages, readListSettings } from '../../../shared/pagination';
import { toBulkSmsDate } from '../../helpers/dates';
import { messagePages } from '../../transport';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Direction',
				name: 'type',
				type: 'options',
				options: [
					{ name: 'Received', value: 'RECEIVED' },
					{ name: 'Sent', value: 'SENT' },
				],
				default: 'SENT',
			},
			{
				displayName: 'Status',
				name: 'statusType',
				type: 'options',
				options: [
					{ name: 'Accepted', value: 'ACCEPTED' },
					{ name: 'Delivered', value: 'DELIVERED' },
					{ name: 'Failed', value: 'FAILED' },
					{ name: 'Scheduled', value: 'SCHEDULED' },
					{ name: 'Sent', value: 'SENT' },
				],
				default: 'DELIVERED',
			},
			{
				displayName: 'Submission ID',
				name: 'submissionId',
				type: 'string',
				default: '',
				placeholder: '1-00000000000522347562',
				description: 'Only the messages of one send request',
			},
			{
				displayName: 'Submitted After',
				name: 'submittedAfter',
				type: 'dateTime',
				default: '',
				description: 'Only messages submitted at or after this time',
			},
			{
				displayName: 'Submitted Before',
				name: 'submittedBefore',
				type: 'dateTime',
				default: '',
				description: 'Only messages submitted before this time',
			},
			{
				displayName: 'User Supplied ID',
				name: 'userSuppliedId',
				type: 'string',
				default: '',
				description: 'Only sent messages with this reference',
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['message'], operation: ['getAll'] } }, properties);

/** The filter fields as BulkSMS filter clauses (`name=value`, joined by `&` when sent). */
function filterClauses(this: IExecuteFunctions, i: number): string[] {
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const date = (field: string, label: string) => {
		const value = toBulkSmsDate(String(filters[field]), this.getTimezone());
		if (!value) throw inputError(this.getNode(), i, label, `"${String(filters[field])}" is not a date and time`);
		return value;
	};
	const clauses: string[] = [];
	if (filters.type) clauses.push(`type=${String(filters.type)}`);
	if (filters.statusType) clauses.push(`status.type=${String(filters.statusType)}`);
	if (filters.submissionId) clauses.push(`submission.id=${String(filters.submissionId)}`);
	if (filters.userSuppliedId) clauses.push(`userSuppliedId=${String(filters.userSuppliedId)}`);
	if (filters.submittedAfter) clauses.push(`submission.date>=${date('submittedAfter', 'Submitted After')}`);
	if (filters.submittedBefore) clauses.push(`submission.date<${date('submittedBefore', 'Submitted Before')}`);
	return clauses;
}

export const getAll: ItemOperation = {
	description,
	async execute(this: IExecuteFunctions, i: number) {
		return await collectPages(readListSettings.call(this, i), messagePages.call(this, filterClauses.call(this, i), i));
	},
};
