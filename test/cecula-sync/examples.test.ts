/**
 * Every examples/cecula-sync-*.json (test/examples.test.ts checks them as workflows): its Cecula Sync nodes run
 * against the simulator, fed as the example feeds them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { IConnections, IDataObject, INode, INodeType } from 'n8n-workflow';

import type { CeculaSyncSimulator } from '../../simulators/cecula-sync';
import { callWebhook, chainConnections, poller, runWorkflow, shutdownEngine } from '../engine';
import type { Fixtures } from './setup';
import { nodeTypes, startSimulator } from './setup';

interface Example {
	name: string;
	nodes: INode[];
	connections: IConnections;
	settings: IDataObject;
}

const dir = join(__dirname, '..', '..', 'examples');
const examples = readdirSync(dir)
	.filter((f) => /^cecula-sync-.*\.json$/.test(f))
	.map((file) => ({ file, workflow: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Example }));

const ours = (node: INode) => node.type in nodeTypes;
const typeOf = (node: INode) => nodeTypes[node.type as keyof typeof nodeTypes] as INodeType;

/** Our nodes reachable from `start`, in the order the workflow runs them. */
function packageChain(workflow: Example, start: string): INode[] {
	const byName = new Map(workflow.nodes.map((n) => [n.name, n]));
	const order: INode[] = [];
	const queue = [start];
	const seen = new Set<string>();
	while (queue.length) {
		const name = queue.shift()!;
		if (seen.has(name)) continue;
		seen.add(name);
		const node = byName.get(name)!;
		if (name !== start && ours(node)) order.push(node);
		for (const output of workflow.connections[name]?.main ?? []) for (const c of output ?? []) queue.push(c.node);
	}
	return order;
}

let sim: CeculaSyncSimulator;
let fixtures: Fixtures;
beforeAll(async () => {
	({ sim, fixtures } = await startSimulator());
});
afterAll(async () => {
	await sim.stop();
	shutdownEngine();
});

/** Runs the example's package nodes one after the other, fed with `input`. */
async function runChain(nodes: INode[], input: IDataObject[]) {
	const connections = chainConnections(nodes.map((n) => n.name));
	const result = await runWorkflow({ nodeTypes, ...fixtures, nodes, connections, input });
	expect(result.error).toBeUndefined();
	expect(result.run.status).toBe('success');
	for (const node of nodes) expect(result.output(node.name).length).toBeGreaterThan(0);
	return result;
}

describe.each(examples)('example $file', ({ workflow }) => {
	it('runs its Cecula Sync nodes against the simulator', async () => {
		const [first] = workflow.nodes;
		const chain = packageChain(workflow, first.name);
		expect(chain.length).toBeGreaterThan(0);
		const mark = sim.log.length;
		if (first.type === 'n8n-nodes-base.manualTrigger') {
			const set = workflow.nodes.find((n) => n.type === 'n8n-nodes-base.set');
			const assignments = (
				set?.parameters.assignments as { assignments: Array<{ name: string; value: unknown }> } | undefined
			)?.assignments;
			await runChain(chain, [
				assignments ? (Object.fromEntries(assignments.map((a) => [a.name, a.value])) as IDataObject) : {},
			]);
		} else if (first.parameters.mode === 'webhook') {
			const inboundCall = {
				originator: '08183172770',
				receiver: sim.number,
				callDuration: '0',
				callTime: '2020/02/02 01:08',
			};
			const { result } = await callWebhook(typeOf(first), first, fixtures, { body: inboundCall });
			await runChain(
				chain,
				result.workflowData![0].map((i) => i.json),
			);
		} else {
			sim.receiveSms('08183172770', 'STOP');
			const items = await poller(typeOf(first), first, fixtures).poll();
			await runChain(
				chain,
				items![0].map((i) => i.json),
			);
		}
		expect(sim.log.slice(mark).every((r) => r.status === 200)).toBe(true);
	});
});
