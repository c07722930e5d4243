/**
 * A small provider used to test the engine harness and the shared building blocks end to end: a credential with
 * generic auth, one with an expiring token, an action node built on the shared runner, transport and pagination,
 * a webhook trigger with a generated secret, a polling trigger, and the simulator they talk to.
 */
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { providerError } from '../../nodes/shared/errors';
import type { BatchOperation, ItemOperation } from '../../nodes/shared/operations';
import { createRouter } from '../../nodes/shared/operations';
import { collectPages, readListSettings } from '../../nodes/shared/pagination';
import { requirePhoneNumber } from '../../nodes/shared/phone';
import type { RequestContext } from '../../nodes/shared/transport';
import { requestWithRetry } from '../../nodes/shared/transport';
import {
	generateSecret,
	hasSecret,
	rejectUnauthorized,
	urlWithoutSecret,
	urlWithSecret,
} from '../../nodes/shared/webhookSecurity';
import { basicCredentials, schemeToken, Simulator } from '../../simulators';
import type { SimRequest, SimResponse } from '../../simulators';

export class FixtureApi implements ICredentialType {
	name = 'fixtureApi';

	displayName = 'Fixture API';

	properties = [
		{ displayName: 'API Key', name: 'apiKey', type: 'string' as const, typeOptions: { password: true }, default: '' },
		{ displayName: 'Base URL', name: 'baseUrl', type: 'string' as const, default: '' },
	];

	authenticate = {
		type: 'generic' as const,
		properties: { headers: { 'X-Api-Key': '={{$credentials.apiKey}}' } },
	};
}

export class FixtureTokenApi implements ICredentialType {
	name = 'fixtureTokenApi';

	displayName = 'Fixture Token API';

	properties = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden' as const,
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{ displayName: 'User', name: 'user', type: 'string' as const, default: '' },
		{ displayName: 'Password', name: 'password', type: 'string' as const, typeOptions: { password: true }, default: '' },
		{ displayName: 'Base URL', name: 'baseUrl', type: 'string' as const, default: '' },
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		if (!credentials.user) throw new Error('Fill in the user to log in');
		const { token } = (await this.helpers.httpRequest({
			method: 'POST',
			url: `${credentials.baseUrl}/token`,
			body: { user: credentials.user, password: credentials.password },
			json: true,
		})) as { token: string };
		return { accessToken: token };
	}

	authenticate = {
		type: 'generic' as const,
		properties: { headers: { Authorization: '=Bearer {{$credentials.accessToken}}' } },
	};
}

/** The fixture provider's transport, in the shape every provider's transport takes. */
async function fixtureRequest(
	this: RequestContext,
	credentialType: string,
	options: IHttpRequestOptions,
	idempotent: boolean,
	itemIndex?: number,
): Promise<IDataObject> {
	const credentials = await this.getCredentials(credentialType);
	const response = await requestWithRetry.call(
		this,
		{ ...options, baseURL: credentials.baseUrl as string, json: true },
		{
			credentialType,
			provider: 'Fixture',
			idempotent,
			itemIndex,
			baseDelayMs: 1,
			maxDelayMs: 10,
			login:
				credentialType === 'fixtureTokenApi'
					? { key: String(credentials.baseUrl), hasToken: Boolean(credentials.accessToken), describeFailure: () => undefined }
					: undefined,
		},
	);
	const body = response.body as IDataObject;
	if (response.statusCode >= 400 || body?.ok === false) {
		throw providerError(this.getNode(), 'Fixture', {
			message: String(body?.error ?? `HTTP ${response.statusCode}`),
			httpCode: response.statusCode,
			code: body?.code as string | undefined,
			body,
			itemIndex,
		});
	}
	return body;
}

function fixtureNode(credentialType: string, name: string): INodeType {
	const credential = () => credentialType;

	const send: ItemOperation = {
		description: [],
		async execute(this: IExecuteFunctions, i: number) {
			const to = requirePhoneNumber(this.getNode(), i, 'To', this.getNodeParameter('to', i));
			const text = this.getNodeParameter('text', i) as string;
			return await fixtureRequest.call(this, credential(), { method: 'POST', url: '/messages', body: { to, text } }, false, i);
		},
	};

	const sendBatch: BatchOperation<{ to: string; text: string }> = {
		description: [],
		async prepare(this: IExecuteFunctions, i: number) {
			return {
				to: requirePhoneNumber(this.getNode(), i, 'To', this.getNodeParameter('to', i)),
				text: this.getNodeParameter('text', i) as string,
			};
		},
		batchSize(this: IExecuteFunctions) {
			return this.getNodeParameter('batchSize', 0, 2) as number;
		},
		async executeBatch(this: IExecuteFunctions, batch) {
			const body = await fixtureRequest.call(
				this,
				credential(),
				{ method: 'POST', url: '/batches', body: { messages: batch.map((b) => b.value) } },
				false,
			);
			return (body.messages as IDataObject[]).map((m) => (m.rejected ? new Error(String(m.rejected)) : m));
		},
	};

	const get: ItemOperation = {
		description: [],
		async execute(this: IExecuteFunctions, i: number) {
			const id = this.getNodeParameter('id', i) as string;
			return await fixtureRequest.call(this, credential(), { method: 'GET', url: `/messages/${id}` }, true, i);
		},
	};

	const getAll: ItemOperation = {
		description: [],
		async execute(this: IExecuteFunctions, i: number) {
			return await collectPages<IDataObject, string>(readListSettings.call(this, i), async (cursor, wanted) => {
				const page = await fixtureRequest.call(
					this,
					credential(),
					{ method: 'GET', url: '/messages', qs: { limit: Math.min(wanted, 10), ...(cursor ? { after: cursor } : {}) } },
					true,
					i,
				);
				return { items: page.items as IDataObject[], next: (page.next as string | null) ?? undefined };
			});
		},
	};

	const router = createRouter({
		provider: 'Fixture',
		credentialType,
		defaultConcurrency: 4,
		resources: { message: { send, sendBatch, get, getAll } },
	});

	return {
		description: {
			displayName: name,
			name,
			group: ['transform'],
			version: 1,
			description: 'Fixture node',
			defaults: { name },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			credentials: [{ name: credentialType, required: true }],
			properties: [
				{ displayName: 'Resource', name: 'resource', type: 'options', options: [{ name: 'Message', value: 'message' }], default: 'message' },
				{
					displayName: 'Operation',
					name: 'operation',
					type: 'options',
					options: ['send', 'sendBatch', 'get', 'getAll'].map((value) => ({ name: value, value })),
					default: 'send',
				},
				{ displayName: 'To', name: 'to', type: 'string', default: '' },
				{ displayName: 'Text', name: 'text', type: 'string', default: '' },
				{ displayName: 'ID', name: 'id', type: 'string', default: '' },
				{ displayName: 'Batch Size', name: 'batchSize', type: 'number', default: 2 },
				{ displayName: 'Return All', name: 'returnAll', type: 'boolean', default: false },
				{ displayName: 'Limit', name: 'limit', type: 'number', default: 50 },
				{
					displayName: 'Options',
					name: 'options',
					type: 'collection',
					default: {},
					options: [{ displayName: 'Concurrency', name: 'concurrency', type: 'number', default: 4 }],
				},
			],
		} as INodeTypeDescription,
		execute: router as (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>,
	};
}

export const FixtureNode = () => fixtureNode('fixtureApi', 'fixture');
export const FixtureTokenNode = () => fixtureNode('fixtureTokenApi', 'fixtureToken');

/** A webhook trigger that registers its URL with a generated secret, like the providers without signatures. */
export class FixtureTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Fixture Trigger',
		name: 'fixtureTrigger',
		group: ['trigger'],
		version: 1,
		description: 'Fixture trigger',
		defaults: { name: 'Fixture Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'fixtureApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook', responseData: 'noData' }],
		properties: [],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const own = this.getNodeWebhookUrl('default');
				const hooks = (await fixtureRequest.call(this, 'fixtureApi', { method: 'GET', url: '/hooks' }, true)).items as IDataObject[];
				const data = this.getWorkflowStaticData('node');
				const found = hooks.find((h) => urlWithoutSecret(String(h.url)) === own);
				if (found && data.secret) {
					data.hookId = found.id;
					return true;
				}
				return false;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				const data = this.getWorkflowStaticData('node');
				const secret = generateSecret();
				const url = urlWithSecret(this.getNodeWebhookUrl('default')!, secret);
				const hook = await fixtureRequest.call(this, 'fixtureApi', { method: 'POST', url: '/hooks', body: { url } }, false);
				data.hookId = hook.id;
				data.secret = secret;
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				const data = this.getWorkflowStaticData('node');
				if (data.hookId) {
					await fixtureRequest.call(this, 'fixtureApi', { method: 'DELETE', url: `/hooks/${data.hookId}` }, true);
				}
				delete data.hookId;
				delete data.secret;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const secret = this.getWorkflowStaticData('node').secret as string | undefined;
		if (!hasSecret.call(this, secret)) return rejectUnauthorized.call(this);
		const body = this.getBodyData();
		return { workflowData: [[{ json: { event: 'sms.received', ...body } }]] };
	}
}

/** A polling trigger with an id cursor in static data. */
export class FixturePollTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Fixture Poll Trigger',
		name: 'fixturePollTrigger',
		group: ['trigger'],
		version: 1,
		description: 'Fixture polling trigger',
		defaults: { name: 'Fixture Poll Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'fixtureApi', required: true }],
		properties: [],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const data = this.getWorkflowStaticData('node');
		const page = await fixtureRequest.call(this, 'fixtureApi', { method: 'GET', url: '/messages', qs: { limit: 100 } }, true);
		const items = page.items as Array<{ seq: number }>;
		const last = (data.lastSeq as number | undefined) ?? (this.getMode() === 'manual' ? 0 : undefined);
		const newest = items.reduce((max, m) => Math.max(max, m.seq), last ?? 0);
		data.lastSeq = newest;
		if (last === undefined) return null;
		const fresh = items.filter((m) => m.seq > last);
		return fresh.length ? [fresh.map((json) => ({ json: json as unknown as IDataObject }))] : null;
	}
}

/** The fixture provider's API: API-key or bearer-token auth, messages, cursor paging, batches and hooks. */
export class FixtureSimulator extends Simulator {
	readonly messages: Array<{ id: string; seq: number; to: string; text: string }> = [];

	readonly hooks = new Map<string, { id: string; url: string }>();

	/** Tokens issued, with their expiry (ms since epoch). */
	readonly tokens = new Map<string, number>();

	tokenLifetimeMs = 60_000;

	/** Requests in flight, to check bounded concurrency. */
	inFlight = 0;

	maxInFlight = 0;

	constructor(
		readonly apiKey = 'fixture-key-0123456789',
		readonly user = 'fixture-user',
		readonly password = 'fixture-password-9876',
	) {
		super('fixture');
		this.route('POST', '/token', (req) => {
			const body = req.body as { user?: string; password?: string };
			if (body?.user !== this.user || body?.password !== this.password) return { status: 401, body: { ok: false, error: 'bad login' } };
			const token = `tok-${this.tokens.size + 1}`;
			this.tokens.set(token, Date.now() + this.tokenLifetimeMs);
			return { status: 200, body: { token } };
		});
		this.route('POST', '/messages', async (req) => {
			this.inFlight++;
			this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
			await new Promise((r) => setTimeout(r, 5));
			this.inFlight--;
			const body = req.body as { to: string; text: string };
			if (body.text === 'echo-key') return { status: 400, body: { ok: false, error: `bad key ${this.apiKey}` } };
			if (body.text === 'soft-fail') return { status: 200, body: { ok: false, error: 'Rejected in a 200 body', code: 'E42' } };
			return { status: 201, body: this.store(body) };
		});
		this.route('POST', '/batches', (req) => {
			const { messages } = req.body as { messages: Array<{ to: string; text: string }> };
			if (messages.some((m) => m.text === 'fail-batch')) return { status: 400, body: { ok: false, error: 'Batch refused' } };
			return {
				status: 201,
				body: { messages: messages.map((m) => (m.text === 'reject-me' ? { rejected: 'Rejected by the provider' } : this.store(m))) },
			};
		});
		this.route('GET', '/messages/:id', (_req, { id }) => {
			const message = this.messages.find((m) => m.id === id);
			return message ? { status: 200, body: message } : { status: 404, body: { ok: false, error: `No message ${id}` } };
		});
		this.route('GET', '/messages', (req) => {
			const limit = Number(req.query.limit ?? 10);
			const start = req.query.after ? this.messages.findIndex((m) => m.id === req.query.after) + 1 : 0;
			const items = this.messages.slice(start, start + limit);
			const more = start + limit < this.messages.length;
			return { status: 200, body: { items, next: more ? items[items.length - 1].id : null } };
		});
		this.route('GET', '/hooks', () => ({ status: 200, body: { items: [...this.hooks.values()] } }));
		this.route('POST', '/hooks', (req) => {
			const id = `hook-${this.hooks.size + 1}`;
			this.hooks.set(id, { id, url: (req.body as { url: string }).url });
			return { status: 201, body: { id } };
		});
		this.route('DELETE', '/hooks/:id', (_req, { id }) =>
			this.hooks.delete(id) ? { status: 204 } : { status: 404, body: { ok: false, error: 'gone' } },
		);
	}

	store(m: { to: string; text: string }) {
		const seq = this.messages.length + 1;
		const message = { id: `msg-${seq}`, seq, to: m.to, text: m.text };
		this.messages.push(message);
		return message;
	}

	protected authenticate(req: SimRequest): SimResponse | undefined {
		if (req.path === '/token') return undefined;
		if (req.headers['x-api-key'] === this.apiKey) return undefined;
		const token = schemeToken(req);
		const expiry = token ? this.tokens.get(token) : undefined;
		if (expiry !== undefined && expiry > Date.now()) return undefined;
		if (basicCredentials(req)) return { status: 403, body: { ok: false, error: 'Basic auth not accepted' } };
		return { status: 401, body: { ok: false, error: 'Unauthorized' } };
	}
}
