import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { resources } from './actions/resources';
import { router } from './actions/router';
import * as loadOptions from './methods/loadOptions';
import { alphabetically } from '../shared/descriptions';

export class Ytel implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Ytel',
		name: 'ytel',
		icon: { light: 'file:../../icons/ytel.svg', dark: 'file:../../icons/ytel.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Send SMS and MMS, make and control calls, manage numbers, contacts and DNC lists with Ytel',
		defaults: { name: 'Ytel' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'ytelApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: Object.entries(resources)
					.map(([value, r]) => ({ name: r.name, value }))
					.sort((a, b) => alphabetically(a.name, b.name)),
				default: 'message',
			},
			...Object.values(resources).flatMap((r) => r.description),
		],
	};

	methods = { loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
