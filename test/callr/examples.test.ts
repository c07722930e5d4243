/**
 * Every examples/callr-*.json (test/examples.test.ts checks them as workflows): the chain of CALLR nodes runs against
 * the simulator (after a Manual Trigger, or after a signed trigger event).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { IConnections, IDataObject, INode, INodeType } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { CallrTrigger } from '../../nodes/Callr/CallrTrigger.node';
import { callWebhook, runWorkflow, shutdownEngine, webhookLifecycle } from '../engine';
import { callrHarness } from './setup';

const h = callrHarness();
const { sim } = h;
const EXAMPLES = join(__dirname, '..', '..', 'examples');
const types: Record<string, INodeType> = {
	'n8n-nodes-telephony.callr': h.nodeTypes['n8n-nodes-telephony.callr'],
	'n8n-nodes-telephony.callrTrigger': new CallrTrigger(),
};

interface Workflow {
	name: string;
	nodes: INode[];
	connections: IConnections;
	settings: IDataObject;
}
const examples = readdirSync(EXAMPLES)
	.filter((f) => /^callr-.*\.json$/.test(f))
	.map((file) => ({ file, workflow: JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')) as Workflow }));

/** This package's nodes reachable from `start`, in order, with the connections between them. */
function callrChain(workflow: Workflow, start: string) {
	const nodes: INode[] = [];
	const connections: IConnections = {};
	let current = start;
	for (;;) {
		const next = workflow.connections[current]?.main?.[0]?.[0]?.node;
		const node = workflow.nodes.find((n) => n.name === next);
		if (!node || !(node.type in types)) break;
		connections[current] = { main: [[{ node: node.name, type: NodeConnectionTypes.Main, index: 0 }]] };
		nodes.push(node);
		current = node.name;
	}
	return { nodes, connections };
}

beforeAll(() => h.start());
afterAll(async () => {
	await sim.stop();
	shutdownEngine();
});

it('has examples', () => {
	expect(examples.map((e) => e.file).sort()).toEqual([
		'callr-click-to-call.json',
		'callr-realtime-ivr-setup.json',
		'callr-send-sms.json',
		'callr-sms-auto-reply.json',
	]);
});

describe.each(examples)('$file', ({ workflow }) => {
	it('runs its CALLR chain against the simulator', async () => {
		const trigger = workflow.nodes[0];
		let input: IDataObject[] = [{}];
		let start = trigger.name;
		if (trigger.type === 'n8n-nodes-telephony.callrTrigger') {
			const life = webhookLifecycle(types[trigger.type], trigger, h.fixtures);
			await life.create();
			sim.receiveSms('+14155550100', '+33184800000', 'Hello');
			await sim.idle();
			const push = sim.pushes[sim.pushes.length - 1];
			const { result } = await callWebhook(types[trigger.type], trigger, h.fixtures, {
				workflow: life.workflow,
				rawBody: push.rawBody,
				headers: push.headers,
			});
			input = result.workflowData![0].map((item) => item.json);
			await life.delete();
			// what the core If node between the trigger and the reply checks
			expect(input[0].event).toBe('sms.received');
			start = workflow.connections[trigger.name].main[0]![0].node;
		} else {
			expect(trigger.type).toBe('n8n-nodes-base.manualTrigger');
		}
		const { nodes, connections } = callrChain(workflow, start);
		expect(nodes.length).toBeGreaterThan(0);
		const first = nodes[0].name;
		const mark = sim.log.length;
		const result = await runWorkflow({
			nodeTypes: types,
			...h.fixtures,
			nodes,
			connections: {
				...connections,
				'Manual Trigger': { main: [[{ node: first, type: NodeConnectionTypes.Main, index: 0 }]] },
			},
			input,
		});
		expect(result.error).toBeUndefined();
		expect(result.executionOrder).toEqual(['Manual Trigger', ...nodes.map((n) => n.name)]);
		for (const node of nodes) expect(result.output(node.name).length).toBeGreaterThan(0);
		expect(h.rpcSince(mark).length).toBeGreaterThanOrEqual(nodes.length);
	});
});
