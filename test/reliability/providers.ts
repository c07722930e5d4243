/**
 * The providers the reliability suite covers, one entry each. Every test file of the suite iterates over
 * `PROVIDERS`, so a provider joins every part (faults, bad input, hostile webhooks and responses, secret leaks)
 * by adding its entry here.
 */
import type { ICredentialDataDecryptedObject, ICredentialType, IDataObject, INodeType } from 'n8n-workflow';

import { BulkSmsApi } from '../../credentials/BulkSmsApi.credentials';
import { CallrApi } from '../../credentials/CallrApi.credentials';
import { CeculaSyncApi } from '../../credentials/CeculaSyncApi.credentials';
import { BulkSms } from '../../nodes/BulkSms/BulkSms.node';
import { Callr } from '../../nodes/Callr/Callr.node';
import { CeculaSync } from '../../nodes/CeculaSync/CeculaSync.node';
import type { SimRequest, Simulator } from '../../simulators';
import { BulkSmsSimulator } from '../../simulators/bulksms';
import { CallrSimulator, RPC_PATH } from '../../simulators/callr';
import { CeculaSyncSimulator } from '../../simulators/cecula-sync';
import type { CredentialFixtures } from '../engine';
import { bulkSmsTrigger } from './triggers/bulksms';
import { callrTrigger } from './triggers/callr';
import { ceculaSyncTrigger } from './triggers/cecula-sync';

/** Credential values no test data or simulator default contains, so any sighting of one is a leak. */
export const SECRETS = {
	bulkSmsUser: 'leakcheck-bulksms-user-Q7xZ',
	bulkSmsPassword: 'leakcheck-bulksms-pass-9vWb!',
	callrApiKey: 'leakcheck-callr-apikey-3mKd8sT',
	callrLogin: 'leakcheck-callr-login-Hh2',
	callrPassword: 'leakcheck-callr-pass-Lp4',
	ceculaApiKey: 'CCL.LeakcheckKey0042.SecretValueNotToBeSeen7',
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
	/** Credential values that are identifiers, not secrets: allowed in the output of these operations only. */
	identifiers?: Array<{ value: string; operations: string[] }>;
	/** The send operation's parameters; message text and recipient come from the item (`text`, `to`). */
	send: { parameters: IDataObject; concurrency: number };
	/** A read operation's parameters (for hostile answers). */
	read: IDataObject;
	/** Message texts the simulator has delivered (one entry per delivery). */
	delivered(sim: Simulator): string[];
	/** Whether a request is a send (where faults are injected). */
	isSend(req: SimRequest): boolean;
	/** Message texts a send request carries. */
	textsOf(req: SimRequest): string[];
	/** The retry rule of the send, for the docs. */
	sendRetry: string;
	triggers: TriggerSpec[];
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
];
