import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsOrNull, toTarget } from '../../helpers/format';
import { callrRequest } from '../../transport';
import { appField, callOptionFields, callOptions, callTargetFields } from '../common.descriptions';

const properties: INodeProperties[] = [
	appField('getRealtimeApps', {
		hint: 'A Real-Time (REALTIME10) app whose callback URL answers CALLR’s requests during the call',
	}),
	...callTargetFields,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: callOptionFields,
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['call'], operation: ['startRealtimeCall'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const target = toTarget(
		node,
		itemIndex,
		'To',
		this.getNodeParameter('to', itemIndex),
		this.getNodeParameter('timeout', itemIndex),
	);
	const callrOptions = callOptions.call(
		this,
		itemIndex,
		this.getNodeParameter('options', itemIndex, {}) as IDataObject,
	);
	const app = this.getNodeParameter('appId', itemIndex) as string;
	const result = await callrRequest(
		this,
		'startRealtimeCall',
		{ app, target, options: optionsOrNull(callrOptions) },
		itemIndex,
	);
	return { result, to: target.number };
}
