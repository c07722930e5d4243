/**
 * Every examples/ictcore-*.json (test/examples.test.ts checks them as workflows): the chain of ICTCore nodes of each
 * example runs against the simulator through the real engine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { IConnections, IDataObject, INode } from 'n8n-workflow';

import { chainConnections, runWorkflow, shutdownEngine } from '../engine';
import { credentials, nodeTypes, sim } from './helpers';

beforeAll(async () => {
	await sim.start();
});
afterAll(async () => {
	await sim.stop();
	shutdownEngine();
});

interface Example {
	name: string;
	nodes: INode[];
	connections: IConnections;
	settings: IDataObject;
}

const DIR = join(__dirname, '..', '..', 'examples');
const examples = readdirSync(DIR)
	.filter((f) => /^ictcore-.*\.json$/.test(f))
	.map((file) => ({ file, workflow: JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Example }));
const example = (file: string) => examples.find((e) => e.file === file)!.workflow;

/** The example's ICTCore action nodes, connected one after the other behind runWorkflow's Manual Trigger. */
function ictCoreChain(workflow: Example): { nodes: INode[]; connections: IConnections } {
	const ours = workflow.nodes.filter((n) => n.type === 'n8n-nodes-telephony.ictCore');
	return { nodes: ours, connections: chainConnections(ours.map((n) => n.name)) };
}

describe('ICTCore examples', () => {
	it('exist', () => {
		expect(examples.map((e) => e.file).sort()).toEqual([
			'ictcore-inbound-sms-auto-reply.json',
			'ictcore-send-sms-and-wait.json',
			'ictcore-sms-campaign.json',
		]);
	});

	it('runs "send an SMS, wait until it is finished and read the delivery report" with the Set node fields', async () => {
		const workflow = example('ictcore-send-sms-and-wait.json');
		const set = workflow.nodes.find((n) => n.type === 'n8n-nodes-base.set')!;
		const input: IDataObject[] = [
			Object.fromEntries(
				((set.parameters.assignments as IDataObject).assignments as Array<{ name: string; value: string }>).map((a) => [
					a.name,
					a.value,
				]),
			),
		];
		const send = workflow.nodes.find((n) => n.name === 'Send SMS')!;
		// the example polls every second; the test only shortens that
		const fast = {
			...send,
			parameters: { ...send.parameters, options: { ...(send.parameters.options as IDataObject), pollInterval: 0.1 } },
		};
		const chain = ictCoreChain({ ...workflow, nodes: workflow.nodes.map((n) => (n === send ? fast : n)) });
		const { run, output } = await runWorkflow({ nodeTypes, ...credentials('basic'), ...chain, input });
		expect(run.status).toBe('success');
		expect(output('Send SMS')[0]).toMatchObject({ status: 'completed', finished: true, dlrCode: '1' });
		expect(output('Delivery Report')).toMatchObject([{ name: 'sms_send', data: '1' }]);
		expect(sim.find('contacts', 'contact_id', output('Send SMS')[0].contact_id)).toMatchObject({
			first_name: 'Grace',
			phone: '+14155550123',
		});
	});

	it('runs the auto-reply on what the trigger emits for an inbound SMS', async () => {
		const reply = example('ictcore-inbound-sms-auto-reply.json').nodes.find((n) => n.name === 'Reply')!;
		const inbound = sim.receive({ service: 'sms', from: '+14155550166', text: 'Open today?' });
		const { run } = await runWorkflow({
			nodeTypes,
			...credentials('basic'),
			nodes: [reply],
			input: [
				{
					event: 'sms.received',
					transmission_id: inbound.transmission_id as number,
					contact_phone: '+14155550166',
					account_id: 1,
					message: 'Open today?',
				},
			],
		});
		expect(run.status).toBe('success');
		const text = sim.requests({ method: 'POST', path: '/api/messages/texts' }).at(-1)?.body as IDataObject;
		expect(text.data).toBe('Thanks, we got your message: Open today?');
		expect(sim.requests({ method: 'POST', path: '/api/transmissions' }).at(-1)?.body).toMatchObject({
			contact_id: inbound.contact_id,
			account_id: 1,
		});
	});

	it('runs "build a group and start an SMS campaign"', async () => {
		const { run, output } = await runWorkflow({
			nodeTypes,
			...credentials('basic'),
			...ictCoreChain(example('ictcore-sms-campaign.json')),
		});
		expect(run.status).toBe('success');
		const groupId = output('Create Group')[0].group_id;
		expect(output('Start Campaign')[0]).toMatchObject({ status: 'running', group_id: groupId, cpm: 30 });
		expect(
			sim.tables.transmissions.filter((t) => t.campaign_id === output('Start Campaign')[0].campaign_id),
		).toHaveLength(1);
	});
});
