import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/errors';

/** The standard description of a "Name or ID" picker. */
export const PICKER_DESCRIPTION =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

const PICKERS: Record<string, string> = {
	accountId: 'getAccounts',
	campaignId: 'getCampaigns',
	groupId: 'getGroups',
	programId: 'getPrograms',
};

/** An ICTCore record id field; accounts, campaigns, groups and programs get a "Name or ID" picker. */
export function idField(name: string, label: string, extra: Partial<INodeProperties> = {}): INodeProperties {
	const picker = PICKERS[name];
	return picker
		? {
				displayName: `${label} Name or ID`,
				name,
				type: 'options',
				typeOptions: { loadOptionsMethod: picker },
				default: '',
				description: PICKER_DESCRIPTION,
				...extra,
			}
		: {
				displayName: `${label} ID`,
				name,
				type: 'string',
				default: '',
				description: `ID of the ${label.toLowerCase()}`,
				...extra,
			};
}

/** Labels the editor shows that the parameter name alone does not give. */
const LABELS: Record<string, string> = {
	after: 'Created After',
	before: 'Created Before',
	parentId: 'Parent Program ID',
};

/**
 * A field's label as the editor shows it, from its parameter name (`contactId` → "Contact ID", `groupId` →
 * "Group Name or ID"), so that errors name the field the user sees.
 */
export function labelOf(name: string): string {
	if (LABELS[name]) return LABELS[name];
	const words = name
		.replace(/Id$/, '')
		.replace(/([A-Z])/g, ' $1')
		.replace(/^./, (c) => c.toUpperCase());
	if (!name.endsWith('Id')) return words;
	return PICKERS[name] ? `${words} Name or ID` : `${words} ID`;
}

/** A positive integer id, as ICTCore's AUTO_INCREMENT keys are; the error names item and field. */
export function toId(
	this: Pick<IExecuteFunctions, 'getNode'>,
	itemIndex: number,
	field: string,
	value: unknown,
	label = labelOf(field),
): number {
	const text =
		value === undefined || value === null
			? ''
			: typeof value === 'object'
				? JSON.stringify(value)
				: String(value as string | number | boolean).trim();
	if (text === '') throw inputError(this.getNode(), itemIndex, label, 'an ID is required');
	if (!/^[1-9]\d*$/.test(text))
		throw inputError(this.getNode(), itemIndex, label, `"${text}" is not an ICTCore ID (a positive whole number)`);
	return Number(text);
}

/** Reads a required id parameter. */
export function readId(this: IExecuteFunctions, itemIndex: number, name: string, label?: string): number {
	return toId.call(this, itemIndex, name, this.getNodeParameter(name, itemIndex), label);
}

/** A required text parameter: refused before any request when empty, blank or not text (an object from an expression). */
export function requireText(this: IExecuteFunctions, itemIndex: number, name: string, label: string): string {
	const value = this.getNodeParameter(name, itemIndex, '') as unknown;
	if (typeof value === 'number') return String(value);
	if (typeof value !== 'string') throw inputError(this.getNode(), itemIndex, label, 'must be text');
	if (value.trim() === '') throw inputError(this.getNode(), itemIndex, label, 'a value is required');
	return value;
}

/** camelCase parameter names → ICTCore's snake_case columns (`firstName` → `first_name`). */
export const toColumn = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const ID_COLUMN = /_id$/;
const DATE_COLUMN = /^(after|before|since)$/;

/**
 * Parameters as an ICTCore body or query: snake_case keys, ids as numbers, `after`/`before`/`since` as unix
 * seconds, empty values left out. Query values go into SQL unescaped on the server, so quotes are refused.
 */
export function toApiFields(
	this: IExecuteFunctions,
	itemIndex: number,
	values: IDataObject,
	forQuery = false,
): IDataObject {
	const out: IDataObject = {};
	for (const [name, value] of Object.entries(values)) {
		if (value === '' || value === undefined || value === null) continue;
		const column = toColumn(name);
		if (ID_COLUMN.test(column)) out[column] = toId.call(this, itemIndex, name, value);
		else if (DATE_COLUMN.test(column)) {
			const ms = Date.parse(String(value));
			if (Number.isNaN(ms))
				throw inputError(this.getNode(), itemIndex, labelOf(name), `"${String(value)}" is not a date`);
			out[column] = Math.floor(ms / 1000);
		} else if (forQuery && String(value).includes("'")) {
			throw inputError(this.getNode(), itemIndex, labelOf(name), 'quotes are not allowed in ICTCore filters');
		} else out[column] = value;
	}
	return out;
}

/** A plain text field. */
export const textField = (
	displayName: string,
	name: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	...extra,
});

/** Fax resolution of a document. */
export const QUALITY: INodeProperties = {
	displayName: 'Quality',
	name: 'quality',
	type: 'options',
	options: ['basic', 'fine', 'standard', 'super', 'superior', 'ultra'].map((v) => ({
		name: v[0].toUpperCase() + v.slice(1),
		value: v,
	})),
	default: 'standard',
	description: 'Fax resolution ICTCore converts the document to',
};

/** `after` / `before` filters on the creation date. */
export const dateFilters: INodeProperties[] = [
	{
		displayName: 'Created After',
		name: 'after',
		type: 'dateTime',
		default: '',
		description: 'Only records created at or after this time',
	},
	{
		displayName: 'Created Before',
		name: 'before',
		type: 'dateTime',
		default: '',
		description: 'Only records created at or before this time',
	},
];

/** Every ICTCore service, as `service_flag` values. */
export const SERVICE_OPTIONS = [
	{ name: 'Email', value: 8 },
	{ name: 'Fax', value: 2 },
	{ name: 'SMS', value: 4 },
	{ name: 'Voice', value: 1 },
];

export const BINARY_PROPERTY: INodeProperties = {
	displayName: 'Input Binary Field',
	name: 'binaryPropertyName',
	type: 'string',
	default: 'data',
	required: true,
	description: 'Name of the binary field of the input item that holds the file',
};

export const OUTPUT_BINARY_PROPERTY: INodeProperties = {
	displayName: 'Put Output File in Field',
	name: 'binaryPropertyName',
	type: 'string',
	default: 'data',
	required: true,
	description: 'Name of the binary field to put the downloaded file in',
};
