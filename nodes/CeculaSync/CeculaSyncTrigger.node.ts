import type {
	IDataObject,
	IHookFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { triggerModeField } from '../shared/descriptions';
import { rejectUnauthorized } from '../shared/webhookSecurity';
import type { CeculaEventType } from './helpers/events';
import { detectEventType, eventItem } from './helpers/events';
import { normalizeStatus } from './helpers/normalize';
import { ceculaSyncRequest, recordsOf } from './transport';

/** URL-safe and long enough not to be guessed: the secret is the last segment of the webhook URL. */
const STRONG_SECRET = /^[A-Za-z0-9_-]{24,}$/;

/** The destructive reads that polling empties, per event (never repeated after a lost answer, see newRecordsOperation). */
const POLLED: Partial<Record<CeculaEventType, string>> = {
	inboundCall: '/new-missed-calls',
	inboundSms: '/get-new-sms',
};

export class CeculaSyncTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Cecula Sync Trigger',
		name: 'ceculaSyncTrigger',
		icon: { light: 'file:../../icons/cecula-sync.svg', dark: 'file:../../icons/cecula-sync.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ $parameter["mode"] === "polling" ? "Polling" : "Webhook" }}',
		description: 'Starts the workflow on SMS, delivery reports and calls of a Cecula Sync dedicated SIM',
		defaults: { name: 'Cecula Sync Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'ceculaSyncApi', required: true }],
		// Cecula Sync cannot register webhooks by API, so the polling mode is for n8n instances it cannot reach.
		polling: true,
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				responseData: 'noData',
				// The secret is part of the URL the panel shows, so it is in place before the user pastes the URL.
				path: '={{ $parameter["mode"] === "polling" ? "polling" : $parameter["webhookSecret"] }}',
			},
		],
		properties: [
			triggerModeField('Cecula Sync', 'new SMS and missed calls'),
			{
				displayName:
					'Set the Webhook Secret first, then copy the Production URL above (it ends in the secret) into Settings → Webhooks on the Cecula Sync Platform (cecula.com/sync/pf), in the field of every event type you want, and activate the workflow. Requests to any other URL are refused.',
				name: 'webhookNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { mode: ['webhook'] } },
			},
			{
				displayName: 'Webhook Secret',
				name: 'webhookSecret',
				type: 'string',
				typeOptions: { password: true },
				required: true,
				default: '',
				placeholder: 'e.g. the output of: openssl rand -hex 24',
				description:
					'A random value of at least 24 letters, digits, - or _ that ends the webhook URL. Cecula Sync does not sign its requests, so this secret is what proves a request comes from the URL you gave Cecula Sync.',
				displayOptions: { show: { mode: ['webhook'] } },
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				options: [
					{ name: 'Inbound Call', value: 'inboundCall', description: 'Someone called the dedicated number' },
					{ name: 'Inbound SMS', value: 'inboundSms', description: 'Someone texted the dedicated number' },
					{
						name: 'Outbound Call Status',
						value: 'outboundCallStatus',
						description: 'A missed call you sent was answered or not',
					},
					{ name: 'SMS Delivery Report', value: 'smsReport', description: 'The final status of an SMS you sent' },
				],
				default: ['inboundCall', 'inboundSms', 'outboundCallStatus', 'smsReport'],
				displayOptions: { show: { mode: ['webhook'] } },
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				displayOptions: { show: { mode: ['webhook'] } },
				options: [
					{
						displayName: 'Report Statuses',
						name: 'reportStatuses',
						type: 'multiOptions',
						options: ['DELIVERED', 'EXPIRED', 'FAILED', 'QUEUED', 'SENT'].map((status) => ({
							name: status.charAt(0) + status.slice(1).toLowerCase(),
							value: status,
						})),
						default: [],
						description: 'Start only for delivery reports with these statuses (all when none is chosen)',
					},
				],
			},
			{
				displayName:
					'Cecula Sync hands out each new SMS and missed call only once and then deletes it. Every poll, including Fetch Test Event, takes them off the server, so nothing else (another workflow, the Get New operations) sees them.',
				name: 'pollingNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { mode: ['polling'] } },
			},
			{
				displayName: 'Events',
				name: 'pollEvents',
				type: 'multiOptions',
				required: true,
				options: [
					{ name: 'Inbound Call', value: 'inboundCall', description: 'New missed calls to the dedicated number' },
					{ name: 'Inbound SMS', value: 'inboundSms', description: 'New SMS to the dedicated number' },
				],
				default: ['inboundCall', 'inboundSms'],
				displayOptions: { show: { mode: ['polling'] } },
			},
		],
	};

	// Cecula Sync has no API for dashboard webhooks: the user pastes the URL, so there is nothing to register.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const mode = this.getNodeParameter('mode') as string;
				const secret = this.getNodeParameter('webhookSecret', '') as string;
				if (mode === 'webhook' && !STRONG_SECRET.test(secret)) {
					throw new NodeOperationError(
						this.getNode(),
						'Webhook Secret: at least 24 letters, digits, - or _ are required before the workflow can be activated',
					);
				}
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		// n8n only routes requests whose path is the secret here; a missing or weak secret (or polling mode) means
		// the URL proves nothing.
		const secret = this.getNodeParameter('webhookSecret', '') as string;
		if (this.getNodeParameter('mode') !== 'webhook' || !STRONG_SECRET.test(secret))
			return rejectUnauthorized.call(this);

		const wanted = new Set(this.getNodeParameter('events', []) as string[]);
		const statuses = new Set(this.getNodeParameter('options.reportStatuses', []) as string[]);
		const selected = (eventType: CeculaEventType, payload: IDataObject) =>
			wanted.has(eventType) &&
			(eventType !== 'smsReport' || statuses.size === 0 || statuses.has(normalizeStatus(payload.status) ?? ''));
		const body = this.getBodyData() as IDataObject | IDataObject[];
		const items: INodeExecutionData[] = [];
		for (const payload of Array.isArray(body) ? body : [body]) {
			const eventType = payload && typeof payload === 'object' ? detectEventType(payload) : undefined;
			if (eventType && selected(eventType, payload)) items.push({ json: eventItem(eventType, payload) });
			// Only the field names: payloads carry phone numbers and message texts.
			else if (!eventType)
				this.logger.warn(
					`Cecula Sync Trigger: ignored a payload of unknown format (fields: ${Object.keys(payload ?? {}).join(', ')})`,
				);
		}
		return items.length ? { workflowData: [items] } : {};
	}

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		if (this.getNodeParameter('mode') !== 'polling') return null;
		const items: INodeExecutionData[] = [];
		let failure: unknown;
		for (const eventType of this.getNodeParameter('pollEvents', []) as CeculaEventType[]) {
			const path = POLLED[eventType];
			if (!path) continue;
			try {
				const records = recordsOf(await ceculaSyncRequest.call(this, { method: 'GET', path, idempotent: false }));
				items.push(...records.map((record) => ({ json: eventItem(eventType, record) })));
			} catch (error) {
				failure ??= error;
			}
		}
		// Records already read are gone from the server: emit them even when the other read failed.
		if (failure && items.length === 0) throw failure;
		if (failure)
			this.logger.warn(
				`Cecula Sync Trigger: one read failed and is tried again at the next poll: ${(failure as Error).message}`,
			);
		return items.length ? [items] : null;
	}
}
