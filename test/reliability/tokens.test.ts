/**
 * Token expiry: Ytel session tokens and ICTCore JWTs expire in the middle of a run of send items, and the simulator
 * refuses the expired token with the provider's documented 401. n8n renews the token (the credential's
 * preAuthentication, re-run after a 401) and the request is repeated: every item must be sent exactly once and no
 * item may fail. Two runs per provider:
 * - a realistic one: tokens live a few hundred milliseconds (time-based, as on the real API) and the items go at the
 *   node's default concurrency;
 * - a renewal storm: tokens serve a fixed number of requests (so the storm happens however fast the machine is) and
 *   50 items are in flight, so that dozens of requests meet the expired token at once and renew concurrently.
 */
import type { ICredentialDataDecryptedObject, IDataObject, INodeProperties } from 'n8n-workflow';

import type { SimRequest } from '../../simulators';
import { schemeToken } from '../../simulators';
import type { IctCoreSimulator } from '../../simulators/ictcore';
import type { YtelSimulator } from '../../simulators/ytel';
import { PACKAGE, packageNode, runWorkflow, shutdownEngine } from '../engine';
import type { Row } from './figures';
import { recordFigures } from './figures';
import type { ProviderEntry } from './providers';
import { PROVIDERS } from './providers';

const ITEMS = 300;
const STORM_CONCURRENCY = 50;

type TokenSimulator = YtelSimulator | IctCoreSimulator;

interface Scenario {
	label: string;
	/** Sets how tokens expire; returns what the table says about it. */
	arrange(sim: TokenSimulator): string;
	/** The node's Concurrency option, or undefined for its default. */
	concurrency?: number;
	/** The simulator's answer delay: with more latency, more requests are in flight when a token expires. */
	latencyMs(provider: ProviderEntry): number;
}

const SCENARIOS: Scenario[] = [
	{
		label: 'expiry mid-run (time)',
		// The run lasts at least 2 s (Ytel's pace of 150 requests per second; ICTCore's 600 requests at 4 in flight,
		// 10 ms each): several lifetimes, however fast the machine.
		arrange: (sim) => {
			sim.tokenLifetimeMs = 500;
			return '500 ms';
		},
		latencyMs: () => 10,
	},
	{
		label: 'renewal storm',
		arrange: (sim) => {
			sim.tokenLifetimeRequests = 120;
			return '120 requests';
		},
		concurrency: STORM_CONCURRENCY,
		// Ytel's node paces requests (150 per second): only a slow answer keeps about 20 of them in flight.
		latencyMs: (provider) => (provider.name === 'Ytel' ? 150 : 20),
	},
];

/** The default of the send's Concurrency option, as the node describes it. */
function defaultConcurrencyOf(provider: ProviderEntry): number {
	const { resource, operation } = provider.send.parameters;
	const options = provider.node.description.properties.find((p) => {
		const show = p.displayOptions?.show;
		return (
			p.name === 'options' &&
			(show?.resource as unknown[] | undefined)?.includes(resource) &&
			(show?.operation as unknown[] | undefined)?.includes(operation)
		);
	});
	const option = (options?.options as INodeProperties[] | undefined)?.find((o) => o.name === 'concurrency');
	return Number(option?.default);
}

/** The providers whose credentials log in for an expiring token, with the default concurrency of their send. */
const TOKEN_PROVIDERS = PROVIDERS.filter((p) => p.login).map((provider) => ({
	provider,
	defaultConcurrency: defaultConcurrencyOf(provider),
}));

const rows: Row[] = [];

afterAll(() => {
	recordFigures('token expiry', rows, { items: ITEMS });
	shutdownEngine();
});

/** The send parameters with the node's own Concurrency default, or the given one. */
function sendParameters(provider: ProviderEntry, concurrency: number | undefined): IDataObject {
	const options = { ...((provider.send.parameters.options as IDataObject | undefined) ?? {}) };
	delete options.concurrency;
	if (concurrency !== undefined) options.concurrency = concurrency;
	return { ...provider.send.parameters, options };
}

describe.each(TOKEN_PROVIDERS)('$provider.name tokens', ({ provider, defaultConcurrency }) => {
	it.each(SCENARIOS)('$label: every item sent exactly once, none failed', async (scenario) => {
		const { sim, fixtures } = await provider.start();
		const tokenSim = sim as TokenSimulator;
		try {
			const lifetime = scenario.arrange(tokenSim);
			sim.latencyMs = scenario.latencyMs(provider);
			const credentials: ICredentialDataDecryptedObject = provider.login!.credentials(
				fixtures.credentials[provider.credentialType],
			);
			const input = Array.from({ length: ITEMS }, (_, i) => ({
				to: `+1555${String(7000000 + i)}`,
				text: `token ${provider.name} ${scenario.label} item ${i}`,
			}));
			const started = Date.now();
			const { items, error, credentialsHelper } = await runWorkflow({
				nodeTypes: { [`${PACKAGE}.${provider.nodeName}`]: provider.node },
				credentialTypes: fixtures.credentialTypes,
				credentials: { [provider.credentialType]: credentials },
				nodes: [
					packageNode(provider.nodeName, sendParameters(provider, scenario.concurrency), provider.credentialType, {
						name: 'Send',
						onError: 'continueRegularOutput',
					}),
				],
				input,
			});
			const seconds = (Date.now() - started) / 1000;
			expect(error).toBeUndefined();

			const out = items('Send');
			const errorItems = out.filter((item) => typeof item.json.error === 'string');
			const deliveries = new Map<string, number>();
			for (const text of provider.delivered(sim)) deliveries.set(text, (deliveries.get(text) ?? 0) + 1);
			const notOnce = input.filter((item) => deliveries.get(item[provider.deliveredBy ?? 'text']) !== 1).length;
			const paired = new Set(out.map((item) => (item.pairedItem as { item: number }).item));

			// Requests refused for an expired token, grouped by token: the largest group is the biggest storm.
			const api = sim.log.filter((r: SimRequest) => !provider.login!.isLogin(r));
			const refusedByToken = new Map<string, number>();
			for (const r of api.filter((x) => x.status === 401)) {
				const token = schemeToken(r) ?? '';
				refusedByToken.set(token, (refusedByToken.get(token) ?? 0) + 1);
			}
			const refused = [...refusedByToken.values()].reduce((a, b) => a + b, 0);
			const logins = sim.log.filter((r) => provider.login!.isLogin(r) && r.status === 200).length;
			const renewals = (credentialsHelper.preAuthenticationCalls[provider.credentialType] ?? 0) - 1;

			rows.push({
				provider: provider.name,
				scenario: scenario.label,
				'token lifetime': lifetime,
				'latency ms': sim.latencyMs,
				concurrency: scenario.concurrency ?? `${defaultConcurrency} (default)`,
				items: ITEMS,
				'API requests': api.length,
				'refused for expiry': tokenSim.expiredTokenRefusals,
				'largest storm (refusals of one token)': refusedByToken.size ? Math.max(...refusedByToken.values()) : 0,
				renewals,
				'tokens issued': logins,
				sent: out.length - errorItems.length,
				'error items': errorItems.length,
				'not delivered exactly once': notOnce,
				seconds: seconds.toFixed(1),
			});

			expect(defaultConcurrency).toBeGreaterThan(0);
			expect(errorItems.map((item) => item.json.error).slice(0, 5)).toEqual([]);
			expect(out).toHaveLength(ITEMS);
			expect(paired.size).toBe(ITEMS);
			expect(notOnce).toBe(0);
			// Tokens really expired during the run, were refused as the provider does, and were renewed.
			expect(tokenSim.expiredTokenRefusals).toBeGreaterThan(0);
			expect(refused).toBe(tokenSim.expiredTokenRefusals);
			expect(renewals).toBeGreaterThan(0);
			expect(logins).toBe(renewals + 1);
			if (scenario.concurrency) expect(Math.max(...refusedByToken.values())).toBeGreaterThanOrEqual(10);
		} finally {
			await sim.stop();
		}
	}, 60_000);
});
