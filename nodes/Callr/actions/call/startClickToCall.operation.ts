import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requirePhoneNumbers } from '../../../shared/phone';
import { optionsOrNull, toCallrDateTime } from '../../helpers/format';
import { callrRequest } from '../../transport';
import { appField, callOptionFields, callOptions, timeoutField } from '../common.descriptions';

const properties: INodeProperties[] = [
	appField('getClickToCallApps', { hint: 'A Click-to-Call (CLICKTOCALL10) app' }),
	{
		displayName: 'Party A Numbers',
		name: 'partyA',
		type: 'string',
		default: '',
		required: true,
		placeholder: '+14155550100',
		description: 'Called first, in E.164 format; several numbers (comma-separated) are tried in turn',
	},
	timeoutField('partyATimeout', 'Party A Ring Timeout'),
	{
		displayName: 'Party B Numbers',
		name: 'partyB',
		type: 'string',
		default: '',
		required: true,
		placeholder: '+33612345678',
		description: 'Called once party A answers, in E.164 format; several numbers (comma-separated) are tried in turn',
	},
	timeoutField('partyBTimeout', 'Party B Ring Timeout'),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			...callOptionFields,
			{
				displayName: 'Schedule',
				name: 'schedule',
				type: 'dateTime',
				default: '',
				description: 'Start the call later (UTC when no time zone is given); a past date starts it now',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['call'], operation: ['startClickToCall'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const targets = (field: string, label: string, timeoutName: string) => {
		const timeout = this.getNodeParameter(timeoutName, itemIndex) as number;
		return requirePhoneNumbers(node, itemIndex, label, this.getNodeParameter(field, itemIndex)).map((number) => ({
			number,
			timeout,
		}));
	};
	const aTargets = targets('partyA', 'Party A Numbers', 'partyATimeout');
	const bTargets = targets('partyB', 'Party B Numbers', 'partyBTimeout');
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const callrOptions = callOptions.call(this, itemIndex, options);
	if (options.schedule) callrOptions.schedule = toCallrDateTime(node, itemIndex, 'Schedule', options.schedule);
	const app = this.getNodeParameter('appId', itemIndex) as string;
	const hash = await callrRequest(
		this,
		'startClickToCall',
		{ app, aTargets, bTargets, options: optionsOrNull(callrOptions) },
		itemIndex,
	);
	return { hash };
}
