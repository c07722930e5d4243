import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { callrRequest } from '../../transport';
import { appField } from '../common.descriptions';
import type { AppType } from './fields';
import { APP_TYPES, appParams, updateSettingOptions } from './fields';
import { alphabetically } from '../../../shared/descriptions';

const updateOptions: INodeProperties[] = [
	{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'New name of the Voice App' },
	...updateSettingOptions,
];

const properties: INodeProperties[] = [
	appField('getApps'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: updateOptions.sort((a, b) => alphabetically(a.displayName, b.displayName)),
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['voiceApp'], operation: ['update'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const hash = this.getNodeParameter('appId', itemIndex) as string;
	const { name, ...settings } = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	if (name !== undefined && String(name).trim() === '') throw inputError(node, itemIndex, 'Name', 'a name is required');
	if (name === undefined && Object.keys(settings).length === 0)
		throw inputError(node, itemIndex, 'Update Fields', 'choose at least one field to change');
	// apps.edit replaces the app's parameters: the current ones are read first and only the chosen fields change.
	const app = (await callrRequest(this, 'getApp', { hash }, itemIndex)) as IDataObject;
	const type = String((app.package as IDataObject | undefined)?.name);
	if (Object.keys(settings).length > 0 && !(type in APP_TYPES))
		throw inputError(node, itemIndex, 'Update Fields', `only the name of ${type} apps can be changed`);
	const params = appParams(node, itemIndex, type as AppType, settings, (app.p as IDataObject | undefined) ?? {});
	return (await callrRequest(
		this,
		'editApp',
		{ hash, name: name === undefined ? null : String(name).trim(), params },
		itemIndex,
	)) as IDataObject;
}
