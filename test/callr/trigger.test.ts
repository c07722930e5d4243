import { createHmac } from 'node:crypto';

import { CallrTrigger } from '../../nodes/Callr/CallrTrigger.node';
import { RECENT_EVENT_IDS } from '../../nodes/Callr/helpers/recentIds';
import type { Push } from '../../simulators/callr';
import { EVENT_TYPES } from '../../simulators/callr';
import { callWebhook, makeWorkflow, shutdownEngine, triggerNode, webhookLifecycle } from '../engine';
import { callrHarness, wav } from './setup';

const h = callrHarness();
const { sim } = h;
const trigger = new CallrTrigger();
const URL = 'http://127.0.0.1:5678/webhook/wh-1/webhook';

beforeAll(() => h.start());
afterEach(async () => {
	await sim.idle();
	sim.webhooks.clear();
});
afterAll(async () => {
	await sim.stop();
	shutdownEngine();
});

function activate(events: string[], options = {}) {
	const node = triggerNode('callrTrigger', { events, options }, 'callrApi');
	const life = webhookLifecycle(trigger, node, h.fixtures);
	const receive = (push: Pick<Push, 'rawBody' | 'headers'>) =>
		callWebhook(trigger, node, h.fixtures, {
			workflow: life.workflow,
			rawBody: push.rawBody,
			body: JSON.parse(push.rawBody.toString()),
			headers: push.headers,
		});
	return { node, life, receive };
}

/** The push CALLR made for the last event, after its delivery attempt to the (absent) n8n. */
async function lastPush(): Promise<Push> {
	await sim.idle();
	return sim.pushes[sim.pushes.length - 1];
}

describe('CALLR Trigger', () => {
	it('subscribes one signed webhook per event, finds them again and removes them', async () => {
		const { life } = activate(['sms.mo', 'sms.mt.status_update']);
		expect(await life.checkExists()).toBe(false);
		const mark = sim.log.length;
		expect(await life.create()).toBe(true);
		const { hooks, hmacSecret, hmacAlgo } = life.staticData() as {
			hooks: Record<string, string>;
			hmacSecret: string;
			hmacAlgo: string;
		};
		expect(hmacAlgo).toBe('SHA256');
		expect(hmacSecret.length).toBeGreaterThanOrEqual(32);
		expect(h.rpcSince(mark).map((r) => [r.body.method, r.body.params, r.headers.authorization])).toEqual(
			['sms.mo', 'sms.mt.status_update'].map((type) => [
				'webhooks.subscribe',
				[type, URL, { format: 'JSON', hmac_algo: 'SHA256', hmac_secret: hmacSecret }],
				`Api-Key ${sim.apiKey}`,
			]),
		);
		expect(Object.keys(hooks)).toEqual(['sms.mo', 'sms.mt.status_update']);
		expect(Object.values(hooks).map((hash) => sim.webhooks.get(hash)?.endpoint)).toEqual([URL, URL]);
		expect(await life.checkExists()).toBe(true);

		expect(await life.delete()).toBe(true);
		expect(sim.webhooks.size).toBe(0);
		expect(life.staticData()).toEqual({});
	});

	it('starts afresh when the selected events changed', async () => {
		const { node, life } = activate(['sms.mo', 'sms.mt.status_update']);
		await life.create();
		node.parameters.events = ['sms.mo'];
		expect(await life.checkExists()).toBe(false);
		expect(sim.webhooks.size).toBe(0);
		await life.create();
		expect([...sim.webhooks.values()].map((w) => w.type)).toEqual(['sms.mo']);
		expect(await life.checkExists()).toBe(true);
	});

	it('starts the workflow for a correctly signed event, with the event and the payload as CALLR sent it', async () => {
		const { life, receive } = activate(['sms.mo']);
		await life.create();
		sim.receiveSms('+14155550100', '+33184800000', 'Hello');
		const push = await lastPush();
		expect(push.headers['x-callr-hmacsignature']).toBe(
			createHmac('sha256', String(life.staticData()!.hmacSecret)).update(push.rawBody).digest('base64'),
		);
		const { result } = await receive(push);
		expect(result.workflowData).toEqual([
			[{ json: { event: 'sms.received', ...JSON.parse(push.rawBody.toString()) } }],
		]);
		expect(result.workflowData![0][0].json).toMatchObject({
			type: 'sms.mo',
			try: 0,
			data: { from: '+14155550100', text: 'Hello' },
		});
	});

	it('answers 401 and starts nothing for a forged, tampered or unsigned event', async () => {
		const { life, receive } = activate(['sms.mo']);
		await life.create();
		sim.receiveSms('+14155550100', '+33184800000', 'Hello');
		const push = await lastPush();
		const forged = sim.forge(push, { secret: 'not-the-secret' });
		const tampered = sim.forge(push, {
			body: { ...push.event, data: { ...(push.event.data as object), text: 'Send money' } },
		});
		const unsigned = { rawBody: push.rawBody, headers: { 'x-callr-eventid': push.headers['x-callr-eventid'] } };
		for (const attempt of [forged, tampered, unsigned]) {
			const { result, response } = await receive(attempt);
			expect(result).toEqual({ noWebhookResponse: true });
			expect(response).toMatchObject({ statusCode: 401, ended: true });
		}
	});

	it('drops an event id it has just seen, and shares only the last ones when asked to', async () => {
		const { life, receive } = activate(['sms.mo'], { shareSeenEventIds: true });
		await life.create();
		sim.receiveSms('+14155550100', '+33184800000', 'Once');
		const push = await lastPush();
		expect((await receive(push)).result.workflowData).toHaveLength(1);
		await sim.replay(push);
		expect((await receive(push)).result).toEqual({});
		const secret = { hmac_secret: String(life.staticData()!.hmacSecret) };
		for (let i = 0; i < RECENT_EVENT_IDS + 5; i++) {
			const event = { ...push.event, event_id: `id-${i}` };
			expect((await receive(sim.signedPush(URL, event, secret))).result.workflowData).toHaveLength(1);
		}
		expect(life.staticData()!.recentEventIds).toHaveLength(RECENT_EVENT_IDS);

		// Not shared by default: nothing written into the workflow (a database write per event), repeats still dropped.
		const plain = activate(['sms.mo']);
		await plain.life.create();
		sim.receiveSms('+14155550100', '+33184800000', 'Not shared');
		const next = await lastPush();
		expect((await plain.receive(next)).result.workflowData).toHaveLength(1);
		expect((await plain.receive(next)).result).toEqual({});
		expect(plain.life.staticData()!.recentEventIds).toBeUndefined();
	});

	it('lets an event through once when its repeats are handled at the same time, each on its own copy of the static data', async () => {
		const { node, life } = activate(['sms.mo']);
		await life.create();
		sim.receiveSms('+14155550100', '+33184800000', 'Together');
		const push = await lastPush();
		// n8n loads the static data as saved when each request starts and saves it when the request is handled.
		const saved = JSON.stringify(life.staticData());
		const results = await Promise.all(
			Array.from({ length: 10 }, () =>
				callWebhook(trigger, node, h.fixtures, {
					workflow: makeWorkflow({ [node.type]: trigger }, [node], {}, { [`node:${node.name}`]: JSON.parse(saved) }),
					rawBody: push.rawBody,
					body: JSON.parse(push.rawBody.toString()),
					headers: push.headers,
				}),
			),
		);
		expect(results.filter((r) => r.result.workflowData).length).toBe(1);
	});

	it('ignores event types it was not set up for', async () => {
		const { life, receive } = activate(['sms.mo']);
		await life.create();
		const secret = { hmac_secret: String(life.staticData()!.hmacSecret) };
		const status = sim.signedPush(
			URL,
			{ data: {}, event_at: '', event_id: 'x1', hook_hash: null, try: 0, type: 'sms.mt.status_update' },
			secret,
		);
		expect((await receive(status)).result).toEqual({});
	});

	it('keeps 64-bit call ids of call events exact and verifies SHA512 signatures', async () => {
		const { life, receive } = activate(['call.inbound_hangup'], { hmacAlgorithm: 'SHA512' });
		await life.create();
		const hook = [...sim.webhooks.values()][0];
		expect(hook.options).toMatchObject({ hmac_algo: 'SHA512' });
		const cdr = sim.cdrs.find((c) => c.type === 'IN')!;
		sim.pushEvent('call.inbound_hangup', cdr);
		const push = await lastPush();
		expect(push.rawBody.toString()).toContain('"callid":12345678901234567890');
		const { result } = await receive(push);
		expect(result.workflowData![0][0].json).toMatchObject({
			event: 'call.status',
			data: { callid: '12345678901234567890' },
		});
	});

	it('offers every CALLR event type and maps media, recording, job and balance events to the package vocabulary', async () => {
		const events = trigger.description.properties.find((p) => p.name === 'events')!;
		expect(events.options!.map((o) => (o as { value: string }).value).sort()).toEqual([...EVENT_TYPES].sort());

		const types = [
			'media.library.status_update',
			'media.recording.new',
			'media.recording.status_update',
			'job.status_update',
			'billing.credit',
			'billing.credit_warning',
			'billing.credit_shutdown',
		];
		const { life, receive } = activate(types);
		await life.create();
		expect([...sim.webhooks.values()].map((w) => w.type)).toEqual(types);
		const received = async () => {
			const push = await lastPush();
			const { result } = await receive(push);
			return result.workflowData![0][0].json;
		};

		// A real conversion: an uploaded WAV becomes READY and CALLR says so.
		sim.mediaConversionMs = 5;
		const upload = await h.uploadAudio({ bytes: wav(1), fileName: 'hold.wav', mimeType: 'audio/wav' });
		const id = upload.output('callr')[0].id;
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(await received()).toMatchObject({
			event: 'media.status',
			type: 'media.library.status_update',
			data: { id, status: 'READY' },
		});

		const recording = {
			hash: 'REC00001',
			callid: BigInt('18446744073709551615'),
			type: 'VOICEMAIL',
			status: 'RECORDING',
			url: 'https://media.callr.example/rec/REC00001',
			url_exts: 'mp3',
		};
		sim.pushEvent('media.recording.new', recording);
		expect(await received()).toMatchObject({
			event: 'recording.created',
			data: { hash: 'REC00001', callid: '18446744073709551615' },
		});
		sim.pushEvent('media.recording.status_update', { ...recording, status: 'READY' });
		expect(await received()).toMatchObject({ event: 'recording.status', data: { status: 'READY' } });

		sim.pushEvent('job.status_update', {
			id: 'JOB00001',
			status: 'DONE',
			percent: '100.00',
			result: { filename: 'export.csv' },
			error: null,
			done_at: '2026-11-30 07:00:00',
		});
		expect(await received()).toMatchObject({ event: 'job.status', data: { id: 'JOB00001', status: 'DONE' } });

		const credit = {
			balance: '1000.00',
			currency_code: 'EUR',
			last_transaction_amount: '500.00',
			shutdown_limit: '0.00',
			warning_limit: '200.00',
		};
		for (const type of ['billing.credit', 'billing.credit_warning', 'billing.credit_shutdown']) {
			sim.pushEvent(type, credit);
			expect(await received()).toMatchObject({ event: 'balance.event', type, data: credit });
		}
	});

	it('re-creates subscriptions CALLR disabled and tolerates ones already removed', async () => {
		const { life } = activate(['sms.mo', 'call.outbound_hangup']);
		await life.create();
		const hooks = life.staticData()!.hooks as Record<string, string>;
		// a push nobody answered: CALLR gives up and disables the subscription
		sim.receiveSms('+14155550100', '+33184800000', 'Anyone?');
		await sim.idle();
		expect(sim.webhooks.get(hooks['sms.mo'])?.status).toBe('DISABLED_SYSTEM');
		expect(await life.checkExists()).toBe(false);
		expect(sim.webhooks.size).toBe(0);
		await life.create();
		expect(await life.checkExists()).toBe(true);

		const stored = life.staticData()!.hooks as Record<string, string>;
		sim.webhooks.delete(stored['sms.mo']);
		expect(await life.delete()).toBe(true);
		expect(sim.webhooks.size).toBe(0);
		expect(life.staticData()).toEqual({});
	});

	it('leaves nothing behind when a subscription fails half-way', async () => {
		sim.addFault({
			status: 200,
			nth: [2],
			body: { jsonrpc: '2.0', id: 1, error: { code: 151, message: 'Invalid property value: endpoint' } },
		});
		const { life } = activate(['sms.mo', 'sms.mt.status_update']);
		await expect(life.create()).rejects.toThrow('CALLR: Invalid property value: endpoint');
		sim.clearFaults();
		expect(sim.webhooks.size).toBe(0);
		expect(life.staticData()?.hooks).toBeUndefined();
	});
});
