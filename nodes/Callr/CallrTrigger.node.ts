import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeApiError, NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import type { HmacAlgorithm } from '../shared/webhookSecurity';
import { generateSecret, rawBodyOf, rejectUnauthorized, verifyHmac } from '../shared/webhookSecurity';
import { hmacAlgorithmField } from './actions/webhook/fields';
import { CALLR_EVENT_TYPES, TRIGGER_EVENTS } from './helpers/events';
import { parseJsonKeepingBigIntegers } from './helpers/json';
import { isFirstDelivery, registrationKey } from './helpers/recentIds';
import { callrRequest } from './transport';

interface Subscription {
	hash: string;
	type: string;
	endpoint: string;
	status: string;
}

const selectedEvents = (ctx: IHookFunctions | IWebhookFunctions) => ctx.getNodeParameter('events', []) as string[];

/** Forgets the subscriptions, their secret and the recent event ids. */
function forgetRegistration(data: IDataObject): void {
	for (const key of ['hooks', 'hmacSecret', 'hmacAlgo', 'recentEventIds']) delete data[key];
}

export class CallrTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CALLR Trigger',
		name: 'callrTrigger',
		icon: { light: 'file:../../icons/callr.svg', dark: 'file:../../icons/callr.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ $parameter["events"].join(", ") }}',
		description: 'Starts the workflow on CALLR events: SMS, calls, numbers, media, recordings, jobs and balance',
		defaults: { name: 'CALLR Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'callrApi', required: true }],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook', responseData: 'noData' },
		],
		properties: [
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: CALLR_EVENT_TYPES,
				default: ['sms.mo'],
				required: true,
				description: 'One CALLR webhook subscription is made for each event',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					hmacAlgorithmField,
					{
						displayName: 'Share Seen Event IDs Between Processes',
						name: 'shareSeenEventIds',
						type: 'boolean',
						default: false,
						description:
							'Whether to also keep the IDs of recent events in the workflow, so that a repeat reaching another n8n webhook process (queue mode with several webhook processors) or n8n after a restart is dropped too. Costs one database write per event.',
					},
				],
			},
		],
	};

	webhookMethods = {
		default: {
			/** True when each selected event, and only those, has our ENABLED subscription; else removes ours. */
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const url = this.getNodeWebhookUrl('default');
				const data = this.getWorkflowStaticData('node');
				const hooks = (data.hooks as Record<string, string> | undefined) ?? {};
				const ours = ((await callrRequest(this, 'listWebhooks', undefined)) as unknown as Subscription[]).filter(
					(s) => s.endpoint === url,
				);
				const events = selectedEvents(this);
				const complete =
					typeof data.hmacSecret === 'string' &&
					ours.length === events.length &&
					events.every((event) =>
						ours.some((s) => s.hash === hooks[event] && s.type === event && s.status === 'ENABLED'),
					);
				if (complete) return true;
				// Subscriptions to our URL that CALLR disabled, of events no longer selected, or whose secret we no longer
				// know would only get in the way: start afresh.
				for (const stale of ours) await callrRequest(this, 'unsubscribeWebhook', { hash: stale.hash });
				forgetRegistration(data);
				return false;
			},

			async create(this: IHookFunctions): Promise<boolean> {
				const endpoint = this.getNodeWebhookUrl('default') as string;
				const hmacAlgo = (this.getNodeParameter('options.hmacAlgorithm', 'SHA256') as string) || 'SHA256';
				const hmacSecret = generateSecret(32);
				const hooks: Record<string, string> = {};
				try {
					for (const type of selectedEvents(this)) {
						const options = { format: 'JSON', hmac_algo: hmacAlgo, hmac_secret: hmacSecret };
						const hook = (await callrRequest(this, 'subscribeWebhook', { type, endpoint, options })) as IDataObject;
						hooks[type] = String(hook.hash);
					}
				} catch (error) {
					// Leave no half-made registration behind.
					for (const hash of Object.values(hooks)) await callrRequest(this, 'unsubscribeWebhook', { hash });
					throw error instanceof NodeApiError ? error : new NodeOperationError(this.getNode(), error as Error);
				}
				Object.assign(this.getWorkflowStaticData('node'), { hooks, hmacSecret, hmacAlgo });
				return true;
			},

			async delete(this: IHookFunctions): Promise<boolean> {
				const data = this.getWorkflowStaticData('node');
				for (const [type, hash] of Object.entries((data.hooks as Record<string, string> | undefined) ?? {})) {
					try {
						await callrRequest(this, 'unsubscribeWebhook', { hash });
					} catch (error) {
						this.logger.warn(
							`CALLR: could not remove the ${type} subscription ${hash}, probably removed already: ${(error as Error).message}`,
						);
					}
				}
				forgetRegistration(data);
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const data = this.getWorkflowStaticData('node');
		const rawBody = rawBodyOf.call(this);
		const signature = this.getHeaderData()['x-callr-hmacsignature'] as string | undefined;
		const algorithm = String(data.hmacAlgo ?? 'SHA256').toLowerCase() as HmacAlgorithm;
		if (typeof data.hmacSecret !== 'string' || !verifyHmac(algorithm, data.hmacSecret, rawBody, signature, 'base64')) {
			return rejectUnauthorized.call(this);
		}
		// Parsed again from the raw body: n8n's parsed body has already rounded 64-bit call ids.
		let payload: IDataObject | undefined;
		try {
			payload = parseJsonKeepingBigIntegers(rawBody.toString('utf8')) as IDataObject;
		} catch {
			payload = undefined;
		}
		// Signed, but not an event: answered 200 so that CALLR does not retry it, and nothing starts.
		if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
			this.logger.warn('CALLR Trigger: ignored a signed request whose body is not a JSON object');
			return {};
		}
		const type = String(payload.type);
		if (!selectedEvents(this).includes(type)) return {};
		const registration = registrationKey(this.getWorkflow().id, this.getNode().id, data.hmacSecret);
		const shared = this.getNodeParameter('options.shareSeenEventIds', false) === true ? data : undefined;
		if (!isFirstDelivery(registration, String(payload.event_id), shared)) return {};
		// The shared `event` last, so that a field of the same name in the payload cannot replace it.
		return { workflowData: [[{ json: { ...payload, event: TRIGGER_EVENTS[type] } }]] };
	}
}
