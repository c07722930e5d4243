import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { callrRequest } from '../../transport';
import type { AppType } from './fields';
import {
	APP_TYPES,
	appParams,
	callbackUrlField,
	createSettingOptions,
	forwardTimeoutField,
	forwardToField,
} from './fields';

const properties: INodeProperties[] = [
	{
		displayName: 'Type',
		name: 'appType',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: APP_TYPES.CALLTRACKING10,
				value: 'CALLTRACKING10',
				description: 'Forwards the calls of its numbers, with prompts and recording',
			},
			{
				name: APP_TYPES.CLICKTOCALL10,
				value: 'CLICKTOCALL10',
				description: 'Calls party A, then connects party B',
			},
			{
				name: APP_TYPES.REALTIME10,
				value: 'REALTIME10',
				description: 'Your URL controls the call as it happens',
			},
		],
		default: 'CLICKTOCALL10',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		description: 'Name of the Voice App',
	},
	{ ...callbackUrlField, required: true, displayOptions: { show: { appType: ['REALTIME10'] } } },
	{ ...forwardToField, required: true, displayOptions: { show: { appType: ['CALLTRACKING10'] } } },
	{ ...forwardTimeoutField, displayOptions: { show: { appType: ['CALLTRACKING10'] } } },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: createSettingOptions,
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['voiceApp'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const type = this.getNodeParameter('appType', itemIndex) as AppType;
	const name = String(this.getNodeParameter('name', itemIndex)).trim();
	if (!name) throw inputError(node, itemIndex, 'Name', 'a name is required');
	const settings = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	if (type === 'REALTIME10') settings.url = this.getNodeParameter('url', itemIndex);
	if (type === 'CALLTRACKING10') {
		settings.forwardTo = this.getNodeParameter('forwardTo', itemIndex);
		settings.forwardTimeout = this.getNodeParameter('forwardTimeout', itemIndex);
	}
	const params = appParams(node, itemIndex, type, settings);
	return (await callrRequest(this, 'createApp', { type, name, params }, itemIndex)) as IDataObject;
}
