/**
 * CALLR (per-item API: one JSON-RPC call per SMS, no batch send), against the simulator with 50 ms latency:
 * scenario 2, SMS → Send for 1,000 items at the node's default concurrency, with the ratio to the Twilio node on
 * the same N (target ≥ 8×) and the achieved request rate (CALLR documents no rate limit); and one at a time for
 * comparison, over 200 items (50 with --quick), projected to 1,000 since its time grows linearly.
 * Run on its own: npx ts-node --transpile-only bench/callr.ts [--quick]
 */
import type { IDataObject, INodeType } from 'n8n-workflow';

import { CallrApi } from '../credentials/CallrApi.credentials';
import { DEFAULT_CONCURRENCY } from '../nodes/Callr/actions/router';
import { CallrSimulator, RPC_PATH } from '../simulators/callr';
import { packageNode, PACKAGE } from '../test/engine';
import type { Figure, Suite } from './harness';
import { loadPackageNode, measure, people, perItemSendFigure, ratioToPeer, runNode, runStandalone, withSimulator } from './harness';

const SUBJECT = 'CALLR';
const ITEMS = 1000;

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
		const node = loadPackageNode<INodeType>('nodes/Callr/Callr.node.ts', 'Callr');
		return await withSimulator(new CallrSimulator(), async (sim) => {
			sim.smsStatusStepMs = 3_600_000; // no status changes (and no webhook pushes) during the run
			await send(sim, node, 200); // warm-up: n8n runs for long, so its code is compiled (JIT) when it matters
			const figures: Figure[] = [];
			const m = await send(sim, node, ITEMS);
			figures.push(perItemSendFigure(SUBJECT, `sms send, default concurrency ${DEFAULT_CONCURRENCY}`, m, ITEMS, context));
			const serial = quick ? 50 : 200;
			const one = await send(sim, node, serial, 1);
			figures.push({
				scenario: 0,
				subject: SUBJECT,
				label: 'sms send, one at a time',
				items: ITEMS,
				requests: ITEMS,
				wallMs: (one.wallMs / serial) * ITEMS,
				projected: true,
				measuredItems: serial,
				ratio: ratioToPeer(context, serial, one.wallMs),
				note: `projected from ${serial} measured items`,
			});
			return figures;
		});
	},
};

runStandalone(module, suite);
