import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../../../shared/operations';
import { operationSelector } from '../../../shared/operations';
import { getBalance } from './getBalance.operation';
import { getNumber } from './getNumber.operation';
import { getSubscription } from './getSubscription.operation';
import { registerDynamicWebhook } from './registerDynamicWebhook.operation';

export const operations: ResourceOperations = { getBalance, getNumber, getSubscription, registerDynamicWebhook };

export const description: INodeProperties[] = [
	operationSelector(
		'account',
		[
			{
				name: 'Get Balance',
				value: 'getBalance',
				description: 'Get the Cecula credit balance',
				action: 'Get the balance',
			},
			{
				name: 'Get Number',
				value: 'getNumber',
				description: 'Get the dedicated number behind the API key',
				action: 'Get the dedicated number',
			},
			{
				name: 'Get Subscription',
				value: 'getSubscription',
				description: 'Get the status, plan and expiry date of the Sync Cloud subscription',
				action: 'Get the subscription',
			},
			{
				name: 'Register Dynamic Webhook',
				value: 'registerDynamicWebhook',
				description: 'Forward SMS or calls from one number to a URL for a limited time',
				action: 'Register a dynamic webhook',
			},
		],
		'getBalance',
	),
	...Object.values(operations).flatMap((operation) => operation.description),
];
