/**
 * The peer: n8n's own Twilio node (n8n-nodes-base, from the n8n 2.8.4 install that scripts/install-n8n.sh caches),
 * SMS → Send, run in the same WorkflowExecute against a small Twilio-shaped simulator with the same latency. It
 * sends one request per item, one at a time: the baseline users have today.
 *
 * The node builds `https://api.twilio.com/2010-04-01/Accounts/<sid>/Messages.json` itself, so the bench's copy of
 * the Twilio credential type points that host at the simulator when it applies the credential (the only change:
 * the same Basic auth as the real credential's generic rule, and 127.0.0.1 instead of api.twilio.com).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import type { ICredentialDataDecryptedObject, ICredentialType, IHttpRequestOptions, INodeType } from 'n8n-workflow';

import { Simulator } from '../simulators/core/server';
import type { SimRequest, SimResponse } from '../simulators/core/server';
import { PACKAGE } from '../test/engine';
import type { Figure, Suite } from './harness';
import { figureOf, measure, people, runNode, runStandalone, withSimulator } from './harness';

export const PEER = 'Twilio (n8n-nodes-base)';
const TWILIO_HOST = 'https://api.twilio.com';

/** Twilio's Programmable Messaging create call, as far as the Twilio node uses it. */
export class TwilioSimulator extends Simulator {
	static readonly defaults = { accountSid: 'AC0123456789abcdef0123456789abcdef', authToken: 'bench-auth-token' };

	readonly messages: Array<Record<string, unknown>> = [];

	constructor() {
		super('twilio');
		this.route('POST', '/2010-04-01/Accounts/:sid/Messages.json', (req, { sid }) => this.create(req, sid));
	}

	protected authenticate(req: SimRequest): SimResponse | undefined {
		const { accountSid, authToken } = TwilioSimulator.defaults;
		const expected = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
		if (req.headers.authorization === expected) return undefined;
		return { status: 401, body: { code: 20003, message: 'Authenticate', more_info: '', status: 401 } };
	}

	private create(req: SimRequest, sid: string): SimResponse {
		const form = (req.body ?? {}) as Record<string, string>;
		if (!form.To || !form.From || !form.Body)
			return { status: 400, body: { code: 21604, message: "A 'To', 'From' and 'Body' are required", status: 400 } };
		const now = new Date().toUTCString();
		const message = {
			sid: `SM${String(this.messages.length).padStart(32, '0')}`,
			account_sid: sid,
			from: form.From,
			to: form.To,
			body: form.Body,
			status: 'queued',
			direction: 'outbound-api',
			num_segments: '1',
			date_created: now,
			date_updated: now,
			uri: `/2010-04-01/Accounts/${sid}/Messages/SM${this.messages.length}.json`,
		};
		this.messages.push(message);
		return { status: 201, body: message };
	}
}

/** The n8n 2.8.4 install folder (installed on first use, once per machine). */
export function n8nInstallDir(): string {
	return execFileSync('bash', [join(__dirname, '..', 'scripts', 'install-n8n.sh')], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	}).trim();
}

/** n8n-nodes-base's Twilio node, as the n8n server loads it (it brings its own n8n-workflow 2.8.0 copy). */
export function loadTwilioNode(): INodeType {
	const file = join(n8nInstallDir(), 'node_modules', 'n8n-nodes-base', 'dist', 'nodes', 'Twilio', 'Twilio.node.js');
	if (!existsSync(file)) throw new Error(`n8n-nodes-base's Twilio node is missing: ${file}`);
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { Twilio } = require(file) as { Twilio: new () => INodeType };
	return new Twilio();
}

/** The Twilio credential type as the bench applies it: Basic auth, and the simulator instead of api.twilio.com. */
function twilioCredentialType(baseUrl: string): ICredentialType {
	return {
		name: 'twilioApi',
		displayName: 'Twilio API (bench)',
		properties: [],
		authenticate: async (credentials: ICredentialDataDecryptedObject, options: IHttpRequestOptions) => {
			const request = options as IHttpRequestOptions & { uri?: string };
			request.auth = { username: String(credentials.accountSid), password: String(credentials.authToken) };
			for (const key of ['uri', 'url'] as const) {
				const value = request[key];
				if (typeof value === 'string' && value.startsWith(TWILIO_HOST)) request[key] = baseUrl + value.slice(TWILIO_HOST.length);
			}
			return request;
		},
	};
}

/** Runs the Twilio node's SMS → Send over `count` items against `sim`. */
export async function twilioSend(sim: TwilioSimulator, twilio: INodeType, count: number) {
	const { accountSid, authToken } = TwilioSimulator.defaults;
	const m = await measure(sim, async () => {
		const { output } = await runNode({
			nodeTypes: { [`${PACKAGE}.twilio`]: twilio },
			credentialTypes: { twilioApi: twilioCredentialType(sim.baseUrl) },
			credentials: { twilioApi: { authType: 'authToken', accountSid, authToken } },
			node: {
				id: 'node-twilio',
				name: 'twilio',
				type: `${PACKAGE}.twilio`,
				typeVersion: 1,
				position: [300, 0],
				parameters: {
					resource: 'sms',
					operation: 'send',
					from: '+15005550006',
					to: '={{ $json.phone }}',
					toWhatsapp: false,
					message: '=Hello {{ $json.name }}',
				},
				credentials: { twilioApi: { id: 'cred-1', name: 'Twilio' } },
			},
			input: people(count, '+1555'),
		});
		return output('twilio').filter((m) => typeof m.sid === 'string').length;
	});
	if (m.value !== count || m.requests !== count) throw new Error(`Twilio: ${m.value} of ${count} sent in ${m.requests} requests`);
	return m;
}

/**
 * One at a time, the peer's time grows linearly with the items (one round trip each), so `--quick` measures 50
 * items and projects 1,000; the full run measures 1,000 (about a minute). 10,000 is always projected.
 */
export const suite: Suite = {
	name: 'twilio',
	async run({ quick }, context) {
		const measured = quick ? 50 : 1000;
		const twilio = loadTwilioNode();
		return await withSimulator(new TwilioSimulator(), async (sim) => {
			// warm-up, as for every subject: module loading and JIT compilation stay out
			await twilioSend(sim, twilio, quick ? 10 : 50);
			const m = await twilioSend(sim, twilio, measured);
			const msPerItem = m.wallMs / measured;
			context.peerMsPerItem = msPerItem;
			const base = { scenario: 1, subject: PEER, label: 'sms send, one request per item' };
			const figures: Figure[] = [{ ...base, ...figureOf(m, measured) }];
			for (const n of [1000, 10_000]) {
				if (n !== measured)
					figures.push({
						...base,
						items: n,
						requests: n,
						wallMs: msPerItem * n,
						projected: true,
						measuredItems: measured,
						note: `projected from ${measured} measured items`,
					});
			}
			return figures;
		});
	},
};

runStandalone(module, suite);
