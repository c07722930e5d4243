/**
 * Runs this package's nodes through n8n-core's real WorkflowExecute engine and its real trigger contexts
 * (HookContext, WebhookContext, PollContext), using only published n8n-core and n8n-workflow APIs.
 * Only the network differs from a real n8n: providers are the local simulators.
 */
import { Container } from '@n8n/di';
import {
	ExecutionLifecycleHooks,
	HookContext,
	LoadOptionsContext,
	PollContext,
	WebhookContext,
	WorkflowExecute,
} from 'n8n-core';
// Not re-exported from n8n-core's index; n8n-core has no "exports" map, so the deep import works.
import { SSHClientsManager } from 'n8n-core/dist/execution-engine/ssh-clients-manager';
import type {
	IConnections,
	ICredentialDataDecryptedObject,
	ICredentials,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
	INodeTypes,
	IRequestOptionsSimplified,
	IRun,
	IVersionedNodeType,
	IWebhookData,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
	WorkflowActivateMode,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import {
	createDeferredPromise,
	createRunExecutionData,
	ICredentialsHelper,
	isExpression,
	NodeConnectionTypes,
	NodeHelpers,
	Workflow,
} from 'n8n-workflow';

export const PACKAGE = 'n8n-nodes-telephony';

/** Stand-in for n8n's Manual Trigger: starts the workflow with the items a test feeds it. */
export class ManualTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Manual Trigger',
		name: 'manualTrigger',
		group: ['trigger'],
		version: 1,
		description: 'Starts the workflow with test items',
		defaults: { name: 'Manual Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [this.getInputData()];
	}
}

const MANUAL_TRIGGER_TYPE = 'n8n-nodes-base.manualTrigger';

export class TestNodeTypes implements INodeTypes {
	constructor(private readonly types: Record<string, INodeType | IVersionedNodeType>) {}

	getByName(type: string) {
		const t = this.types[type];
		if (!t) throw new Error(`Unknown node type ${type}`);
		return t;
	}

	getByNameAndVersion(type: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(type), version);
	}

	getKnownTypes() {
		return {};
	}
}

export interface CredentialFixtures {
	/** Credential type name → credential type instance. */
	credentialTypes?: Record<string, ICredentialType>;
	/** Credential type name → decrypted data. The objects are updated in place by preAuthentication, as n8n does. */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
}

/**
 * Hands out credential data and applies the credential type's `authenticate` (function or generic, with
 * `{{$credentials.x}}` expressions resolved as the n8n server does) and `preAuthentication` for expirable tokens.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	/** How often each credential type's preAuthentication ran (token fetches). */
	readonly preAuthenticationCalls: Record<string, number> = {};

	constructor(private readonly fixtures: CredentialFixtures) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow: Workflow,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const auth = this.fixtures.credentialTypes?.[typeName]?.authenticate;
		if (typeof auth === 'function') return await auth(credentials, requestOptions as IHttpRequestOptions);
		if (auth && auth.type === 'generic') {
			const resolve = (v: unknown) =>
				typeof v === 'string' && isExpression(v)
					? workflow.expression.getSimpleParameterValue(
							node,
							v,
							'internal',
							{ $credentials: credentials } as IDataObject,
							undefined,
							'',
						)
					: v;
			const target = requestOptions as unknown as Record<string, Record<string, unknown>>;
			for (const [outerKey, outerValue] of Object.entries(auth.properties)) {
				target[outerKey] ??= {};
				for (const [k, v] of Object.entries(outerValue as Record<string, unknown>)) {
					target[outerKey][String(resolve(k))] = resolve(v);
				}
			}
		}
		return requestOptions as IHttpRequestOptions;
	}

	/** The n8n server's logic: refresh the hidden `expirable` field when it is empty or after a 401. */
	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		_node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.fixtures.credentialTypes?.[typeName];
		const expirable = type?.properties.find((p) => p.type === 'hidden' && p.typeOptions?.expirable === true);
		if (!type || !expirable || typeof type.preAuthentication !== 'function') return undefined;
		if (credentials[expirable.name] !== '' && !credentialsExpired) return undefined;
		const output = await type.preAuthentication.call(helpers, credentials);
		this.preAuthenticationCalls[typeName] = (this.preAuthenticationCalls[typeName] ?? 0) + 1;
		if (output[expirable.name] === undefined) return undefined;
		return Object.assign(credentials, output);
	}

	async getCredentials(_details: INodeCredentialsDetails, _type: string): Promise<ICredentials> {
		throw new Error('getCredentials is not used in tests');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.fixtures.credentials?.[type];
		if (!data) throw new Error(`No test credentials for ${type}`);
		return data;
	}

	async updateCredentials() {}

	async updateCredentialsOauthTokenData() {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.fixtures.credentialTypes?.[type]?.properties ?? [];
	}
}

/** The fields of IWorkflowExecuteAdditionalData a node can touch (n8n's server builds it with getBase()). */
export function makeAdditionalData(
	fixtures: CredentialFixtures,
	hooks?: ExecutionLifecycleHooks,
	extra: Partial<IWorkflowExecuteAdditionalData> = {},
): IWorkflowExecuteAdditionalData {
	const notAvailable = async () => {
		throw new Error('not available in tests');
	};
	return {
		hooks,
		credentialsHelper: new TestCredentialsHelper(fixtures),
		executeWorkflow: notAvailable,
		getRunExecutionData: async () => undefined,
		executionId: 'exec-1',
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		variables: {},
		logAiEvent: () => {},
		startRunnerTask: notAvailable,
		externalSecretsProxy: {} as never,
		...extra,
	} as unknown as IWorkflowExecuteAdditionalData;
}

export function makeWorkflow(
	nodeTypes: Record<string, INodeType | IVersionedNodeType>,
	nodes: INode[],
	connections: IConnections = {},
	staticData: IDataObject = {},
) {
	return new Workflow({
		id: 'test-wf',
		name: 'test',
		nodes,
		connections,
		active: false,
		nodeTypes: new TestNodeTypes({ [MANUAL_TRIGGER_TYPE]: new ManualTrigger(), ...nodeTypes }),
		settings: { executionOrder: 'v1' },
		staticData,
	});
}

/**
 * The context n8n gives a node's loadOptions methods (the editor's dropdowns) for `node`, alone in a workflow;
 * `path` is the parameter being filled in.
 */
export function loadOptionsContext(
	nodeTypes: Record<string, INodeType | IVersionedNodeType>,
	node: INode,
	fixtures: CredentialFixtures,
	path = 'parameters',
): LoadOptionsContext {
	return new LoadOptionsContext(makeWorkflow(nodeTypes, [node]), node, makeAdditionalData(fixtures), path);
}

export interface RunOptions extends CredentialFixtures {
	nodeTypes: Record<string, INodeType | IVersionedNodeType>;
	/** The nodes after the Manual Trigger; the first one is connected to it unless `connections` is given. */
	nodes: INode[];
	connections?: IConnections;
	/** Items the Manual Trigger emits (one empty item by default). */
	input?: IDataObject[];
	mode?: WorkflowExecuteMode;
}

export interface RunResult {
	run: IRun;
	executionOrder: string[];
	/** Output 0 of a node's first run, with json, binary and pairedItem. */
	items: (nodeName: string) => INodeExecutionData[];
	/** The json of output 0 of a node's first run. */
	output: (nodeName: string) => IDataObject[];
	/** The error that stopped the run, if any. */
	error: RunError | undefined;
	credentialsHelper: TestCredentialsHelper;
}

export type RunError = Error & { description?: string; httpCode?: string | null; context?: IDataObject };

/** Connections that run the named nodes one after the other behind runWorkflow's Manual Trigger. */
export function chainConnections(names: string[]): IConnections {
	const connections: IConnections = {};
	['Manual Trigger', ...names].slice(0, -1).forEach((from, i) => {
		connections[from] = { main: [[{ node: names[i], type: NodeConnectionTypes.Main, index: 0 }]] };
	});
	return connections;
}

/** Manual Trigger → the given nodes, run by WorkflowExecute.processRunExecutionData as n8n does. */
export async function runWorkflow(opts: RunOptions): Promise<RunResult> {
	const trigger: INode = {
		id: 'manual',
		name: 'Manual Trigger',
		type: MANUAL_TRIGGER_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const nodes = [trigger, ...opts.nodes];
	const connections: IConnections = opts.connections ?? {
		[trigger.name]: { main: [[{ node: opts.nodes[0].name, type: NodeConnectionTypes.Main, index: 0 }]] },
	};
	const workflow = makeWorkflow(opts.nodeTypes, nodes, connections);
	const mode = opts.mode ?? 'manual';
	const hooks = new ExecutionLifecycleHooks(mode, 'exec-1', {
		id: 'test-wf',
		name: 'test',
		active: false,
		isArchived: false,
		nodes,
		connections,
		createdAt: new Date(),
		updatedAt: new Date(),
		activeVersionId: null,
	} as never);
	const executionOrder: string[] = [];
	hooks.addHandler('nodeExecuteAfter', (nodeName) => {
		executionOrder.push(nodeName);
	});
	const done = createDeferredPromise<IRun>();
	hooks.addHandler('workflowExecuteAfter', (fullRunData) => done.resolve(fullRunData));
	const additionalData = makeAdditionalData(opts, hooks);

	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [
				{ node: trigger, data: { main: [(opts.input ?? [{}]).map((json) => ({ json }))] }, source: null },
			],
		},
	});
	await new WorkflowExecute(additionalData, mode, runExecutionData).processRunExecutionData(workflow);
	const run = await done.promise;
	const items = (nodeName: string) => run.data.resultData.runData[nodeName]?.[0]?.data?.main?.[0] ?? [];
	return {
		run,
		executionOrder,
		items,
		output: (nodeName) => items(nodeName).map((i) => i.json),
		error: run.data.resultData.error as RunError | undefined,
		credentialsHelper: additionalData.credentialsHelper as TestCredentialsHelper,
	};
}

/** A node of this package as a saved workflow holds it. */
export function packageNode(
	nodeName: string,
	parameters: IDataObject,
	credentialType: string | undefined,
	extra: Partial<INode> = {},
): INode {
	return {
		id: `node-${nodeName}`,
		name: extra.name ?? nodeName,
		type: `${PACKAGE}.${nodeName}`,
		typeVersion: 1,
		position: [300, 0],
		parameters: parameters as INode['parameters'],
		...(credentialType ? { credentials: { [credentialType]: { id: 'cred-1', name: 'Test credential' } } } : {}),
		...extra,
	};
}

/** A trigger node with its webhook id, as n8n stores it. */
export function triggerNode(
	nodeName: string,
	parameters: IDataObject,
	credentialType: string | undefined,
	extra: Partial<INode> = {},
): INode {
	return packageNode(nodeName, parameters, credentialType, { webhookId: 'wh-1', position: [0, 0], ...extra });
}

/**
 * A trigger's webhook lifecycle against one workflow, so static data persists between calls as it does in n8n
 * between activation and deactivation.
 */
export function webhookLifecycle(
	type: INodeType,
	node: INode,
	fixtures: CredentialFixtures,
	opts: { webhookName?: string; mode?: WorkflowExecuteMode; activation?: WorkflowActivateMode; isTest?: boolean } = {},
) {
	const workflow = makeWorkflow({ [node.type]: type }, [node]);
	const methods = (type.webhookMethods as Record<string, NonNullable<INodeType['webhookMethods']>['default']> | undefined)?.[
		opts.webhookName ?? 'default'
	];
	if (!methods) throw new Error(`${node.type} has no webhook methods`);
	const additionalData = makeAdditionalData(fixtures);
	const webhookDescription = type.description.webhooks?.find((w) => w.name === (opts.webhookName ?? 'default'));
	const context = () =>
		new HookContext(
			workflow,
			node,
			additionalData,
			opts.mode ?? 'trigger',
			opts.activation ?? 'activate',
			webhookDescription
				? ({
						httpMethod: webhookDescription.httpMethod,
						path: webhookDescription.path,
						node: node.name,
						webhookDescription,
						workflowId: workflow.id,
						isTest: opts.isTest ?? false,
					} as unknown as IWebhookData)
				: undefined,
		);
	return {
		workflow,
		staticData: () => workflow.staticData[`node:${node.name}`] as IDataObject | undefined,
		checkExists: async () => await methods.checkExists.call(context()),
		create: async () => await methods.create.call(context()),
		delete: async () => await methods.delete.call(context()),
	};
}

export interface WebhookCall {
	body?: unknown;
	/** Defaults to the JSON of `body`, as n8n keeps it for JSON and form posts. */
	rawBody?: Buffer;
	headers?: Record<string, string>;
	query?: Record<string, string>;
	method?: string;
	/** The workflow whose static data the trigger reads (from webhookLifecycle), or a fresh one. */
	workflow?: Workflow;
	webhookName?: string;
	mode?: WorkflowExecuteMode;
}

export interface WebhookCallResult {
	result: IWebhookResponseData;
	/** What the trigger answered itself through the response object (status, body, headers). */
	response: { statusCode?: number; body?: unknown; ended: boolean; headers: Record<string, string> };
}

/** Calls a trigger's `webhook()` through n8n-core's WebhookContext, as the n8n server does for a request. */
export async function callWebhook(
	type: INodeType,
	node: INode,
	fixtures: CredentialFixtures,
	call: WebhookCall,
): Promise<WebhookCallResult> {
	if (!type.webhook) throw new Error(`${node.type} has no webhook()`);
	const rawBody = call.rawBody ?? Buffer.from(call.body === undefined ? '' : JSON.stringify(call.body));
	const headers = Object.fromEntries(
		Object.entries({ 'content-type': 'application/json', ...(call.headers ?? {}) }).map(([k, v]) => [k.toLowerCase(), v]),
	);
	const response: WebhookCallResult['response'] = { ended: false, headers: {} };
	const res = {
		status(code: number) {
			response.statusCode = code;
			return res;
		},
		send(body: unknown) {
			response.body = body;
			return res;
		},
		json(body: unknown) {
			response.body = body;
			response.ended = true;
			return res;
		},
		end(body?: unknown) {
			if (body !== undefined) response.body = body;
			response.ended = true;
			return res;
		},
		setHeader(name: string, value: string) {
			response.headers[name.toLowerCase()] = value;
			return res;
		},
		header(name: string, value: string) {
			return res.setHeader(name, value);
		},
		set(name: string, value: string) {
			return res.setHeader(name, value);
		},
	};
	const workflow = call.workflow ?? makeWorkflow({ [node.type]: type }, [node]);
	const webhookDescription = type.description.webhooks?.find((w) => w.name === (call.webhookName ?? 'default'));
	const additionalData = makeAdditionalData(fixtures, undefined, {
		httpRequest: {
			method: call.method ?? 'POST',
			body: call.body ?? {},
			rawBody,
			headers,
			query: call.query ?? {},
			params: {},
		} as never,
		httpResponse: res as never,
	});
	const webhookData = {
		httpMethod: call.method ?? 'POST',
		path: webhookDescription?.path,
		node: node.name,
		webhookDescription,
		workflowId: workflow.id,
	} as unknown as IWebhookData;
	const ctx = new WebhookContext(workflow, node, additionalData, call.mode ?? 'webhook', webhookData, [], null);
	const result = await type.webhook.call(ctx);
	return { result, response };
}

/** A polling trigger over one workflow, so its cursor in static data persists between polls. */
export function poller(
	type: INodeType,
	node: INode,
	fixtures: CredentialFixtures,
	opts: { mode?: WorkflowExecuteMode; activation?: WorkflowActivateMode } = {},
) {
	if (!type.poll) throw new Error(`${node.type} has no poll()`);
	const workflow = makeWorkflow({ [node.type]: type }, [node]);
	const additionalData = makeAdditionalData(fixtures);
	return {
		workflow,
		staticData: () => workflow.staticData[`node:${node.name}`] as IDataObject | undefined,
		poll: async (mode: WorkflowExecuteMode = opts.mode ?? 'trigger') =>
			await type.poll!.call(
				new PollContext(workflow, node, additionalData, mode, opts.activation ?? 'activate'),
			),
	};
}

/**
 * Every node execution context asks the DI container for SSHClientsManager, whose constructor starts a 60 s
 * setInterval; without this, Jest never exits. Call it in afterAll of every test file that runs nodes.
 */
export function shutdownEngine() {
	if (Container.has(SSHClientsManager)) Container.get(SSHClientsManager).onShutdown();
}
