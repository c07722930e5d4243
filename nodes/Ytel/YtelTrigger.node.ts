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
import { NodeConnectionTypes } from 'n8n-workflow';

import { triggerModeField } from '../shared/descriptions';
import { requirePhoneNumber } from '../shared/phone';
import { generateSecret, hasSecret, rejectUnauthorized, urlWithSecret } from '../shared/webhookSecurity';
import { ACCOUNT_EVENTS, EVENT_QUERY_PARAMETER, eventOptions, eventUrl, NUMBER_EVENTS } from './helpers/events';
import { MAX_TRACKED, POLL_EVENTS, pollLogs } from './helpers/polling';
import * as loadOptions from './methods/loadOptions';
import type { RequestContext } from '../shared/transport';
import { ytelRequest, ytelRequestOne } from './transport';

type Source = 'account' | 'phoneNumber';

const DEFAULT_CALL_RESPONSE = '<Response><Hangup/></Response>';

interface Registration {
	source: Source;
	keys: string[];
	phoneNumber: string;
	urls: Record<string, string>;
}

/** What the trigger registers: its source, the selected events and the URL (with the secret) of each. */
function registration(this: IHookFunctions, secret: string): Registration {
	const source = this.getNodeParameter('source') as Source;
	const keys = this.getNodeParameter(source === 'account' ? 'events' : 'numberEvents', []) as string[];
	const own = this.getNodeWebhookUrl('default')!;
	const phoneNumber =
		source === 'phoneNumber' ? requirePhoneNumber(this.getNode(), 0, 'Phone Number', this.getNodeParameter('phoneNumber')) : '';
	return { source, keys, phoneNumber, urls: Object.fromEntries(keys.map((k) => [k, urlWithSecret(eventUrl(own, k), secret)])) };
}

const numberPath = (phoneNumber: string) => `/v4/number/${encodeURIComponent(phoneNumber)}/`;

function getNumber(this: RequestContext, phoneNumber: string): Promise<IDataObject> {
	return ytelRequestOne.call(this, { method: 'GET', path: numberPath(phoneNumber) }, { idempotent: true });
}

export class YtelTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Ytel Trigger',
		name: 'ytelTrigger',
		icon: { light: 'file:../../icons/ytel.svg', dark: 'file:../../icons/ytel.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{ $parameter["mode"] === "polling" ? "Polling" : $parameter["source"] === "account" ? "Account events" : $parameter["phoneNumber"] }}',
		description: 'Starts the workflow on Ytel SMS, call, recording and workflow events',
		defaults: { name: 'Ytel Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'ytelApi', required: true }],
		// For n8n instances Ytel cannot reach: the polling mode reads the SMS and call logs instead.
		polling: true,
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook', responseData: 'noData' }],
		properties: [
			triggerModeField('Ytel', 'the SMS and call logs'),
			{
				displayName: 'Source',
				name: 'source',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Account Events',
						value: 'account',
						description: 'Account-wide callback configurations, one per event',
					},
					{
						name: 'Phone Number',
						value: 'phoneNumber',
						description: 'Point one number’s inbound URLs here; the previous URLs come back on deactivation',
					},
				],
				default: 'account',
				displayOptions: { show: { mode: ['webhook'] } },
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				options: eventOptions(ACCOUNT_EVENTS),
				default: ['sms_inbound'],
				displayOptions: { show: { mode: ['webhook'], source: ['account'] } },
			},
			{
				displayName: 'Phone Number Name or ID',
				name: 'phoneNumber',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getPhoneNumbers' },
				required: true,
				default: '',
				description:
					'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				displayOptions: { show: { mode: ['webhook'], source: ['phoneNumber'] } },
			},
			{
				displayName: 'Events',
				name: 'numberEvents',
				type: 'multiOptions',
				required: true,
				options: eventOptions(NUMBER_EVENTS),
				default: ['smsReceived'],
				displayOptions: { show: { mode: ['webhook'], source: ['phoneNumber'] } },
			},
			{
				displayName: 'Editing the number set of this number puts the set’s URLs back on it, which ends the registration',
				name: 'numberSetNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { mode: ['webhook'], source: ['phoneNumber'] } },
			},
			{
				displayName: 'Call Response',
				name: 'callResponse',
				type: 'string',
				typeOptions: { rows: 3 },
				default: DEFAULT_CALL_RESPONSE,
				description: 'InboundXML the trigger answers to a received call',
				displayOptions: { show: { mode: ['webhook'], source: ['phoneNumber'], numberEvents: ['callReceived'] } },
			},
			{
				displayName: `Each poll reads yesterday’s and today’s logs (UTC) and emits what it has not seen before: nothing at the first poll after activation, and at most ${MAX_TRACKED} records of each log are remembered. Fetch Test Event shows the newest record and remembers nothing.`,
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
				options: eventOptions(POLL_EVENTS),
				default: ['smsReceived'],
				displayOptions: { show: { mode: ['polling'] } },
			},
		],
	};

	methods = { loadOptions };

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				// Polling registers nothing.
				if (this.getNodeParameter('mode', 'webhook') !== 'webhook') return true;
				const data = this.getWorkflowStaticData('node');
				if (typeof data.secret !== 'string') return false;
				const { source, keys, phoneNumber, urls } = registration.call(this, data.secret);
				if (source === 'account') {
					const configs = await ytelRequest.call(this, { method: 'GET', path: '/v4/callback/configuration/' }, { idempotent: true });
					const ids = keys.map((k) => configs.find((c) => c.eventType === k && c.url === urls[k])?.id);
					if (ids.some((id) => id === undefined)) return false;
					data.hookIds = ids as string[];
					return true;
				}
				const number = await getNumber.call(this, phoneNumber);
				return keys.every((k) => number[NUMBER_EVENTS[k].urlField] === urls[k]);
			},

			async create(this: IHookFunctions): Promise<boolean> {
				const data = this.getWorkflowStaticData('node');
				const secret = generateSecret();
				const { source, keys, phoneNumber, urls } = registration.call(this, secret);
				data.secret = secret;
				if (source === 'account') {
					const hookIds: string[] = [];
					data.hookIds = hookIds;
					for (const eventType of keys) {
						const config = await ytelRequestOne.call(
							this,
							{
								method: 'POST',
								path: '/v4/callback/configuration/',
								body: {
									eventType,
									name: `n8n ${this.getWorkflow().id} ${eventType}`,
									enabled: true,
									url: urls[eventType],
									httpMethod: 'POST',
									contentType: 'JSON',
									headers: { 'Content-Type': 'application/json' },
									// Ytel's documented variable holding the raw event JSON.
									bodyTemplate: '%%PAYLOAD%%',
									successPath: 'HTTP_OK',
									successValue: '',
								},
							},
							{ idempotent: false },
						);
						hookIds.push(String(config.id));
					}
					return true;
				}
				const number = await getNumber.call(this, phoneNumber);
				const previous: IDataObject = {};
				const body: IDataObject = {};
				for (const key of keys) {
					const { urlField, methodField } = NUMBER_EVENTS[key];
					previous[urlField] = number[urlField] ?? '';
					previous[methodField] = number[methodField] ?? 'POST';
					body[urlField] = urls[key];
					body[methodField] = 'POST';
				}
				await ytelRequest.call(this, { method: 'PUT', path: numberPath(phoneNumber), body }, { idempotent: true });
				Object.assign(data, { phoneNumber, previous, urls });
				return true;
			},

			async delete(this: IHookFunctions): Promise<boolean> {
				const data = this.getWorkflowStaticData('node');
				for (const id of (data.hookIds as string[] | undefined) ?? []) {
					try {
						await ytelRequest.call(this, { method: 'DELETE', path: `/v4/callback/configuration/${id}/` }, { idempotent: true });
					} catch (error) {
						this.logger.warn(`Ytel callback configuration ${id} could not be deleted (already removed?): ${(error as Error).message}`);
					}
				}
				if (typeof data.phoneNumber === 'string') await restoreNumber.call(this, data);
				for (const key of ['secret', 'hookIds', 'phoneNumber', 'previous', 'urls']) delete data[key];
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const data = this.getWorkflowStaticData('node');
		if (this.getNodeParameter('mode', 'webhook') !== 'webhook' || !hasSecret.call(this, data.secret as string | undefined))
			return rejectUnauthorized.call(this);
		const key = String((this.getQueryData() as IDataObject)[EVENT_QUERY_PARAMETER] ?? '');
		const source = this.getNodeParameter('source') as Source;
		const events = source === 'account' ? ACCOUNT_EVENTS : NUMBER_EVENTS;
		const selected = this.getNodeParameter(source === 'account' ? 'events' : 'numberEvents', []) as string[];
		// Only the events this trigger registered; anything else starts no execution.
		if (!selected.includes(key) || !Object.prototype.hasOwnProperty.call(events, key)) return {};
		const known = events[key];
		const body = this.getBodyData() as unknown;
		// Ytel posts a JSON object (callback configurations) or form fields (a number's URLs): anything else carries no
		// event, and is answered 200 so that Ytel does not retry it.
		if (body === null || typeof body !== 'object' || Array.isArray(body)) return {};
		// The shared fields come last: a payload cannot replace them.
		const workflowData = [[{ json: { ...(body as IDataObject), event: known.event, ytelEvent: key } }]];
		if (key !== 'callReceived') return { workflowData };
		// Ytel expects InboundXML back from a number's voice URL.
		const xml = this.getNodeParameter('callResponse', DEFAULT_CALL_RESPONSE) as string;
		this.getResponseObject().status(200).setHeader('content-type', 'application/xml').send(xml).end();
		return { workflowData, noWebhookResponse: true };
	}

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		if (this.getNodeParameter('mode', 'webhook') !== 'polling') return null;
		return await pollLogs.call(this, this.getNodeParameter('pollEvents', []) as string[]);
	}
}

/** Puts a number's previous URLs back, where they still point at this trigger (someone may have changed them since). */
async function restoreNumber(this: IHookFunctions, data: IDataObject): Promise<void> {
	const phoneNumber = data.phoneNumber as string;
	const previous = (data.previous ?? {}) as IDataObject;
	const urls = (data.urls ?? {}) as Record<string, string>;
	try {
		const number = await getNumber.call(this, phoneNumber);
		const body: IDataObject = {};
		for (const [key, url] of Object.entries(urls)) {
			const { urlField, methodField } = NUMBER_EVENTS[key];
			if (number[urlField] !== url) continue;
			body[urlField] = previous[urlField];
			body[methodField] = previous[methodField];
		}
		if (Object.keys(body).length) {
			await ytelRequest.call(this, { method: 'PUT', path: numberPath(phoneNumber), body }, { idempotent: true });
		}
	} catch (error) {
		this.logger.warn(`The previous URLs of ${phoneNumber} could not be restored: ${(error as Error).message}`);
	}
}
