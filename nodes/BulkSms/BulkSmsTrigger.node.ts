import { createHash } from 'crypto';
import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { TELEPHONY_EVENTS } from '../shared/events';
import {
	generateSecret,
	hasSecret,
	rejectUnauthorized,
	urlWithoutSecret,
	urlWithSecret,
} from '../shared/webhookSecurity';
import { triggerScopeOptions } from './actions/common.descriptions';
import { bulkSmsRequest } from './transport';

type Scope = 'RECEIVED' | 'SENT';

interface TriggerData extends IDataObject {
	secret?: string;
	/** BulkSMS webhook id per trigger scope. */
	webhookIds?: Partial<Record<Scope, number>>;
}

/** A name that is unique per n8n URL and scope, as BulkSMS requires unique names. */
function webhookName(url: string, scope: Scope): string {
	return `n8n ${scope.toLowerCase()} ${createHash('sha256').update(url).digest('hex').slice(0, 12)}`;
}

async function listWebhooks(this: IHookFunctions): Promise<IDataObject[]> {
	return (await bulkSmsRequest.call(this, { method: 'GET', path: '/webhooks', idempotent: true })) as IDataObject[];
}

export class BulkSmsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'BulkSMS Trigger',
		name: 'bulkSmsTrigger',
		icon: { light: 'file:../../icons/bulksms.svg', dark: 'file:../../icons/bulksms.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ $parameter["events"].join(", ") }}',
		description: 'Starts the workflow when a message arrives or a sent message changes status in BulkSMS',
		defaults: { name: 'BulkSMS Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'bulkSmsApi', required: true }],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook', responseData: 'noData' },
		],
		properties: [
			{
				displayName:
					'On activation the trigger creates a BulkSMS webhook per event, with a secret in its URL, and deletes them on deactivation. Managing webhooks may need the account username and password rather than an API token.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				options: triggerScopeOptions,
				default: ['RECEIVED'],
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Contact Email Address',
						name: 'contactEmailAddress',
						type: 'string',
						placeholder: 'name@email.com',
						default: '',
						description: 'Where BulkSMS sends notices when calls to this trigger keep failing',
					},
					{
						displayName: 'Show in Web App',
						name: 'onWebApp',
						type: 'boolean',
						default: false,
						description:
							'Whether the webhooks are shown in the BulkSMS web app, where someone could change them behind n8n’s back',
					},
				],
			},
		],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const data = this.getWorkflowStaticData('node') as TriggerData;
				if (!data.secret) return false;
				const url = urlWithSecret(this.getNodeWebhookUrl('default')!, data.secret);
				const hooks = await listWebhooks.call(this);
				const ids: TriggerData['webhookIds'] = {};
				for (const scope of this.getNodeParameter('events') as Scope[]) {
					const hook = hooks.find((h) => h.url === url && h.triggerScope === scope && h.active !== false);
					if (!hook) return false;
					ids[scope] = hook.id as number;
				}
				data.webhookIds = ids;
				return true;
			},

			async create(this: IHookFunctions): Promise<boolean> {
				const data = this.getWorkflowStaticData('node') as TriggerData;
				const own = this.getNodeWebhookUrl('default')!;
				const options = this.getNodeParameter('options', {}) as IDataObject;
				const hooks = await listWebhooks.call(this);
				data.secret = generateSecret();
				data.webhookIds = {};
				for (const scope of this.getNodeParameter('events') as Scope[]) {
					// A webhook left at this URL (its secret lost) is taken over rather than duplicated.
					const stale = hooks.find((h) => urlWithoutSecret(String(h.url)) === own && h.triggerScope === scope);
					const hook = (await bulkSmsRequest.call(this, {
						method: 'POST',
						path: stale ? `/webhooks/${String(stale.id)}` : '/webhooks',
						body: {
							name: stale?.name ?? webhookName(own, scope),
							url: urlWithSecret(own, data.secret),
							triggerScope: scope,
							active: true,
							invokeOption: 'MANY',
							onWebApp: options.onWebApp === true,
							...(options.contactEmailAddress ? { contactEmailAddress: options.contactEmailAddress } : {}),
						},
						idempotent: Boolean(stale),
					})) as IDataObject;
					data.webhookIds[scope] = hook.id as number;
				}
				return true;
			},

			async delete(this: IHookFunctions): Promise<boolean> {
				const data = this.getWorkflowStaticData('node') as TriggerData;
				let deleted = true;
				for (const id of Object.values(data.webhookIds ?? {})) {
					try {
						await bulkSmsRequest.call(this, { method: 'DELETE', path: `/webhooks/${id}`, idempotent: true });
					} catch (error) {
						const gone = (error as { httpCode?: string }).httpCode === '404';
						this.logger.warn(
							gone
								? `BulkSMS webhook ${id} was already deleted`
								: `BulkSMS webhook ${id} could not be deleted: ${(error as Error).message}`,
						);
						deleted &&= gone;
					}
				}
				delete data.webhookIds;
				delete data.secret;
				return deleted;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const body = this.getBodyData() as unknown;
		// BulkSMS checks a webhook by posting [] while it is being created, before n8n has stored the new secret.
		// The ping starts nothing, so it is answered without one; everything else needs the secret.
		if (Array.isArray(body) && body.length === 0) return {};
		const { secret } = this.getWorkflowStaticData('node') as TriggerData;
		if (!hasSecret.call(this, secret)) return rejectUnauthorized.call(this);

		const events = this.getNodeParameter('events') as Scope[];
		// Only objects are messages: anything else in the array (null, numbers, strings) is not BulkSMS's and is ignored.
		const messages = ((Array.isArray(body) ? body : [body]) as unknown[]).filter(
			(message): message is IDataObject => message !== null && typeof message === 'object' && !Array.isArray(message),
		);
		const items = messages
			.filter((message) => events.includes(message.type === 'RECEIVED' ? 'RECEIVED' : 'SENT'))
			.map((message) => ({
				// The shared `event` last, so that a field of the same name in the message cannot replace it.
				json: {
					...message,
					event: message.type === 'RECEIVED' ? TELEPHONY_EVENTS.smsReceived : TELEPHONY_EVENTS.smsStatus,
				},
			}));
		return items.length ? { workflowData: [items] } : {};
	}
}
