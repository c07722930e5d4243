import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { HookContext } from 'n8n-core';
import type { IDataObject, IWebhookData } from 'n8n-workflow';

import { CeculaSyncTrigger } from '../../nodes/CeculaSync/CeculaSyncTrigger.node';
import { detectEventType } from '../../nodes/CeculaSync/helpers/events';
import type { CeculaSyncSimulator } from '../../simulators/cecula-sync';
import {
	callWebhook,
	makeAdditionalData,
	makeWorkflow,
	poller,
	shutdownEngine,
	triggerNode,
	webhookLifecycle,
} from '../engine';
import type { Fixtures } from './setup';
import { CREDENTIAL, runner, startSimulator } from './setup';

const SECRET = 'k3Y-5ecret_0123456789abcdefXYZ';
const ALL_EVENTS = ['inboundCall', 'inboundSms', 'outboundCallStatus', 'smsReport'];

let sim: CeculaSyncSimulator;
let fixtures: Fixtures;
const run = runner(() => fixtures);
const trigger = new CeculaSyncTrigger();

/** Stands in for the URL pasted into the dashboard: records what Cecula Sync posts, per path. */
const received: Array<{ path: string; body: unknown; contentType?: string }> = [];
const receiver = http.createServer((req, res) => {
	const chunks: Buffer[] = [];
	req.on('data', (c: Buffer) => chunks.push(c));
	req.on('end', () => {
		received.push({
			path: req.url ?? '',
			body: JSON.parse(Buffer.concat(chunks).toString()),
			contentType: req.headers['content-type'],
		});
		res.end();
	});
});
let receiverUrl: string;

beforeAll(async () => {
	({ sim, fixtures } = await startSimulator());
	await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
	receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
	Object.assign(sim.webhooks, {
		inboundSms: `${receiverUrl}/sms`,
		smsReport: `${receiverUrl}/report`,
		inboundCall: `${receiverUrl}/call`,
		outboundCall: `${receiverUrl}/outbound`,
	});
});
beforeEach(() => {
	received.length = 0;
	sim.clearFaults();
});
afterAll(async () => {
	await sim.stop();
	await new Promise((resolve) => receiver.close(resolve));
	shutdownEngine();
});

const webhookNode = (parameters: IDataObject = {}) =>
	triggerNode(
		'ceculaSyncTrigger',
		{ mode: 'webhook', webhookSecret: SECRET, events: ALL_EVENTS, ...parameters },
		CREDENTIAL,
		{
			name: 'Cecula Sync Trigger',
		},
	);

const post = (body: unknown, parameters: IDataObject = {}) =>
	callWebhook(trigger, webhookNode(parameters), fixtures, { body });

describe('webhook mode', () => {
	it('shows a URL that already ends in the secret', () => {
		const node = webhookNode();
		const workflow = makeWorkflow({ [node.type]: trigger }, [node]);
		const webhookDescription = trigger.description.webhooks![0];
		const ctx = new HookContext(workflow, node, makeAdditionalData(fixtures), 'trigger', 'activate', {
			webhookDescription,
			node: node.name,
			workflowId: workflow.id,
		} as unknown as IWebhookData);
		expect(ctx.getNodeWebhookUrl('default')).toBe(`http://127.0.0.1:5678/webhook/wh-1/${SECRET}`);
	});

	it('refuses to activate without a strong secret and registers nothing (the URL is pasted by hand)', async () => {
		const weak = webhookLifecycle(trigger, webhookNode({ webhookSecret: 'short' }), fixtures);
		await expect(weak.checkExists()).rejects.toThrow(
			'Webhook Secret: at least 24 letters, digits, - or _ are required',
		);
		const life = webhookLifecycle(trigger, webhookNode(), fixtures);
		const mark = sim.log.length;
		expect(await life.checkExists()).toBe(true);
		expect(await life.create()).toBe(true);
		expect(await life.delete()).toBe(true);
		expect(sim.log.length).toBe(mark);
	});

	it('answers 401 and starts nothing when the node has no usable secret or is polling', async () => {
		for (const parameters of [{ webhookSecret: '' }, { webhookSecret: 'too-short' }, { mode: 'polling' }]) {
			const { result, response } = await post(
				{ originator: '+2348183172770', message: 'hi', timeReceived: '2020/02/01 07:37' },
				parameters,
			);
			expect(result).toEqual({ noWebhookResponse: true });
			expect(response).toMatchObject({ statusCode: 401, body: 'Unauthorized', ended: true });
		}
	});

	it('turns the four formats Cecula Sync posts into events, keeping each payload as it came', async () => {
		sim.answeringReceivers.add('+2348183172770');
		sim.receiveSms('+2348183172770', 'One love');
		sim.receiveCall('08183172770');
		const sent = await run({ resource: 'sms', operation: 'send', recipients: '+2348183172770', text: 'Hello' });
		const called = await run({ resource: 'call', operation: 'sendMissedCall', receiver: '+2348183172770' });
		await sim.settled();
		const byPath = (path: string) => received.find((r) => r.path === path)!;
		const deliveries = ['/sms', '/call', '/report', '/outbound'].map(byPath);
		expect(deliveries.map((d) => d?.contentType)).toEqual(Array(4).fill('application/json'));

		const items: IDataObject[] = [];
		for (const { body } of deliveries) {
			const { result } = await post(body);
			items.push(...result.workflowData![0].map((i) => i.json));
		}
		const [sms, call, report, outbound] = deliveries.map((r) => r.body as IDataObject);
		expect(items).toEqual([
			{ event: 'sms.received', eventType: 'inboundSms', ...sms },
			{ event: 'call.received', eventType: 'inboundCall', ...call },
			{ event: 'sms.status', eventType: 'smsReport', ...report },
			{ event: 'call.status', eventType: 'outboundCallStatus', ...outbound },
		]);
		// the documented types: strings where the collection shows strings
		expect(sms).toEqual({
			originator: '+2348183172770',
			receiver: sim.number,
			message: 'One love',
			timeReceived: expect.stringMatching(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}$/),
		});
		expect(call).toMatchObject({ callDuration: '0' });
		expect(report).toMatchObject({
			messageId: sent.output('Cecula Sync')[0].trackingId,
			status: 'DELIVERED',
			originator: sim.number,
		});
		expect(outbound).toMatchObject({ callId: called.output('Cecula Sync')[0].trackingId, status: 'ANSWERED' });
		await run({ resource: 'sms', operation: 'getNewReceived' });
		await run({ resource: 'call', operation: 'getNewMissed' });
	});

	it('drops events that are not selected and payloads it does not know, answering 200 without an execution', async () => {
		const report = {
			messageId: '16276',
			originator: '08176470634',
			receiver: '2348183172770',
			status: 'FAILED',
			sendTime: '2020/02/01 07:37',
			doneTime: '2020/02/01 07:37',
		};
		expect((await post(report, { events: ['inboundSms'] })).result).toEqual({});
		expect((await post(report, { events: ['smsReport'] })).result.workflowData![0]).toHaveLength(1);
		expect((await post(report, { options: { reportStatuses: ['DELIVERED'] } })).result).toEqual({});
		expect(
			(await post({ ...report, status: 'failed' }, { options: { reportStatuses: ['FAILED'] } })).result
				.workflowData![0],
		).toHaveLength(1);
		const unknown = await post({ hello: 'world' });
		expect(unknown.result).toEqual({});
		expect(unknown.response.statusCode).toBeUndefined();
	});

	it('gives one item per element of an array body', async () => {
		const { result } = await post([
			{ originator: '08183172770', receiver: '08176470634', callDuration: '0', callTime: '2020/02/02 01:08' },
			{
				callId: '2020012445',
				originator: '08176470634',
				receiver: '+2348183172770',
				status: 'NOT ANSWERED',
				callTime: '2020/02/01 08:01',
			},
		]);
		expect(result.workflowData![0].map((i) => i.json.event)).toEqual(['call.received', 'call.status']);
	});

	it('classifies by the fields only one format has', () => {
		expect(detectEventType({ messageId: '1', status: 'DELIVERED' })).toBe('smsReport');
		expect(detectEventType({ callId: '1', status: 'ANSWERED' })).toBe('outboundCallStatus');
		expect(detectEventType({ callDuration: 0 })).toBe('inboundCall');
		expect(detectEventType({ text: 'x', timeReceived: '2020/02/08 11:01' })).toBe('inboundSms');
		expect(detectEventType({ message: 'x' })).toBeUndefined();
	});

	it('is where a dynamic webhook for one number delivers, until it expires', async () => {
		await run({
			resource: 'account',
			operation: 'registerDynamicWebhook',
			url: `${receiverUrl}/dynamic`,
			originMsisdn: '+2348050209037',
			trafficType: 'SMS',
			validityPeriod: 1,
		});
		sim.receiveSms('08050209037', 'from the watched number');
		sim.receiveSms('+2348000000000', 'from another number');
		sim.receiveCall('+2348050209037');
		await sim.settled();
		const dynamic = received.filter((r) => r.path === '/dynamic');
		expect(dynamic.map((r) => (r.body as IDataObject).message)).toEqual(['from the watched number']);
		const { result } = await post(dynamic[0].body);
		expect(result.workflowData![0][0].json).toMatchObject({ event: 'sms.received', originator: '08050209037' });

		sim.dynamicWebhooks.at(-1)!.expiresAt = Date.now() - 1;
		sim.receiveSms('08050209037', 'too late');
		await sim.settled();
		expect(received.filter((r) => r.path === '/dynamic')).toHaveLength(1);
		await run({ resource: 'sms', operation: 'getNewReceived' });
		await run({ resource: 'call', operation: 'getNewMissed' });
	});
});

describe('polling mode', () => {
	const pollNode = (parameters: IDataObject = {}) =>
		triggerNode(
			'ceculaSyncTrigger',
			{ mode: 'polling', pollEvents: ['inboundCall', 'inboundSms'], ...parameters },
			CREDENTIAL,
			{
				name: 'Cecula Sync Poll',
			},
		);

	it('emits each new SMS and missed call once, as the API returned it', async () => {
		const p = poller(trigger, pollNode(), fixtures);
		expect(await p.poll()).toBeNull();
		sim.receiveSms('+2348183172770', 'polled');
		sim.receiveCall('070xxxxxxxx');
		const mark = sim.log.length;
		const items = (await p.poll())![0].map((i) => i.json);
		expect(
			sim.log.slice(mark).map((r) => `${r.method} ${r.path} ${r.headers.authorization === `Bearer ${sim.apiKey}`}`),
		).toEqual(['GET /sync/api/new-missed-calls true', 'GET /sync/api/get-new-sms true']);
		expect(items).toEqual([
			{
				event: 'call.received',
				eventType: 'inboundCall',
				originator: '070xxxxxxxx',
				receiver: sim.number,
				callDuration: 0,
				callTime: expect.any(String),
			},
			{
				event: 'sms.received',
				eventType: 'inboundSms',
				originator: '+2348183172770',
				receiver: sim.number,
				text: 'polled',
				timeReceived: expect.any(String),
			},
		]);
		expect(await p.poll()).toBeNull();
	});

	it('reads only the selected events, and nothing at all in webhook mode', async () => {
		sim.receiveCall('070xxxxxxxx');
		const mark = sim.log.length;
		expect(await poller(trigger, pollNode({ pollEvents: ['inboundSms'] }), fixtures).poll()).toBeNull();
		expect(sim.missedCalls).toHaveLength(1);
		expect(await poller(trigger, webhookNode(), fixtures).poll('manual')).toBeNull();
		expect(sim.log.slice(mark).map((r) => r.path)).toEqual(['/sync/api/get-new-sms']);
		expect((await poller(trigger, pollNode(), fixtures).poll('manual'))![0]).toHaveLength(1);
	});

	it('keeps what one read returned when the other fails, and fails when nothing was read', async () => {
		sim.receiveSms('+2348183172770', 'kept');
		sim.addFault({
			status: 500,
			body: { errorCode: 500, errorMessage: 'Server error' },
			match: (r) => r.path.endsWith('/new-missed-calls'),
		});
		const p = poller(trigger, pollNode(), fixtures);
		expect((await p.poll())![0].map((i) => i.json.text)).toEqual(['kept']);
		await expect(p.poll()).rejects.toThrow('Cecula Sync: Server error');
	});
});
