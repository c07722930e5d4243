import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as getAll from './getAll.operation';
import * as getEventTypes from './getEventTypes.operation';
import * as subscribe from './subscribe.operation';
import * as unsubscribe from './unsubscribe.operation';

export const operations = { getAll, getEventTypes, subscribe, unsubscribe };

export const description: INodeProperties[] = [
	operationSelector(
		'webhook',
		[
			{
				name: 'Get Event Types',
				value: 'getEventTypes',
				description: 'List the event types CALLR can push',
				action: 'Get webhook event types',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the webhook subscriptions of the account',
				action: 'Get many webhooks',
			},
			{
				name: 'Subscribe',
				value: 'subscribe',
				description: 'Have CALLR post one event type to a URL',
				action: 'Subscribe a webhook',
			},
			{
				name: 'Unsubscribe',
				value: 'unsubscribe',
				description: 'Remove a webhook subscription',
				action: 'Unsubscribe a webhook',
			},
		],
		'getAll',
	),
	...subscribe.description,
	...getAll.description,
	...unsubscribe.description,
];
