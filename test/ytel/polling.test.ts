import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { MAX_TRACKED } from '../../nodes/Ytel/helpers/polling';
import { YtelTrigger } from '../../nodes/Ytel/YtelTrigger.node';
import { callWebhook, poller, triggerNode, webhookLifecycle } from '../engine';
import { ytelHarness } from './harness';

const { sim, fixtures, run, seen, token } = ytelHarness();
const trigger = new YtelTrigger();
const ALL = ['smsReceived', 'messageStatus', 'callReceived', 'callStatus'];
const pollNode = (pollEvents: string[] = ALL) => triggerNode('ytelTrigger', { mode: 'polling', pollEvents }, 'ytelApi');

const today = () => new Date().toISOString().slice(0, 10);
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

/** Sends an SMS and makes a call through the Ytel node, as a user's workflow would. */
const sendSms = async (to: string) =>
	(await run({ resource: 'message', operation: 'sendSms', sendFrom: 'phoneNumber', from: '+14155550100', sendTo: 'phoneNumber', to, content: 'text', text: 'Hi', additionalFields: { deliveryStatusEnabled: true } })).output('ytel')[0];
const makeCall = async (to: string) =>
	(await run({ resource: 'call', operation: 'make', sendFrom: 'phoneNumber', from: '+14155550101', sendTo: 'phoneNumber', to, url: 'https://example.com/call.xml' })).output('ytel')[0];

/** What the items of a poll are about: event, Ytel event, record id and status. */
const summary = (result: Awaited<ReturnType<ReturnType<typeof poller>['poll']>>) =>
	result?.[0].map(({ json }) => `${json.event} ${json.ytelEvent} ${String(json.smsSid ?? json.callSid)} ${String(json.status)}`) ?? null;

afterEach(() => {
	sim.holdProgress = false;
	sim.releaseHeld();
});

describe('Ytel Trigger: polling mode', () => {
	it('emits new messages and calls once and every status change of sent ones, reading both logs each poll', async () => {
		sim.holdProgress = true;
		sim.receiveSms('+19495550100', '+14155550100', 'from before');
		const sentBefore = await sendSms('+19495550101');
		const p = poller(trigger, pollNode(), fixtures);

		let since = sim.log.length;
		expect(await p.poll()).toBeNull();
		const requests = seen(since);
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v4/logs/sms/', 'GET /v4/logs/call/']);
		for (const r of requests) {
			expect(r.query).toEqual({ startDate: yesterday(), endDate: today(), limit: '5000', offset: '0' });
			expect(r.headers.authorization).toBe(`Bearer ${token()}`);
		}

		const inboundSms = sim.receiveSms('+19495550102', '+14155550100', 'new');
		await sleep(2);
		const sent = await sendSms('+19495550103');
		await sleep(2);
		const inboundCall = sim.receiveCall('+19495550104', '+14155550102');
		await sleep(2);
		const outboundCall = await makeCall('+19495550105');
		await sleep(30); // the progression is due, and held
		const second = await p.poll();
		expect(summary(second)).toEqual([
			`sms.received smsReceived ${String(inboundSms.smsSid)} success`,
			`sms.status messageStatus ${String(sent.messageSid)} queued`,
			`call.received callReceived ${String(inboundCall.callSid)} dialing`,
			`call.status callStatus ${String(inboundCall.callSid)} dialing`,
			`call.status callStatus ${String(outboundCall.callSid)} dialing`,
		]);
		// The record as the log returned it, with `event` beside it.
		const logged = sim.messages.find((m) => m.smsSid === inboundSms.smsSid)!;
		expect(second![0][0].json).toEqual({ event: 'sms.received', ytelEvent: 'smsReceived', ...logged });
		expect(await p.poll()).toBeNull();

		sim.releaseHeld();
		// A message sent before activation reports its new status too.
		expect(summary(await p.poll())).toEqual([
			`sms.status messageStatus ${String(sentBefore.messageSid)} success`,
			`sms.status messageStatus ${String(sent.messageSid)} success`,
			`call.status callStatus ${String(inboundCall.callSid)} in-progress`,
			`call.status callStatus ${String(outboundCall.callSid)} in-progress`,
		]);
		expect(await p.poll()).toBeNull();

		await run({ resource: 'call', operation: 'interrupt', callSid: outboundCall.callSid, status: 'completed' });
		since = sim.log.length;
		const hungUp = await p.poll();
		expect(summary(hungUp)).toEqual([`call.status callStatus ${String(outboundCall.callSid)} completed`]);
		expect(hungUp![0][0].json).toMatchObject({ direction: 'outbound', from: '+14155550101', to: '+19495550105', endTime: expect.any(String) });
		expect(seen(since).map((r) => r.path)).toEqual(['/v4/logs/sms/', '/v4/logs/call/']);
		// A poll that finds nothing new writes nothing, so n8n has nothing to save.
		p.workflow.staticData.__dataChanged = false;
		expect(await p.poll()).toBeNull();
		expect(p.workflow.staticData.__dataChanged).toBe(false);
	});

	it('reads only the log and direction the selected events need', async () => {
		const p = poller(trigger, pollNode(['smsReceived']), fixtures);
		const since = sim.log.length;
		expect(await p.poll()).toBeNull();
		await sendSms('+19495550106');
		sim.receiveCall('+19495550107', '+14155550100');
		const inbound = sim.receiveSms('+19495550108', '+14155550100', 'only this');
		expect(summary(await p.poll())).toEqual([`sms.received smsReceived ${String(inbound.smsSid)} success`]);
		const reads = seen(since).filter((r) => r.path.startsWith('/v4/logs/'));
		expect(reads).toHaveLength(2);
		for (const r of reads) expect(`${r.path} ${r.query.direction}`).toBe('/v4/logs/sms/ inbound');
		expect(p.staticData()!.pollState).toEqual({ sms: { direction: 'inbound', since: expect.any(Number), seen: expect.any(Object) } });
	});

	it('answers Fetch Test Event with the newest record and remembers nothing', async () => {
		sim.holdProgress = true;
		const newest = sim.receiveCall('+19495550109', '+14155550101');
		const p = poller(trigger, pollNode(['callReceived', 'messageStatus']), fixtures);
		const sample = await p.poll('manual');
		expect(sample).toHaveLength(1);
		expect(summary(sample)).toEqual([`call.received callReceived ${String(newest.callSid)} dialing`]);
		expect(p.staticData()?.pollState).toBeUndefined();
		// Activation after a test still starts from what is there.
		expect(await p.poll()).toBeNull();
	});

	it('loses and repeats nothing when a read fails', async () => {
		const p = poller(trigger, pollNode(), fixtures);
		await p.poll();
		const inbound = sim.receiveSms('+19495550110', '+14155550100', 'after a failure');
		sim.addFault({
			status: 400,
			body: { status: false, count: 0, page: 1, payload: [], error: [{ code: '400', message: 'Logs are unavailable' }] },
			match: (r) => r.path === '/v4/logs/call/',
			times: 1,
		});
		await expect(p.poll()).rejects.toThrow('Logs are unavailable');
		expect(summary(await p.poll())).toEqual([`sms.received smsReceived ${String(inbound.smsSid)} success`]);
		expect(await p.poll()).toBeNull();
	});

	it('registers nothing and refuses webhook requests in polling mode; polls nothing in webhook mode', async () => {
		const since = sim.log.length;
		const life = webhookLifecycle(trigger, pollNode(), fixtures);
		expect(await life.checkExists()).toBe(true);
		const refused = await callWebhook(trigger, pollNode(), fixtures, { workflow: life.workflow, body: { to: '+14155550100' }, query: { ytelEvent: 'sms_inbound' } });
		expect(refused.response).toMatchObject({ statusCode: 401, ended: true });
		expect(refused.result.workflowData).toBeUndefined();
		expect(await life.delete()).toBe(true);
		const webhookMode = triggerNode('ytelTrigger', { source: 'account', events: ['sms_inbound'] }, 'ytelApi');
		expect(await poller(trigger, webhookMode, fixtures).poll()).toBeNull();
		expect(await poller(trigger, webhookMode, fixtures).poll('manual')).toBeNull();
		expect(seen(since)).toEqual([]);
	});

	it('follows records whose date is in seconds, as the field description in the reference says', async () => {
		sim.logDateUnit = 's';
		try {
			const p = poller(trigger, pollNode(['smsReceived']), fixtures);
			expect(await p.poll()).toBeNull();
			const inbound = sim.receiveSms('+19495550111', '+14155550100', 'dated in seconds');
			expect(summary(await p.poll())).toEqual([`sms.received smsReceived ${String(inbound.smsSid)} success`]);
			expect(await p.poll()).toBeNull();
		} finally {
			sim.logDateUnit = 'ms';
		}
	});

	// Last: the thousands of records it adds make every later read of the log large.
	it('walks the 5,000-record pages, emits what is new on either page once and remembers a bounded number', async () => {
		const p = poller(trigger, pollNode(['smsReceived', 'messageStatus']), fixtures);
		const before = sim.messages.length;
		for (let i = 0; before + i < 4998; i++) sim.receiveSms(`+1949555${String(i).padStart(4, '0')}`, '+14155550100', `bulk ${i}`);
		expect(await p.poll()).toBeNull();
		await sleep(2);
		const fresh = Array.from({ length: 6 }, (_, i) => sim.receiveSms('+19495559990', '+14155550100', `fresh ${i}`));
		expect(sim.messages.length).toBe(5004);

		const since = sim.log.length;
		const items = (await p.poll())![0].map((i) => i.json);
		expect(items.map((i) => i.body)).toEqual(fresh.map((m) => m.body));
		expect(seen(since).map((r) => `${r.path} ${r.query.offset} ${r.query.limit}`)).toEqual([
			'/v4/logs/sms/ 0 5000',
			'/v4/logs/sms/ 5000 5000',
		]);
		const state = p.staticData()!.pollState as { sms: { seen: IDataObject } };
		expect(Object.keys(state.sms.seen).length).toBeLessThanOrEqual(MAX_TRACKED);
		expect(Object.keys(state.sms.seen)).toEqual(expect.arrayContaining(fresh.map((m) => String(m.smsSid))));
		expect(await p.poll()).toBeNull();
	});
});
