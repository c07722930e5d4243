import type { INodeProperties } from 'n8n-workflow';

/** Fields that several BulkSMS operations share. */

export const messageIdField: INodeProperties = {
	displayName: 'Message ID',
	name: 'messageId',
	type: 'string',
	required: true,
	default: '',
	placeholder: '4023457654',
	description: 'ID of the message, as returned when it was sent or received',
};

export const webhookIdField: INodeProperties = {
	displayName: 'Webhook Name or ID',
	name: 'webhookId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getWebhooks' },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const triggerScopeOptions = [
	{ name: 'Message Received', value: 'RECEIVED', description: 'A message sent to your account (MO) arrives' },
	{ name: 'Message Status Changed', value: 'SENT', description: 'A message you sent (MT) has a new status' },
];

/** The required part of a BulkSMS WebhookEntry, used by Create and by Update (which replaces every value). */
export const webhookEntryFields: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description: 'Name of the webhook, unique in your account',
	},
	{
		displayName: 'URL',
		name: 'url',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://example.com/hook?secret=…',
		description: 'Where BulkSMS posts the messages; it must start with http or https and answer the empty test post',
	},
	{
		displayName: 'Trigger Scope',
		name: 'triggerScope',
		type: 'options',
		required: true,
		options: triggerScopeOptions,
		default: 'RECEIVED',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Active',
				name: 'active',
				type: 'boolean',
				default: true,
				description: 'Whether BulkSMS calls the webhook. An active webhook gets an empty test post when saved.',
			},
			{
				displayName: 'Contact Email Address',
				name: 'contactEmailAddress',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
				description: 'Where BulkSMS sends notices about a failing webhook',
			},
			{
				displayName: 'Invoke Option',
				name: 'invokeOption',
				type: 'options',
				options: [
					{ name: 'Many (Up to 10 Messages per Call)', value: 'MANY' },
					{ name: 'One (One Message per Call)', value: 'ONE' },
				],
				default: 'MANY',
				description: 'How many messages one call carries; BulkSMS uses One when this is not set',
			},
			{
				displayName: 'Show in Web App',
				name: 'onWebApp',
				type: 'boolean',
				default: true,
				description: 'Whether the webhook is shown (and editable) in the BulkSMS web app',
			},
		],
	},
];
