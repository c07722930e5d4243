import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import type { ItemOperation } from '../../../shared/operations';
import { readListSettings } from '../../../shared/pagination';
import { splitList } from '../../../shared/phone';
import { ytelRequest } from '../../transport';

/** Ytel caps statement searches at 10,000 results. */
const MAX_RESULTS = 10_000;

const properties: INodeProperties[] = [
	{
		displayName: 'Search By',
		name: 'searchBy',
		type: 'options',
		options: [
			{ name: 'Keys', value: 'keys', description: 'Contacts that hold one of the lookup keys' },
			{ name: 'Conditions', value: 'statements', description: 'Contacts whose data match every condition' },
		],
		default: 'keys',
	},
	{
		displayName: 'Keys',
		name: 'keys',
		type: 'string',
		required: true,
		default: '',
		placeholder: '+14155550100, crm-42',
		description: 'Lookup keys separated by commas',
		displayOptions: { show: { searchBy: ['keys'] } },
	},
	{
		displayName: 'Conditions',
		name: 'statements',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Condition',
		default: {},
		displayOptions: { show: { searchBy: ['statements'] } },
		options: [
			{
				displayName: 'Condition',
				name: 'conditions',
				values: [
					{ displayName: 'Field', name: 'variable', type: 'string', default: '', placeholder: 'lastname' },
					{
						displayName: 'Match',
						name: 'match',
						type: 'options',
						options: [
							{ name: 'Contains', value: 'contains' },
							{ name: 'Equals', value: 'equals' },
						],
						default: 'equals',
					},
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	},
	...returnAllOrLimit,
];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['contact'], operation: ['search'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const { limit } = readListSettings.call(this, i);
		let body: IDataObject;
		if (this.getNodeParameter('searchBy', i) === 'keys') {
			const keys = splitList(this.getNodeParameter('keys', i));
			if (keys.length === 0) throw inputError(this.getNode(), i, 'Keys', 'at least one key is required');
			body = { keys };
		} else {
			const conditions = ((this.getNodeParameter('statements', i, {}) as IDataObject).conditions ?? []) as IDataObject[];
			if (conditions.length === 0 || conditions.some((c) => !String(c.variable ?? '').trim())) {
				throw inputError(this.getNode(), i, 'Conditions', 'add at least one condition, each with a field');
			}
			const statements = conditions.map((c) => ({ variable: String(c.variable).trim(), operation: c.match, value: c.value }));
			body = { statements, size: Math.min(limit, MAX_RESULTS) };
		}
		const found = await ytelRequest.call(this, { method: 'POST', path: '/v4/contact/search', body }, { idempotent: true, itemIndex: i });
		return found.slice(0, limit);
	},
};
