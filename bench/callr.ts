/**
 * CALLR (per-item API: one JSON-RPC call per SMS, no batch send), against the simulator with 50 ms latency:
 * scenario 2, SMS → Send for 1,000 items (300 with --quick) at the node's default concurrency, with the ratio to the
 * Twilio node on the same N (target ≥ 8×) and the achieved request rate (CALLR documents no rate limit); and one at
 * a time for comparison, over 200 items (20 with --quick), projected to the same N since its time grows linearly.
 * Run on its own: npx ts-node --transpile-only bench/callr.ts [--quick]
 */
import type { IDataObject, INodeType } from 'n8n-workflow';

import { CallrApi } from '../credentials/CallrApi.credentials';
import { DEFAULT_CONCURRENCY } from '../nodes/Callr/actions/router';
import { CallrSimulator, RPC_PATH } from '../simulators/callr';
import { packageNode, PACKAGE } from '../test/engine';
import type { Figure, Suite } from './harness';
import { loadPackageNode, measure, people, perItemSendFigure, projectedFigure, runNode, runStandalone, withSimulator } from './harness';

const SUBJECT = 'CALLR';

async function send(sim: CallrSimulator, node: INodeType, items: number, concurrency?: number) {
	const m = await measure(sim, async () => {
		const parameters: IDataObject = {
			resource: 'sms',
			operation: 'send',
			to: '={{ $json.phone }}',
			from: '',
			message: '=Hello {{ $json.name }}',
			...(concurrency === undefined ? {} : { options: { concurrency } }),
		};
		const { output } = await runNode({
			nodeTypes: { [`${PACKAGE}.callr`]: node },
			credentialTypes: { callrApi: new CallrApi() },
			credentials: {
				callrApi: { authentication: 'apiKey', apiKey: sim.apiKey, loginAsType: 'none', apiUrl: `${sim.baseUrl}${RPC_PATH}` },
			},
			node: packageNode('callr', parameters, 'callrApi'),
			input: people(items, '+3361'),
		});
		return output('callr').filter((m) => m.hash).length;
	});
	if (m.value !== items || m.requests !== items) throw new Error(`CALLR send: ${m.value} of ${items} in ${m.requests} requests`);
	return m;
}

export const suite: Suite = {
	name: 'callr',
	async run({ quick }, context) {
		const items = quick ? 300 : 1000;
		const node = loadPackageNode<INodeType>('nodes/Callr/Callr.node.ts', 'Callr');
		return await withSimulator(new CallrSimulator(), async (sim) => {
			sim.smsStatusStepMs = 3_600_000; // no status changes (and no webhook pushes) during the run
			await send(sim, node, quick ? 50 : 200); // warm-up: n8n runs for long, so its code is compiled (JIT) when it matters
			const figures: Figure[] = [];
			const m = await send(sim, node, items);
			figures.push(perItemSendFigure(SUBJECT, `sms send, default concurrency ${DEFAULT_CONCURRENCY}`, m, items, context));
			const serial = quick ? 20 : 200;
			const one = await send(sim, node, serial, 1);
			figures.push(projectedFigure(SUBJECT, 'sms send, one at a time', one, serial, items, context));
			return figures;
		});
	},
};

runStandalone(module, suite);
