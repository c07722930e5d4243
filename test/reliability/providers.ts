/**
 * The providers the reliability suite covers, one entry each. Every test file of the suite iterates over
 * `PROVIDERS`, so a provider joins every part (faults, bad input, hostile webhooks and responses, secret leaks)
 * by adding its entry here.
 */
import type { ICredentialDataDecryptedObject, ICredentialType, IDataObject, INodeType } from 'n8n-workflow';

import { BulkSmsApi } from '../../credentials/BulkSmsApi.credentials';
import { CallrApi } from '../../credentials/CallrApi.credentials';
import { CeculaSyncApi } from '../../credentials/CeculaSyncApi.credentials';
import { IctCoreRestApi } from '../../credentials/IctCoreRestApi.credentials';
import { YtelApi } from '../../credentials/YtelApi.credentials';
import { BulkSms } from '../../nodes/BulkSms/BulkSms.node';
import { Callr } from '../../nodes/Callr/Callr.node';
import { CeculaSync } from '../../nodes/CeculaSync/CeculaSync.node';
import { IctCore } from '../../nodes/IctCore/IctCore.node';
import { Ytel } from '../../nodes/Ytel/Ytel.node';
import type { SimRequest, Simulator } from '../../simulators';
import { BulkSmsSimulator } from '../../simulators/bulksms';
import { CallrSimulator, RPC_PATH } from '../../simulators/callr';
import { CeculaSyncSimulator } from '../../simulators/cecula-sync';
import { IctCoreSimulator } from '../../simulators/ictcore';
import { YtelSimulator } from '../../simulators/ytel';
import type { CredentialFixtures } from '../engine';
import { bulkSmsTrigger } from './triggers/bulksms';
import { callrTrigger } from './triggers/callr';
import { ceculaSyncTrigger } from './triggers/cecula-sync';
import { ytelAccountTrigger, ytelNumberTrigger } from './triggers/ytel';

/** Credential values no test data or simulator default contains, so any sighting of one is a leak. */
export const SECRETS = {
	bulkSmsUser: 'leakcheck-bulksms-user-Q7xZ',
	bulkSmsPassword: 'leakcheck-bulksms-pass-9vWb!',
	callrApiKey: 'leakcheck-callr-apikey-3mKd8sT',
	callrLogin: 'leakcheck-callr-login-Hh2',
	callrPassword: 'leakcheck-callr-pass-Lp4',
	ceculaApiKey: 'CCL.LeakcheckKey0042.SecretValueNotToBeSeen7',
	ictCoreUser: 'leakcheck-ictcore-user-Wd6',
	ictCorePassword: 'leakcheck-ictcore-pass-5Rn!',
	ytelEmail: 'leakcheck-ytel-Jq3@example.com',
	ytelPassword: 'leakcheck-ytel-pass-Xc8v',
} as const;

export interface Started {
	sim: Simulator;
	fixtures: CredentialFixtures & {
		credentials: Record<string, ICredentialDataDecryptedObject>;
	};
}

/** A webhook request as a provider would post it, for the hostile-webhook corpus. */
export interface WebhookRequest {
	body: unknown;
	rawBody?: Buffer;
	headers?: Record<string, string>;
	query?: Record<string, string>;
	/** The last segment of the request's path, when it differs from the trigger's registered path. */
	pathSegment?: string;
}

/** How one trigger authenticates and what genuine requests look like. */
export interface TriggerSpec {
	nodeName: string;
	/** How the suite names the trigger, when one node type is tested in several setups. */
	label?: string;
	type: INodeType;
	parameters: IDataObject;
	/** Sets up what activation would (secret in static data), returns the static data to use. */
	activate(): IDataObject;
	/** A genuine request carrying `payload` (signed or with the secret). `n` makes every event distinct. */
	genuine(staticData: IDataObject, n: number): WebhookRequest;
	/** Adds genuine authentication to any request (over its raw body where the provider signs it). */
	authenticate(staticData: IDataObject, request: WebhookRequest): WebhookRequest;
	/** The same request with its authentication spoiled in the given way; undefined when the way does not apply. */
	forge(staticData: IDataObject, n: number, way: ForgeWay): WebhookRequest | undefined;
	/** What a replay of a genuine request does: ignored (deduplicated by event id) or accepted again. */
	replay: 'ignored' | 'accepted';
	/** How requests are authenticated, for docs/RELIABILITY.md. */
	authentication: string;
}

export type ForgeWay = 'missing' | 'wrong' | 'tampered' | 'otherKey' | 'truncated' | 'case';

export interface ProviderEntry {
	name: string;
	credentialType: string;
	credentialClass: ICredentialType;
	nodeName: string;
	node: INodeType;
	/** Starts a simulator whose account is `SECRETS` (when `secrets`), else its defaults; faults seeded. */
	start(secrets?: boolean): Promise<Started>;
	/** Credential values that must never be seen in output, errors or logs. */
	secretValues: string[];
	/**
	 * The login that exchanges the credential for a token (Ytel; ICTCore in JWT mode), so that hostile answers reach
	 * it too: the credentials that log in, and which request is the login.
	 */
	login?: {
		credentials(base: ICredentialDataDecryptedObject): ICredentialDataDecryptedObject;
		isLogin(req: SimRequest): boolean;
	};
	/** Hostile answers (by label) that are a documented success answer of every request of the send. */
	documentedAnswers?: string[];
	/** Values a user picks for some operations where a resource-wide selector's default does not fit (see operationsOf). */
	chosenParameters?: Record<string, IDataObject>;
	/** Credential values that are identifiers, not secrets: allowed in the output of these operations only. */
	identifiers?: Array<{ value: string; operations: string[] }>;
	/** The send operation's parameters; message text and recipient come from the item (`text`, `to`). */
	send: { parameters: IDataObject; concurrency: number };
	/** A read operation's parameters (for hostile answers). */
	read: IDataObject;
	/** The messages the simulator has delivered (one entry per delivery), named by the input item's `deliveredBy` field. */
	delivered(sim: Simulator): string[];
	/** Which field of an input item names its message in `delivered`: its text (default) or its recipient. */
	deliveredBy?: 'text' | 'to';
	/** Whether a request is a send (where faults are injected). */
	isSend(req: SimRequest): boolean;
	/**
	 * What identifies a send request's message: its texts, or (for a step of a send chain that carries no text) a
	 * key that a repeat of the same request carries too. Pairs a retry with the 429 it follows.
	 */
	textsOf(req: SimRequest): string[];
	/** The retry rule of the send, for the docs. */
	sendRetry: string;
	triggers: TriggerSpec[];
	/** Triggers that only poll the provider: no inbound HTTP, so no webhook corpus applies. */
	pollingTriggers?: Array<{ nodeName: string; note: string }>;
}

const bodyOf = (req: SimRequest) => (req.body ?? {}) as IDataObject;

export function parseJsonBody(req: SimRequest): IDataObject {
	if (req.body !== undefined) return bodyOf(req);
	try {
		return JSON.parse(req.rawBody.toString('utf8')) as IDataObject;
	} catch {
		return {};
	}
}

/** The SMS program ICTCore's entry creates in its simulator, first of its kind. */
const ICTCORE_PROGRAM_ID = 1;

export const PROVIDERS: ProviderEntry[] = [
	{
		name: 'BulkSMS',
		credentialType: 'bulkSmsApi',
		credentialClass: new BulkSmsApi(),
		nodeName: 'bulkSms',
		node: new BulkSms(),
		async start(secrets = false) {
			const account = secrets
				? {
						...BulkSmsSimulator.defaults,
						username: SECRETS.bulkSmsUser,
						password: SECRETS.bulkSmsPassword,
					}
				: BulkSmsSimulator.defaults;
			const sim = new BulkSmsSimulator(account, { seed: 10 });
			await sim.start();
			return {
				sim,
				fixtures: {
					credentialTypes: { bulkSmsApi: new BulkSmsApi() },
					credentials: {
						bulkSmsApi: {
							username: account.username,
							password: account.password,
							baseUrl: sim.apiUrl,
						},
					},
				},
			};
		},
		secretValues: [SECRETS.bulkSmsUser, SECRETS.bulkSmsPassword],
		// The account's username is what Get Profile returns; it must still appear in no error and no log.
		identifiers: [{ value: SECRETS.bulkSmsUser, operations: ['profile.get'] }],
		send: {
			parameters: {
				resource: 'message',
				operation: 'send',
				recipientType: 'phoneNumbers',
				to: '={{ $json.to }}',
				message: '={{ $json.text }}',
				sender: 'accountDefault',
				// Small batches: more requests, so faults hit many of them.
				options: { batchSize: 10 },
			},
			concurrency: 4,
		},
		read: { resource: 'profile', operation: 'get' },
		delivered: (sim) => (sim as BulkSmsSimulator).messages.map((m) => String(m.body)),
		isSend: (req) => req.method === 'POST' && req.path === '/v1/messages',
		textsOf: (req) => (Array.isArray(req.body) ? (req.body as IDataObject[]).map((e) => String(e.body)) : []),
		sendRetry:
			'Every send carries a `deduplication-id` derived from the execution and the batch, and BulkSMS ignores a repeat for 12 hours, so a send is retried like a read: on 429 (after `Retry-After`), 502, 503, 504 and on any connection error, up to 4 times.',
		triggers: [bulkSmsTrigger],
	},
	{
		name: 'CALLR',
		credentialType: 'callrApi',
		credentialClass: new CallrApi(),
		nodeName: 'callr',
		node: new Callr(),
		async start(secrets = false) {
			const sim = secrets
				? new CallrSimulator(SECRETS.callrApiKey, SECRETS.callrLogin, SECRETS.callrPassword)
				: new CallrSimulator();
			sim.smsStatusStepMs = 60_000;
			sim.webhookMaxTries = 1;
			const base = await sim.start();
			return {
				sim,
				fixtures: {
					credentialTypes: { callrApi: new CallrApi() },
					credentials: {
						callrApi: {
							authentication: 'apiKey',
							apiKey: sim.apiKey,
							login: sim.login,
							password: sim.password,
							loginAsType: 'none',
							loginAsTarget: '',
							apiUrl: `${base}${RPC_PATH}`,
						},
					},
				},
			};
		},
		secretValues: [SECRETS.callrApiKey, SECRETS.callrLogin, SECRETS.callrPassword],
		send: {
			parameters: {
				resource: 'sms',
				operation: 'send',
				to: '={{ $json.to }}',
				from: '',
				message: '={{ $json.text }}',
				nature: 'ALERTING',
				options: { concurrency: 20 },
			},
			concurrency: 20,
		},
		read: { resource: 'account', operation: 'getPrepaidCredit' },
		delivered: (sim) =>
			[...(sim as CallrSimulator).sms.values()].filter((s) => s.type === 'OUT').map((s) => String(s.text)),
		isSend: (req) => req.path === RPC_PATH && parseJsonBody(req).method === 'sms.send',
		textsOf: (req) => {
			const params = parseJsonBody(req).params;
			return Array.isArray(params) && typeof params[2] === 'string' ? [params[2]] : [];
		},
		sendRetry:
			'`sms.send` creates a message on every call and CALLR offers no idempotency key, so it is retried only where CALLR provably did not act: on 429 (after `Retry-After`) and on connection errors raised before the request was sent (refused, DNS). A 5xx or a connection lost after sending ends the item with an error that says whether the message may have gone out.',
		triggers: [callrTrigger],
	},
	{
		name: 'Cecula Sync',
		credentialType: 'ceculaSyncApi',
		credentialClass: new CeculaSyncApi(),
		nodeName: 'ceculaSync',
		node: new CeculaSync(),
		async start(secrets = false) {
			const sim = secrets ? new CeculaSyncSimulator(SECRETS.ceculaApiKey) : new CeculaSyncSimulator();
			sim.deliveryDelayMs = 60_000;
			const base = await sim.start();
			return {
				sim,
				fixtures: {
					credentialTypes: { ceculaSyncApi: new CeculaSyncApi() },
					credentials: {
						ceculaSyncApi: { apiKey: sim.apiKey, baseUrl: `${base}/sync/api` },
					},
				},
			};
		},
		secretValues: [SECRETS.ceculaApiKey],
		send: {
			parameters: {
				resource: 'sms',
				operation: 'send',
				recipients: '={{ $json.to }}',
				text: '={{ $json.text }}',
				options: { concurrency: 20 },
			},
			concurrency: 20,
		},
		read: { resource: 'account', operation: 'getBalance' },
		delivered: (sim) => [...(sim as CeculaSyncSimulator).messages.values()].map((m) => m.text),
		isSend: (req) => req.method === 'POST' && req.path.endsWith('/send-sms'),
		textsOf: (req) => {
			const text = parseJsonBody(req).text;
			return typeof text === 'string' ? [text] : [];
		},
		sendRetry:
			'`/send-sms` has no idempotency key, so it is retried only on 429 (after `Retry-After`) and on connection errors raised before the request was sent. A 5xx or a connection lost after sending ends the item with an error.',
		triggers: [ceculaSyncTrigger],
	},
	{
		name: 'ICTCore',
		credentialType: 'ictCoreRestApi',
		credentialClass: new IctCoreRestApi(),
		nodeName: 'ictCore',
		node: new IctCore(),
		async start(secrets = false) {
			const sim = new IctCoreSimulator();
			if (secrets) Object.assign(sim.users[0], { username: SECRETS.ictCoreUser, password: SECRETS.ictCorePassword });
			const user = sim.users[0];
			const base = await sim.start();
			const credentials = {
				baseUrl: `${base}/api`,
				authMode: 'basic',
				username: user.username,
				password: user.password,
				ignoreSslIssues: false,
				authToken: '',
			};
			// The bulk path the node recommends (Options → Reuse Program): one text and one SMS program, made here as a
			// user would through the API, then a transmission and a send per item.
			const post = async (path: string, body: IDataObject) => {
				const answer = await fetch(`${credentials.baseUrl}${path}`, {
					method: 'POST',
					headers: {
						'content-type': 'application/json',
						accept: 'application/json',
						authorization: `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`,
					},
					body: JSON.stringify(body),
				});
				return (await answer.json()) as number;
			};
			const textId = await post('/messages/texts', { name: 'reliability', data: 'reliability bulk SMS', type: 'UTF-8' });
			const programId = await post('/programs/sendsms', { name: 'reliability', text_id: textId });
			if (programId !== ICTCORE_PROGRAM_ID) throw new Error(`the bulk program is ${programId}, not ${ICTCORE_PROGRAM_ID}`);
			return {
				sim,
				fixtures: {
					credentialTypes: { ictCoreRestApi: new IctCoreRestApi() },
					credentials: { ictCoreRestApi: credentials },
				},
			};
		},
		secretValues: [SECRETS.ictCoreUser, SECRETS.ictCorePassword],
		// Transmission rows carry the owner's `username` (reference §4, GET /transmissions), which is also the login.
		identifiers: [
			{
				value: SECRETS.ictCoreUser,
				operations: [
					'transmission.getAll',
					'sms.getAll',
					'call.getAll',
					'fax.getAll',
					'email.getAll',
					'program.getTransmissions',
				],
			},
		],
		login: {
			credentials: (base) => ({ ...base, authMode: 'jwt', authToken: '' }),
			isLogin: (req) => req.path === '/api/authenticate',
		},
		// Every ICTCore create answers a bare id: a JSON number is what each step of a send expects.
		documentedAnswers: ['200 JSON number'],
		// Texts have no media: the media operations are for recordings, documents and templates.
		chosenParameters: {
			'message.uploadMedia': { messageType: 'document' },
			'message.downloadMedia': { messageType: 'document' },
		},
		send: {
			parameters: {
				resource: 'sms',
				operation: 'send',
				to: '={{ $json.to }}',
				message: '={{ $json.text }}',
				// The node's own bound (50 at most); the default of 4 suits a small self-hosted server.
				options: { concurrency: 20, programId: String(ICTCORE_PROGRAM_ID) },
			},
			concurrency: 20,
		},
		read: { resource: 'report', operation: 'getStatistics' },
		// One delivery per attempt (spool) of an outbound SMS transmission, named by its recipient.
		delivered: (sim) => {
			const { tables } = sim as IctCoreSimulator;
			const byId = (table: string, key: string) => new Map(tables[table].map((r) => [String(r[key]), r]));
			const transmissions = byId('transmissions', 'transmission_id');
			const contacts = byId('contacts', 'contact_id');
			return tables.spools.flatMap((spool) => {
				const tx = transmissions.get(String(spool.transmission_id));
				if (!tx || tx.direction !== 'outbound' || Number(tx.service_flag) !== 4) return [];
				const contact = contacts.get(String(tx.contact_id));
				return contact ? [String(contact.phone)] : [];
			});
		},
		deliveredBy: 'to',
		// Both writes of a send: the transmission (to the item's number) and the send itself.
		isSend: (req) => req.method === 'POST' && /^\/api\/(transmissions|transmissions\/\d+\/send)$/.test(req.path),
		textsOf: (req) => {
			if (req.path.endsWith('/send')) return [req.path];
			const phone = parseJsonBody(req).phone;
			return typeof phone === 'string' ? [phone] : [];
		},
		sendRetry:
			'A send is a chain of creates — text, program (both skipped with Reuse Program), transmission — and the send of the transmission, and ICTCore has no idempotency key: a repeated create makes a second record, and a repeated send of a transmission whose attempt failed starts another attempt. Each step is therefore retried only on 429 (after `Retry-After`) and on connection errors raised before the request was sent. A 5xx or a connection lost after sending ends the item with an error that says whether the step may have been carried out.',
		triggers: [],
		pollingTriggers: [
			{
				nodeName: 'ictCoreTrigger',
				note: 'ICTCore has no callbacks: the trigger polls the REST API with the credential and accepts no inbound HTTP request, so there is nothing to forge.',
			},
		],
	},
	{
		name: 'Ytel',
		credentialType: 'ytelApi',
		credentialClass: new YtelApi(),
		nodeName: 'ytel',
		node: new Ytel(),
		async start(secrets = false) {
			const sim = secrets ? new YtelSimulator(SECRETS.ytelEmail, SECRETS.ytelPassword) : new YtelSimulator();
			// Statuses move on long after the test: no timers fire during it.
			sim.progressionMs = 60_000;
			const base = await sim.start();
			return {
				sim,
				fixtures: {
					credentialTypes: { ytelApi: new YtelApi() },
					credentials: {
						ytelApi: {
							authMethod: 'password',
							email: sim.email,
							password: sim.password,
							sessionToken: '',
							baseUrl: base,
						},
					},
				},
			};
		},
		secretValues: [SECRETS.ytelEmail, SECRETS.ytelPassword],
		login: {
			credentials: (base) => ({ ...base, sessionToken: '' }),
			isLogin: (req) => req.path.startsWith('/auth/'),
		},
		// Account → Get returns the account's e-mail address, which is also the login: an identifier there only.
		identifiers: [{ value: SECRETS.ytelEmail, operations: ['account.get'] }],
		send: {
			parameters: {
				resource: 'message',
				operation: 'sendSms',
				sendFrom: 'phoneNumber',
				from: '+14155550100',
				sendTo: 'phoneNumber',
				to: '={{ $json.to }}',
				content: 'text',
				text: '={{ $json.text }}',
				options: { concurrency: 20 },
			},
			concurrency: 20,
		},
		read: { resource: 'account', operation: 'getBalance' },
		delivered: (sim) =>
			(sim as YtelSimulator).messages.filter((m) => m.direction === 'outbound').map((m) => String(m.body)),
		isSend: (req) => req.method === 'POST' && /^\/v4\/sms\/?$/.test(req.path),
		textsOf: (req) => {
			const text = parseJsonBody(req).text;
			return typeof text === 'string' ? [text] : [];
		},
		sendRetry:
			'`POST /v4/sms/` has no idempotency key, so it is retried only on 429 (after `Retry-After`, also Ytel\'s own rate limit of 150 requests per second, which the node stays under) and on connection errors raised before the request was sent. A 5xx or a connection lost after sending ends the item with an error that says the SMS may have gone out.',
		triggers: [ytelAccountTrigger, ytelNumberTrigger],
	},
];
