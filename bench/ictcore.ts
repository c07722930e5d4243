/**
 * ICTCore (SMS → Send in one step: text, program, transmission and send, 4 requests per SMS), against the simulator
 * with 50 ms latency per request: 200 SMS (40 with --quick) at the node's default concurrency, and one at a time for
 * comparison, over 25 SMS (5 with --quick), projected to the same N since its time grows linearly. Extra rows beside
 * the issue's scenarios, with the ratio to the Twilio node on the same N.
 * Run on its own: npx ts-node --transpile-only bench/ictcore.ts [--quick]
 */
import type { IDataObject, INodeType } from 'n8n-workflow';

import { IctCoreRestApi } from '../credentials/IctCoreRestApi.credentials';
import { DEFAULT_CONCURRENCY } from '../nodes/IctCore/helpers/send';
import { IctCoreSimulator } from '../simulators/ictcore';
import { packageNode, PACKAGE } from '../test/engine';
import type { Figure, Suite } from './harness';
import { figureOf, loadPackageNode, measure, projectedFigure, ratioToPeer, runNode, runStandalone, withSimulator } from './harness';

const SUBJECT = 'ICTCore';
/** Requests per one-step SMS: the text, the program, the transmission, the send. */
const REQUESTS_PER_SMS = 4;

async function send(sim: IctCoreSimulator, node: INodeType, items: number, concurrency?: number) {
	const m = await measure(sim, async () => {
		const parameters: IDataObject = {
			resource: 'sms',
			operation: 'send',
			to: '={{ $json.to }}',
			message: '=Your code is {{ $json.n }}',
			options: concurrency === undefined ? {} : { concurrency },
		};
		const { output } = await runNode({
			nodeTypes: { [`${PACKAGE}.ictCore`]: node },
			credentialTypes: { ictCoreRestApi: new IctCoreRestApi() },
			credentials: {
				ictCoreRestApi: {
					baseUrl: `${sim.baseUrl}/api`,
					authMode: 'basic',
					username: 'admin',
					password: 'helloAdmin',
					ignoreSslIssues: false,
					authToken: '',
				},
			},
			node: packageNode('ictCore', parameters, 'ictCoreRestApi'),
			input: Array.from({ length: items }, (_, i) => ({ to: `+1415555${String(1000 + i)}`, n: i })),
		});
		return output('ictCore').filter((i) => i.spool_id).length;
	});
	if (m.value !== items || m.requests !== items * REQUESTS_PER_SMS)
		throw new Error(`ICTCore send: ${m.value} of ${items} sent in ${m.requests} requests`);
	return m;
}

export const suite: Suite = {
	name: 'ictcore',
	async run({ quick }, context) {
		const items = quick ? 40 : 200;
		const node = loadPackageNode<INodeType>('nodes/IctCore/IctCore.node.ts', 'IctCore');
		return await withSimulator(new IctCoreSimulator(), async (sim) => {
			await send(sim, node, quick ? 8 : 50); // warm-up: n8n runs for long, so its code is compiled (JIT) when it matters
			const figures: Figure[] = [];
			const m = await send(sim, node, items);
			figures.push({
				scenario: 0,
				subject: SUBJECT,
				label: `sms send (one step, ${REQUESTS_PER_SMS} requests each), default concurrency ${DEFAULT_CONCURRENCY}`,
				...figureOf(m, items),
				expectedRequests: items * REQUESTS_PER_SMS,
				ratio: ratioToPeer(context, items, m.wallMs),
			});
			const serial = quick ? 5 : 25;
			const one = await send(sim, node, serial, 1);
			figures.push(
				projectedFigure(SUBJECT, `sms send (one step, ${REQUESTS_PER_SMS} requests each), one at a time`, one, serial, items, context, REQUESTS_PER_SMS),
			);
			return figures;
		});
	},
};

runStandalone(module, suite);
