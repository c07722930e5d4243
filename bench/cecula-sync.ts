/**
 * Cecula Sync Send SMS for 1,000 items (100 with --quick) against the simulator with 50 ms latency per request, at
 * the default options: once with one text for all (items share requests), once with a text per item (one request
 * each, a few at a time). Extra rows beside the scenarios. Run on its own:
 * npx ts-node --transpile-only bench/cecula-sync.ts [--quick]
 */
import type { IDataObject, INodeType } from 'n8n-workflow';

import { CeculaSyncApi } from '../credentials/CeculaSyncApi.credentials';
import { CeculaSyncSimulator } from '../simulators/cecula-sync';
import { packageNode, PACKAGE } from '../test/engine';
import type { Figure, Suite } from './harness';
import { figureOf, loadPackageNode, measure, people, ratioToPeer, runNode, runStandalone, withSimulator } from './harness';

export const suite: Suite = {
	name: 'cecula-sync',
	async run({ quick }, context) {
		const items = quick ? 100 : 1000;
		const node = loadPackageNode<INodeType>('nodes/CeculaSync/CeculaSync.node.ts', 'CeculaSync');
		return await withSimulator(new CeculaSyncSimulator(), async (sim) => {
			sim.balance = 1e9;
			const run = async (count: number, parameters: IDataObject) =>
				await measure(sim, async () => {
					const { output } = await runNode({
						nodeTypes: { [`${PACKAGE}.ceculaSync`]: node },
						credentialTypes: { ceculaSyncApi: new CeculaSyncApi() },
						credentials: { ceculaSyncApi: { apiKey: sim.apiKey, baseUrl: `${sim.baseUrl}/sync/api` } },
						node: packageNode(
							'ceculaSync',
							{ resource: 'sms', operation: 'send', recipients: '={{ $json.phone }}', ...parameters },
							'ceculaSyncApi',
						),
						input: people(count, '+234805'),
					});
					return output('ceculaSync').filter((i) => i.trackingId).length;
				});
			await run(quick ? 30 : 200, { text: '=warm-up {{ $json.n }}' }); // warm-up
			const figures: Figure[] = [];
			for (const [label, parameters] of [
				['send sms, same text, shared requests', { text: 'Your code is ready' }],
				['send sms, own text per item', { text: '=Your number is {{ $json.n }}' }],
			] as Array<[string, IDataObject]>) {
				const m = await run(items, parameters);
				if (m.value !== items) throw new Error(`Cecula Sync ${label}: ${m.value} of ${items} sent`);
				figures.push({
					scenario: 0,
					subject: 'Cecula Sync',
					label,
					...figureOf(m, items),
					ratio: ratioToPeer(context, items, m.wallMs),
				});
			}
			return figures;
		});
	},
};

runStandalone(module, suite);
