import http from 'node:http';
import type { AddressInfo } from 'node:net';

import type { IDataObject } from 'n8n-workflow';

import { YtelTrigger } from '../../nodes/Ytel/YtelTrigger.node';
import { callWebhook, triggerNode, webhookLifecycle } from '../engine';
import { ytelHarness } from './harness';

const { sim, fixtures } = ytelHarness();
const trigger = new YtelTrigger();
const N8N = 'http://127.0.0.1:5678';

/** Stands in for the n8n server: receives what the simulator delivers to the registered URLs. */
interface Received {
	method: string;
	url: URL;
	headers: http.IncomingHttpHeaders;
	raw: Buffer;
}
const received: Received[] = [];
const inbox = http.createServer((req, res) => {
	const chunks: Buffer[] = [];
	req.on('data', (c: Buffer) => chunks.push(c));
	req.on('end', () => {
		received.push({ method: req.method!, url: new URL(req.url!, 'http://n8n'), headers: req.headers, raw: Buffer.concat(chunks) });
		res.end();
	});
});
let inboxBase = '';
beforeAll(async () => {
	await new Promise<void>((resolve) => inbox.listen(0, '127.0.0.1', resolve));
	inboxBase = `http://127.0.0.1:${(inbox.address() as AddressInfo).port}`;
});
afterAll(async () => await new Promise<void>((resolve) => inbox.close(() => resolve())));

/** Routes the simulator's deliveries for n8n's webhook URLs to the local inbox, like the network would to n8n. */
function routeToInbox() {
	for (const config of sim.callbacks.values()) config.url = config.url.replace(N8N, inboxBase);
	for (const number of sim.numbers.values()) {
		for (const field of ['smsUrl', 'voiceUrl', 'hangupCallbackUrl'] as const) number[field] = number[field].replace(N8N, inboxBase);
	}
}

/** Hands one received request to the trigger's webhook() as n8n would. */
async function replay(request: Received, workflow: ReturnType<typeof webhookLifecycle>['workflow'], node: ReturnType<typeof triggerNode>) {
	const form = String(request.headers['content-type']).includes('x-www-form-urlencoded');
	const text = request.raw.toString();
	const body = (form ? Object.fromEntries(new URLSearchParams(text)) : JSON.parse(text)) as IDataObject;
	return await callWebhook(trigger, node, fixtures, {
		workflow,
		body,
		rawBody: request.raw,
		headers: { 'content-type': String(request.headers['content-type']) },
		query: Object.fromEntries(request.url.searchParams),
		method: request.method,
	});
}

async function nextDelivery(): Promise<Received> {
	await sim.settled();
	const request = received.shift();
	if (!request) throw new Error('nothing was delivered');
	return request;
}

describe('Ytel Trigger: account events', () => {
	const node = triggerNode('ytelTrigger', { source: 'account', events: ['sms_inbound', 'call_completion'] }, 'ytelApi');

	it('registers one callback configuration per event with a secret, receives events and removes them', async () => {
		const life = webhookLifecycle(trigger, node, fixtures);
		expect(await life.checkExists()).toBe(false);
		const since = sim.log.length;
		expect(await life.create()).toBe(true);
		const { secret, hookIds } = life.staticData()!;
		expect(String(secret)).toMatch(/^[\w-]{32}$/);
		expect(hookIds).toHaveLength(2);
		const posts = sim.log.slice(since).filter((r) => r.method === 'POST' && r.path === '/v4/callback/configuration/');
		expect(posts.map((r) => r.body)).toEqual(
			['sms_inbound', 'call_completion'].map((eventType) => ({
				eventType,
				name: `n8n test-wf ${eventType}`,
				enabled: true,
				url: `${N8N}/webhook/wh-1/webhook?ytelEvent=${eventType}&secret=${String(secret)}`,
				httpMethod: 'POST',
				contentType: 'JSON',
				headers: { 'Content-Type': 'application/json' },
				bodyTemplate: '%%PAYLOAD%%',
				successPath: 'HTTP_OK',
				successValue: '',
			})),
		);
		expect(await life.checkExists()).toBe(true);

		routeToInbox();
		sim.receiveSms('+19495550100', '+14155550100', 'Hello there');
		const accepted = await replay(await nextDelivery(), life.workflow, node);
		expect(accepted.result.workflowData).toEqual([
			[{ json: { event: 'sms.received', ytelEvent: 'sms_inbound', to: '+14155550100', from: '+19495550100', body: 'Hello there' } }],
		]);

		const refused = await callWebhook(trigger, node, fixtures, {
			workflow: life.workflow,
			body: { to: '+14155550100' },
			query: { ytelEvent: 'sms_inbound', secret: 'guess' },
		});
		expect(refused.result).toEqual({ noWebhookResponse: true });
		expect(refused.response).toMatchObject({ statusCode: 401, ended: true });
		const unselected = await callWebhook(trigger, node, fixtures, { workflow: life.workflow, body: {}, query: { ytelEvent: 'recording', secret: String(secret) } });
		expect(unselected.result).toEqual({});

		expect(await life.delete()).toBe(true);
		expect(sim.callbacks.size).toBe(0);
		expect(life.staticData()).toEqual({});
	});

	it('emits call completions and tolerates hooks that were already removed', async () => {
		const life = webhookLifecycle(trigger, node, fixtures);
		await life.create();
		routeToInbox();
		sim.callDurationMs = 10;
		sim.receiveCall('+19495550100', '+14155550102');
		await new Promise((r) => setTimeout(r, 50));
		sim.callDurationMs = 60_000;
		const { result } = await replay(await nextDelivery(), life.workflow, node);
		expect(result.workflowData![0][0].json).toMatchObject({
			event: 'call.status',
			ytelEvent: 'call_completion',
			status: 'completed',
			calledNumber: '+14155550102',
			callerNumber: '+19495550100',
		});

		sim.callbacks.clear();
		expect(await life.checkExists()).toBe(false);
		expect(await life.delete()).toBe(true);
		expect(life.staticData()).toEqual({});
	});
});

describe('Ytel Trigger: a phone number’s inbound URLs', () => {
	const node = triggerNode(
		'ytelTrigger',
		{ source: 'phoneNumber', phoneNumber: '+14155550100', numberEvents: ['smsReceived', 'callReceived'], callResponse: '<Response><Say>Hi</Say></Response>' },
		'ytelApi',
	);

	it('points the number at the trigger, answers calls with InboundXML and restores the previous URLs', async () => {
		const number = sim.numbers.get('+14155550100')!;
		Object.assign(number, { smsUrl: 'https://old.example/sms', smsMethod: 'GET', voiceUrl: 'https://old.example/voice.xml', voiceMethod: 'POST' });
		const life = webhookLifecycle(trigger, node, fixtures);
		expect(await life.checkExists()).toBe(false);
		await life.create();
		const secret = String(life.staticData()!.secret);
		expect(number).toMatchObject({
			smsUrl: `${N8N}/webhook/wh-1/webhook?ytelEvent=smsReceived&secret=${secret}`,
			smsMethod: 'POST',
			voiceUrl: `${N8N}/webhook/wh-1/webhook?ytelEvent=callReceived&secret=${secret}`,
			voiceMethod: 'POST',
		});
		expect(await life.checkExists()).toBe(true);

		routeToInbox();
		const sms = sim.receiveSms('+19495550100', '+14155550100', 'Inbound text');
		const smsItem = (await replay(await nextDelivery(), life.workflow, node)).result.workflowData![0][0].json;
		expect(smsItem).toEqual({ event: 'sms.received', ytelEvent: 'smsReceived', AccountSid: sim.accountSid, SmsSid: sms.smsSid, From: '+19495550100', To: '+14155550100', Body: 'Inbound text' });

		const call = sim.receiveCall('+19495550100', '+14155550100');
		const answered = await replay(await nextDelivery(), life.workflow, node);
		expect(answered.result.workflowData![0][0].json).toMatchObject({ event: 'call.received', ytelEvent: 'callReceived', CallSid: call.callSid, From: '+19495550100' });
		expect(answered.result.noWebhookResponse).toBe(true);
		expect(answered.response).toMatchObject({ statusCode: 200, body: '<Response><Say>Hi</Say></Response>', headers: { 'content-type': 'application/xml' } });

		// put back the URLs n8n's address had (the inbox routing was only the test's network)
		for (const field of ['smsUrl', 'voiceUrl'] as const) number[field] = number[field].replace(inboxBase, N8N);
		expect(await life.delete()).toBe(true);
		expect(number).toMatchObject({ smsUrl: 'https://old.example/sms', smsMethod: 'GET', voiceUrl: 'https://old.example/voice.xml', voiceMethod: 'POST' });
		expect(life.staticData()).toEqual({});
	});

	it('leaves a URL that someone changed meanwhile, and survives a released number', async () => {
		const number = sim.numbers.get('+14155550100')!;
		Object.assign(number, { smsUrl: 'https://old.example/sms', voiceUrl: '' });
		const life = webhookLifecycle(trigger, node, fixtures);
		await life.create();
		number.smsUrl = 'https://someone-else.example/sms';
		await life.delete();
		expect(number.smsUrl).toBe('https://someone-else.example/sms');
		expect(number.voiceUrl).toBe('');

		await life.create();
		sim.numbers.delete('+14155550100');
		expect(await life.delete()).toBe(true);
		expect(life.staticData()).toEqual({});
		sim.addNumber('+14155550100');
	});
});
