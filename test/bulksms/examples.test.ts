/**
 * Every examples/bulksms-*.json (test/examples.test.ts checks them as workflows): the chain of this package's nodes
 * runs against the simulator with what the example feeds it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { IConnections, IDataObject, INode, INodeType } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { BulkSms } from '../../nodes/BulkSms/BulkSms.node';
import { BulkSmsTrigger } from '../../nodes/BulkSms/BulkSmsTrigger.node';
import { BulkSmsSimulator } from '../../simulators/bulksms';
import { callWebhook, PACKAGE, runWorkflow, shutdownEngine, webhookLifecycle } from '../engine';
import type { Fixtures } from './setup';
import { nodeTypes, startBulkSms } from './setup';

interface Example {
	name: string;
	nodes: INode[];
	connections: IConnections;
	settings: IDataObject;
}

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const examples = readdirSync(EXAMPLES)
	.filter((f) => /^bulksms-.*\.json$/.test(f))
	.map((file) => ({ file, workflow: JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')) as Example }));

const ours: Record<string, INodeType> = {
	[`${PACKAGE}.bulkSms`]: new BulkSms(),
	[`${PACKAGE}.bulkSmsTrigger`]: new BulkSmsTrigger(),
};
const sim = new BulkSmsSimulator();
let fixtures: Fixtures;

beforeAll(async () => {
	fixtures = await startBulkSms(sim);
});
afterAll(async () => {
	await sim.stop();
	shutdownEngine();
});

const byName = (example: Example, name: string) => example.nodes.find((n) => n.name === name)!;
const get = (file: string) => examples.find((e) => e.file === file)!.workflow;

/** Runs the named nodes of an example (connected as in the example) after a Manual Trigger feeding `input`. */
function runChain(example: Example, names: string[], input: IDataObject[]) {
	const connections: IConnections = {
		'Manual Trigger': { main: [[{ node: names[0], type: NodeConnectionTypes.Main, index: 0 }]] },
	};
	for (const name of names) {
		const next = example.connections[name]?.main?.[0]?.filter((c) => names.includes(c.node));
		if (next?.length) connections[name] = { main: [next] };
	}
	return runWorkflow({ nodeTypes, ...fixtures, nodes: names.map((n) => byName(example, n)), connections, input });
}

describe('examples/bulksms-*.json', () => {
	it('finds the examples', () => {
		expect(examples.map((e) => e.file).sort()).toEqual([
			'bulksms-auto-reply.json',
			'bulksms-failed-delivery-alert.json',
			'bulksms-send-from-list.json',
		]);
	});

	it('send-from-list: sends one SMS per row in one request, then reads the credits once', async () => {
		const example = get('bulksms-send-from-list.json');
		const code = byName(example, 'Customer List').parameters.jsCode as string;
		const rows = (new Function(code)() as Array<{ json: IDataObject }>).map((row) => row.json);
		const before = sim.requests({ method: 'POST', path: '/v1/messages' }).length;
		const { run, output } = await runChain(example, ['Send Shipping Notice', 'Credits Left'], rows);
		expect(run.status).toBe('success');
		const [request] = sim.requests({ method: 'POST', path: '/v1/messages' }).slice(before);
		expect(request.query['auto-unicode']).toBe('true');
		expect((request.body as IDataObject[]).map((e) => [e.to, e.userSuppliedId, e.from])).toEqual([
			[['+27001234567'], 'A-1001', { type: 'REPLIABLE' }],
			[['+27002345678'], 'A-1002', { type: 'REPLIABLE' }],
			[['+27003456789'], 'A-1003', { type: 'REPLIABLE' }],
		]);
		expect(output('Send Shipping Notice').map((m) => m.body)).toEqual([
			'Hi Ann, your order A-1001 has shipped. Reply to this SMS with any question.',
			'Hi Bongani, your order A-1002 has shipped. Reply to this SMS with any question.',
			'Hi Chloé, your order A-1003 has shipped. Reply to this SMS with any question.',
		]);
		expect(output('Credits Left')).toEqual([
			expect.objectContaining({ credits: expect.objectContaining({ balance: sim.credits }) }),
		]);
	});

	it('auto-reply: what the trigger emits for an inbound SMS makes the Reply node answer the sender', async () => {
		const example = get('bulksms-auto-reply.json');
		const trigger = byName(example, 'BulkSMS Trigger');
		const life = webhookLifecycle(ours[trigger.type], trigger, fixtures);
		const secret = 'example-secret';
		life.workflow.staticData[`node:${trigger.name}`] = { secret };
		const inbound = sim.view(sim.receive({ from: '+27005551234', body: 'Where is my parcel?' }));
		const { result } = await callWebhook(ours[trigger.type], trigger, fixtures, {
			workflow: life.workflow,
			body: [inbound],
			query: { secret },
		});
		const emitted = result.workflowData![0].map((i) => i.json);
		expect(emitted).toEqual([{ event: 'sms.received', ...inbound }]);
		const { output } = await runChain(example, ['Reply'], emitted);
		expect(output('Reply')).toEqual([
			expect.objectContaining({
				to: '27005551234',
				body: 'Thanks, we received "Where is my parcel?" and will get back to you within a day.',
			}),
		]);
	});

	it('failed-delivery-alert: a FAILED status update from the trigger alerts the on-call number', async () => {
		const example = get('bulksms-failed-delivery-alert.json');
		const trigger = byName(example, 'BulkSMS Trigger');
		const life = webhookLifecycle(ours[trigger.type], trigger, fixtures);
		life.workflow.staticData[`node:${trigger.name}`] = { secret: 'alert-secret' };
		const failing = (
			await runChain(
				get('bulksms-send-from-list.json'),
				['Send Shipping Notice'],
				[{ phone: '+1111111', name: 'Test', order: 'T-1' }],
			)
		).output('Send Shipping Notice');
		sim.advanceStatuses((m) => m.id === failing[0].id);
		sim.advanceStatuses((m) => m.id === failing[0].id);
		const update = sim.view(sim.messages.find((m) => m.id === failing[0].id)!);
		const { result } = await callWebhook(ours[trigger.type], trigger, fixtures, {
			workflow: life.workflow,
			body: [update],
			query: { secret: 'alert-secret' },
		});
		// what the "Failed?" IF node lets through
		const failed = result
			.workflowData![0].map((i) => i.json)
			.filter((m) => (m.status as IDataObject).type === 'FAILED');
		expect(failed).toHaveLength(1);
		const { output } = await runChain(example, ['Alert On-Call'], failed);
		expect(output('Alert On-Call')).toEqual([
			expect.objectContaining({
				to: '27009990000',
				body: `SMS ${String(failing[0].id)} to 1111111 failed: FAILED.NOT_SENT`,
			}),
		]);
	});
});
