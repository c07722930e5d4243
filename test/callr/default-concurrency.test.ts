/**
 * CALLR has no batch send, so a bulk send is as fast as the requests it keeps in flight. With five (the first
 * default), sending could never be more than about 6× faster than one at a time, and ten measured 7.8× against the
 * 8× bar (bench/callr.ts, docs/PERFORMANCE.md).
 */
import type { INodeProperties } from 'n8n-workflow';

import { Callr } from '../../nodes/Callr/Callr.node';
import { shutdownEngine } from '../engine';
import { callrHarness } from './setup';

const h = callrHarness();
const { sim } = h;

beforeAll(() => h.start());
afterAll(async () => {
	await sim.stop();
	shutdownEngine();
});

it('keeps twenty SMS requests in flight by default, as the Concurrency option says', async () => {
	sim.latencyMs = 300;
	let maxInFlight = 0;
	const mark = sim.log.length;
	const watcher = setInterval(() => {
		const inFlight = sim.log.slice(mark).filter((r) => r.status === undefined).length;
		maxInFlight = Math.max(maxInFlight, inFlight);
	}, 5);
	try {
		const input = Array.from({ length: 45 }, (_, i) => ({ phone: `+3361${String(i).padStart(7, '0')}` }));
		const { run } = await h.run(
			{ resource: 'sms', operation: 'send', to: '={{ $json.phone }}', from: '', message: 'Hello' },
			input,
		);
		expect(run.status).toBe('success');
	} finally {
		clearInterval(watcher);
		sim.latencyMs = 0;
	}
	expect(sim.log.length - mark).toBe(45);
	expect(maxInFlight).toBe(20);

	const options = new Callr().description.properties.find(
		(p) => p.name === 'options' && p.displayOptions?.show?.resource?.includes('sms') && p.displayOptions.show.operation?.includes('send'),
	) as unknown as { options: INodeProperties[] };
	expect(options.options.find((o) => o.name === 'concurrency')?.default).toBe(20);
});
