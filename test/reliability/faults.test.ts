/**
 * Fault injection: per provider, 2,000 send items through n8n-core's real WorkflowExecute against the provider's
 * simulator, which answers 20% of the send requests with a fault (seeded, so every run is the same): 429 with
 * Retry-After, 500, 502, 503, a connection dropped before or after the provider acted, or a slow answer.
 * Every item must end either delivered exactly once with a success item, or as an error item ("Continue On Fail");
 * an error item whose message did go out must say so. 429s must be retried no sooner than Retry-After.
 */
import { DEFAULT_RETRY_POLICY } from '../../nodes/shared/transport';
import type { FaultRule } from '../../simulators';
import { PACKAGE, packageNode, runWorkflow, shutdownEngine } from '../engine';
import type { Row } from './figures';
import { recordFigures } from './figures';
import { PROVIDERS } from './providers';

const ITEMS = 2000;
const FAULT_SHARE = 0.2;
const RETRY_AFTER_S = 1;

const KINDS: Array<{ kind: string; rule: FaultRule }> = [
	{
		kind: '429',
		rule: {
			status: 429,
			retryAfter: RETRY_AFTER_S,
			body: { error: 'Too many requests' },
		},
	},
	{ kind: '500', rule: { status: 500 } },
	{
		kind: '502',
		rule: { status: 502, body: '<html><body>Bad gateway</body></html>' },
	},
	{ kind: '503', rule: { status: 503 } },
	{ kind: 'drop-before', rule: { drop: 'before' } },
	{ kind: 'drop-after', rule: { drop: 'after' } },
	{ kind: 'slow', rule: { delayMs: 150 } },
];
/** The rate of each kind so that one request in five meets one of them (rules are tried one after another). */
const RATE = 1 - (1 - FAULT_SHARE) ** (1 / KINDS.length);

const rows: Row[] = [];

afterAll(() => {
	recordFigures('fault injection', rows, {
		items: ITEMS,
		faultShare: FAULT_SHARE,
		retryAfterSeconds: RETRY_AFTER_S,
	});
	shutdownEngine();
});

describe.each(PROVIDERS)('$name under injected faults', (provider) => {
	it(`sends ${ITEMS} items: none lost, none sent twice, 429s wait for Retry-After`, async () => {
		const { sim, fixtures } = await provider.start();
		try {
			const rules = KINDS.map(({ kind, rule }) => ({
				kind,
				fault: sim.addFault({
					...rule,
					rate: RATE,
					match: provider.isSend,
				}) as FaultRule & { fired: number },
			}));
			const input = Array.from({ length: ITEMS }, (_, i) => ({
				to: `+1555${String(i).padStart(7, '0')}`,
				text: `reliability ${provider.name} item ${i}`,
			}));
			const started = Date.now();
			const { items, error } = await runWorkflow({
				nodeTypes: { [`${PACKAGE}.${provider.nodeName}`]: provider.node },
				...fixtures,
				nodes: [
					packageNode(provider.nodeName, provider.send.parameters, provider.credentialType, {
						name: 'Send',
						onError: 'continueRegularOutput',
					}),
				],
				input,
			});
			const seconds = (Date.now() - started) / 1000;
			expect(error).toBeUndefined();

			const deliveries = new Map<string, number>();
			for (const text of provider.delivered(sim)) deliveries.set(text, (deliveries.get(text) ?? 0) + 1);
			const outcome = new Map<number, { sent: number; errors: string[] }>();
			for (const item of items('Send')) {
				const index = (item.pairedItem as { item: number }).item;
				const o = outcome.get(index) ?? { sent: 0, errors: [] };
				if (typeof item.json.error === 'string')
					o.errors.push(`${item.json.error} ${String(item.json.description ?? '')}`);
				else o.sent++;
				outcome.set(index, o);
			}

			let sent = 0;
			let errorItems = 0;
			let lost = 0;
			let reportedUncertain = 0;
			const problems: string[] = [];
			input.forEach((item, i) => {
				const o = outcome.get(i);
				const delivered = deliveries.get(item[provider.deliveredBy ?? 'text']) ?? 0;
				if (!o || (o.sent === 0 && o.errors.length === 0)) {
					lost++;
					problems.push(`item ${i}: no output item`);
				} else if (o.sent > 0 && o.errors.length === 0) {
					sent++;
					if (delivered !== 1) problems.push(`item ${i}: success item but delivered ${delivered} times`);
					if (delivered === 0) lost++;
				} else if (o.sent === 0) {
					errorItems++;
					if (delivered === 1) {
						reportedUncertain++;
						if (!/may have reached/.test(o.errors[0]))
							problems.push(`item ${i}: delivered, but its error does not say it may have gone out: ${o.errors[0]}`);
					}
				} else {
					problems.push(`item ${i}: both a success and an error item`);
				}
			});
			const duplicates = [...deliveries.values()].filter((n) => n > 1).length;
			if (duplicates > 0) problems.push(`${duplicates} messages delivered more than once`);

			// Every 429 is followed by a retry of the same request, no sooner than Retry-After, unless it was the last of
			// the attempts the transport allows (faults go by arrival order, so a request can meet several in a row).
			const sends = sim.log.filter(provider.isSend);
			const waits: number[] = [];
			let exhausted = 0;
			for (const throttled of sends.filter((r) => r.fault === 'status-429')) {
				const key = provider.textsOf(throttled)[0];
				const retry = sends.find((r) => r.seq > throttled.seq && provider.textsOf(r)[0] === key);
				const attempts = sends.filter((r) => r.seq <= throttled.seq && provider.textsOf(r)[0] === key).length;
				if (retry) waits.push(retry.receivedAt - throttled.receivedAt);
				else if (attempts > DEFAULT_RETRY_POLICY.maxRetries) exhausted++;
				else problems.push(`429 on request ${throttled.seq} (attempt ${attempts}) was never retried`);
			}
			const shortWaits = waits.filter((w) => w < RETRY_AFTER_S * 1000 - 10);
			if (shortWaits.length)
				problems.push(`${shortWaits.length} retries after a 429 came too early: ${shortWaits.join(', ')} ms`);

			const fired = Object.fromEntries(rules.map(({ kind, fault }) => [kind, fault.fired]));
			const faults = rules.reduce((sum, r) => sum + r.fault.fired, 0);
			rows.push({
				provider: provider.name,
				items: ITEMS,
				requests: sends.length,
				faults,
				'fault %': ((100 * faults) / sends.length).toFixed(1),
				...Object.fromEntries(Object.entries(fired).map(([kind, n]) => [`injected ${kind}`, n])),
				sent,
				'error items': errorItems,
				'error, sent (said so)': reportedUncertain,
				lost,
				duplicates,
				'429 min wait ms': waits.length ? Math.min(...waits) : '-',
				'429 as last attempt': exhausted,
				seconds: seconds.toFixed(1),
			});

			expect(problems.slice(0, 20)).toEqual([]);
			expect(lost).toBe(0);
			expect(duplicates).toBe(0);
			expect(sent + errorItems).toBe(ITEMS);
			// The faults really happened, every kind of them, and 429s were really waited for.
			for (const { kind, fault } of rules) expect([kind, fault.fired > 0]).toEqual([kind, true]);
			expect(waits.length + exhausted).toBe(fired['429']);
			expect(Math.min(...waits)).toBeGreaterThanOrEqual(RETRY_AFTER_S * 1000 - 10);
			expect(sent).toBeGreaterThan(0);
		} finally {
			await sim.stop();
		}
	}, 150_000);
});
