/**
 * Ytel (per-item API: one request per SMS), against the simulator with 50 ms latency, which answers 429 beyond
 * Ytel's documented 150 requests per second: scenario 2, Message → Send SMS for 1,000 items (200 with --quick) at
 * the node's default concurrency, with the ratio to the Twilio node on the same N (target ≥ 8×) and the busiest
 * second against the limit; and one at a time for comparison, over 200 items (20 with --quick), projected to the
 * same N since its time grows linearly.
 * Run on its own: npx ts-node --transpile-only bench/ytel.ts [--quick]
 */
import type { IDataObject, INodeType } from 'n8n-workflow';

import { YtelApi } from '../credentials/YtelApi.credentials';
import { sendConcurrency } from '../nodes/Ytel/actions/common.descriptions';
import { REQUESTS_PER_SECOND } from '../nodes/Ytel/transport';
import { YtelSimulator } from '../simulators/ytel';
import { packageNode, PACKAGE } from '../test/engine';
import type { Figure, Suite } from './harness';
import { loadPackageNode, measure, perItemSendFigure, projectedFigure, runNode, runStandalone, withSimulator } from './harness';

const SUBJECT = 'Ytel';
const SMS_PATH = '/v4/sms/';

async function send(sim: YtelSimulator, node: INodeType, items: number, concurrency?: number) {
	const mark = sim.log.length;
	const m = await measure(sim, async () => {
		const parameters: IDataObject = {
			resource: 'message',
			operation: 'sendSms',
			sendFrom: 'phoneNumber',
			from: '+14155550100',
			sendTo: 'phoneNumber',
			to: '={{ $json.to }}',
			content: 'text',
			text: '=Your code is {{ $json.n }}',
			options: concurrency === undefined ? {} : { concurrency },
		};
		const { output } = await runNode({
			nodeTypes: { [`${PACKAGE}.ytel`]: node },
			credentialTypes: { ytelApi: new YtelApi() },
			credentials: {
				ytelApi: { authMethod: 'password', email: sim.email, password: sim.password, sessionToken: '', baseUrl: sim.baseUrl },
			},
			node: packageNode('ytel', parameters, 'ytelApi'),
			input: Array.from({ length: items }, (_, i) => ({ to: `+1949555${String(1000 + i)}`, n: i })),
		});
		return output('ytel').filter((i) => i.messageSid).length;
	});
	const sends = sim.log.slice(mark).filter((r) => r.path === SMS_PATH);
	const throttled = sends.filter((r) => r.status === 429).length;
	// every SMS sent once, plus the sends Ytel refused with a 429 and the node sent again
	if (m.value !== items || sends.length !== items + throttled)
		throw new Error(`Ytel send: ${m.value} of ${items} sent in ${sends.length} requests (${throttled} refused)`);
	return { m, throttled };
}

export const suite: Suite = {
	name: 'ytel',
	async run({ quick }, context) {
		const items = quick ? 200 : 1000;
		const node = loadPackageNode<INodeType>('nodes/Ytel/Ytel.node.ts', 'Ytel');
		return await withSimulator(new YtelSimulator(), async (sim) => {
			sim.progressionMs = 3_600_000; // no delivery callbacks during the run
			await send(sim, node, quick ? 30 : 200); // warm-up: n8n runs for long, so its code is compiled (JIT) when it matters
			// the busiest second of the warm-up must not weigh on the measured run
			await new Promise((r) => setTimeout(r, 1000));
			const figures: Figure[] = [];
			const { m, throttled } = await send(sim, node, items);
			figures.push({
				...perItemSendFigure(SUBJECT, `send sms, default concurrency ${String(sendConcurrency.default)}`, m, items, context, REQUESTS_PER_SECOND),
				note: `${throttled} request(s) answered 429 and sent again; requests include the login`,
			});
			const serial = quick ? 20 : 200;
			const one = await send(sim, node, serial, 1);
			figures.push(projectedFigure(SUBJECT, 'send sms, one at a time', one.m, serial, items, context));
			return figures;
		});
	},
};

runStandalone(module, suite);
