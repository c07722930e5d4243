/**
 * Every examples/ytel-*.json (test/examples.test.ts checks them as workflows): the chain of Ytel nodes after the
 * start runs against the simulator through the real engine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { IConnections, IDataObject, INode } from 'n8n-workflow';

import { YtelTrigger } from '../../nodes/Ytel/YtelTrigger.node';
import { chainConnections, poller, runWorkflow } from '../engine';
import { nodeTypes, ytelHarness } from './harness';

const { sim, fixtures } = ytelHarness();

interface Example {
	name: string;
	nodes: INode[];
	connections: IConnections;
	settings: IDataObject;
}

const DIR = join(__dirname, '..', '..', 'examples');
const examples = readdirSync(DIR)
	.filter((f) => /^ytel-.*\.json$/.test(f))
	.map((file) => ({ file, workflow: JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Example }));

/** The example's nodes from its first node on, following the first connection of each. */
function chain(workflow: Example): INode[] {
	const out: INode[] = [];
	let node: INode | undefined = workflow.nodes[0];
	while (node) {
		out.push(node);
		const next: string | undefined = workflow.connections[node.name]?.main?.[0]?.[0]?.node;
		node = workflow.nodes.find((n) => n.name === next);
	}
	return out;
}

/** The fields a Set node (v3.4) adds, as the input its successors see. */
function setOutput(node: INode): IDataObject {
	const list = ((node.parameters.assignments as IDataObject).assignments ?? []) as Array<{ name: string; value: unknown }>;
	return Object.fromEntries(list.map((a) => [a.name, a.value])) as IDataObject;
}

/** The example's Ytel nodes connected one after the other, as runWorkflow runs them after its Manual Trigger. */
function ytelChain(nodes: INode[]): { nodes: INode[]; connections: IConnections } {
	const ours = nodes.filter((n) => n.type in nodeTypes);
	return { nodes: ours, connections: chainConnections(ours.map((n) => n.name)) };
}

describe('Ytel examples', () => {
	it('exist', () => {
		expect(examples.map((e) => e.file).sort()).toEqual([
			'ytel-poll-calls-text-back.json',
			'ytel-send-sms-and-check-status.json',
			'ytel-sms-auto-reply.json',
			'ytel-welcome-new-contact.json',
		]);
	});

	it('runs "send an SMS and read its status"', async () => {
		const { workflow } = examples.find((e) => e.file === 'ytel-send-sms-and-check-status.json')!;
		const { run, output } = await runWorkflow({ nodeTypes, ...fixtures, ...ytelChain(chain(workflow)) });
		expect(run.status).toBe('success');
		const sent = output('Send SMS')[0];
		expect(output('Get Message')[0]).toMatchObject({ smsSid: sent.messageSid, to: '+19492221234', metaData: { orderId: '42' } });
	});

	it('runs "create a contact and text them a welcome" with the Set node’s fields', async () => {
		const { workflow } = examples.find((e) => e.file === 'ytel-welcome-new-contact.json')!;
		const nodes = chain(workflow);
		const input = [setOutput(nodes.find((n) => n.type === 'n8n-nodes-base.set')!)];
		const { run, output } = await runWorkflow({ nodeTypes, ...fixtures, ...ytelChain(nodes), input });
		expect(run.status).toBe('success');
		expect(output('Welcome SMS')[0]).toMatchObject({ to: '+19495550142', text: 'Welcome aboard, Grace!' });
	});

	it('runs the auto-reply on what the trigger emits for an inbound SMS', async () => {
		const { workflow } = examples.find((e) => e.file === 'ytel-sms-auto-reply.json')!;
		const reply = workflow.nodes.find((n) => n.name === 'Reply')!;
		const before = sim.messages.length;
		const { run } = await runWorkflow({
			nodeTypes,
			...fixtures,
			nodes: [reply],
			input: [{ event: 'sms.received', From: '+19495550100', To: '+14155550100', Body: 'Open today?' }],
		});
		expect(run.status).toBe('success');
		expect(sim.messages.slice(before).map((m) => [m.from, m.to, m.body])).toEqual([
			['+14155550100', '+19495550100', 'Thanks, we got your message: Open today?'],
		]);
	});

	it('runs the text-back on what the polling trigger emits for a new call', async () => {
		const { workflow } = examples.find((e) => e.file === 'ytel-poll-calls-text-back.json')!;
		const [trigger, textBack] = chain(workflow);
		const p = poller(new YtelTrigger(), trigger, fixtures);
		expect(await p.poll()).toBeNull();
		sim.receiveCall('+19495550177', '+14155550101');
		const polled = (await p.poll())![0].map((i) => i.json);
		expect(polled).toMatchObject([{ event: 'call.received', from: '+19495550177', to: '+14155550101' }]);
		const before = sim.messages.length;
		const { run } = await runWorkflow({ nodeTypes, ...fixtures, nodes: [textBack], input: polled });
		expect(run.status).toBe('success');
		expect(sim.messages.slice(before).map((m) => [m.from, m.to, m.direction])).toEqual([['+14155550101', '+19495550177', 'outbound']]);
	});
});
