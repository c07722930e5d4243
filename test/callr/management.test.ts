/**
 * Voice App creation and editing, number assignment and release, store orders and quota, audio uploads to the media
 * library and SENDR campaign control, each through the real engine against the simulator.
 */
import type { IDataObject } from 'n8n-workflow';

import { shutdownEngine } from '../engine';
import { callrHarness, wav } from './setup';

const h = callrHarness();
const { sim } = h;

beforeAll(async () => {
	sim.mediaConversionMs = 200;
	await h.start();
});
afterAll(async () => {
	await sim.stop();
	shutdownEngine();
});

const call = (parameters: IDataObject) => h.call(parameters);

/** Runs an operation expected to fail; returns the error message and how many requests were made. */
async function failure(parameters: IDataObject) {
	const mark = sim.log.length;
	const { error } = await h.run(parameters);
	return { message: error?.message, requests: h.rpcSince(mark).length };
}

describe('Voice App', () => {
	it('creates a Real-Time app and changes its URL and name, keeping its other settings', async () => {
		const created = await call({
			resource: 'voiceApp',
			operation: 'create',
			appType: 'REALTIME10',
			name: 'Support IVR',
			url: 'https://example.com/rt',
			additionalFields: { login: 'n8n', password: 'pw-123' },
		});
		const params = { data_format: 'JSON', url: 'https://example.com/rt', login: 'n8n', password: 'pw-123' };
		expect(created.rpc).toEqual([['apps.create', ['REALTIME10', 'Support IVR', params]]]);
		const hash = String(created.out[0].hash);
		expect(created.out[0]).toMatchObject({ name: 'Support IVR', package: { name: 'REALTIME10' }, p: params });
		expect(sim.apps.get(hash)?.p).toEqual(params);

		const updated = await call({
			resource: 'voiceApp',
			operation: 'update',
			appId: hash,
			updateFields: { name: 'Support IVR 2', url: 'https://example.com/rt2' },
		});
		expect(updated.rpc).toEqual([
			['apps.get', [hash]],
			['apps.edit', [hash, 'Support IVR 2', { ...params, url: 'https://example.com/rt2' }]],
		]);
		expect(sim.apps.get(hash)).toMatchObject({
			name: 'Support IVR 2',
			p: { url: 'https://example.com/rt2', login: 'n8n' },
		});
	});

	it('creates a Click-to-Call app with its media and options, and edits one option', async () => {
		const created = await call({
			resource: 'voiceApp',
			operation: 'create',
			appType: 'CLICKTOCALL10',
			name: 'Callback',
			additionalFields: { attempts: 3, retryPause: 60, recordCalls: true, welcomeMedia: 1 },
		});
		const params = { medias: { A_welcome: 1 }, options: { A_attempts: 3, A_retrypause: 60, record_calls: true } };
		expect(created.rpc).toEqual([['apps.create', ['CLICKTOCALL10', 'Callback', params]]]);
		const hash = String(created.out[0].hash);

		const updated = await call({
			resource: 'voiceApp',
			operation: 'update',
			appId: hash,
			updateFields: { recordCalls: false },
		});
		expect(updated.rpc[1]).toEqual([
			'apps.edit',
			[hash, null, { medias: { A_welcome: 1 }, options: { A_attempts: 3, A_retrypause: 60, record_calls: false } }],
		]);
		expect(sim.apps.get(hash)?.name).toBe('Callback');
	});

	it('creates a Call Tracking app that forwards to numbers, and changes its ring timeout', async () => {
		const created = await call({
			resource: 'voiceApp',
			operation: 'create',
			appType: 'CALLTRACKING10',
			name: 'Hotline',
			forwardTo: '+33612345678, +33698765432',
			forwardTimeout: 20,
			additionalFields: { recordCalls: true, whisperMedia: 1, googleAnalytics: 'UA-1234-1' },
		});
		const targets = [
			{ number: '+33612345678', timeout: 20 },
			{ number: '+33698765432', timeout: 20 },
		];
		const params = { targets, options: { record_calls: true }, medias: { whisper: 1 }, ga: { ua: 'UA-1234-1' } };
		expect(created.rpc).toEqual([['apps.create', ['CALLTRACKING10', 'Hotline', params]]]);
		const hash = String(created.out[0].hash);

		const updated = await call({
			resource: 'voiceApp',
			operation: 'update',
			appId: hash,
			updateFields: { forwardTimeout: 45 },
		});
		expect(updated.rpc[1]).toEqual([
			'apps.edit',
			[hash, null, { ...params, targets: targets.map((t) => ({ ...t, timeout: 45 })) }],
		]);
		expect(
			await failure({
				resource: 'voiceApp',
				operation: 'create',
				appType: 'CALLTRACKING10',
				name: 'Bad',
				forwardTo: '12',
				forwardTimeout: 20,
			}),
		).toMatchObject({ message: expect.stringMatching(/^Forward To: .*\[item 0\]$/), requests: 0 });
	});

	it('renames an app of another type and keeps its parameters', async () => {
		const { rpc } = await call({
			resource: 'voiceApp',
			operation: 'update',
			appId: 'TRACK001',
			updateFields: { name: 'Tracking' },
		});
		expect(rpc).toEqual([
			['apps.get', ['TRACK001']],
			['apps.edit', ['TRACK001', 'Tracking', {}]],
		]);
		expect(sim.apps.get('TRACK001')?.name).toBe('Tracking');
	});

	it('names the field that does not fit, before changing anything', async () => {
		expect(
			await failure({
				resource: 'voiceApp',
				operation: 'create',
				appType: 'REALTIME10',
				name: 'Bad',
				url: 'ftp://example.com',
			}),
		).toEqual({ message: 'Callback URL: "ftp://example.com" is not an HTTP(S) URL [item 0]', requests: 0 });
		// Update reads the app (to know its type), and sends no edit.
		expect(
			await failure({ resource: 'voiceApp', operation: 'update', appId: 'C2CAPP01', updateFields: { login: 'x' } }),
		).toEqual({ message: 'Callback Login: applies to Real-Time apps, not Click-to-Call apps [item 0]', requests: 1 });
		expect(
			await failure({ resource: 'voiceApp', operation: 'update', appId: 'TRACK001', updateFields: { retryPause: 90 } }),
		).toEqual({
			message: 'Party A Retry Pause: applies to Click-to-Call apps, not Call Tracking apps [item 0]',
			requests: 1,
		});
		// An app of a package the node does not edit (a Callr Actions scenario): only its name can change.
		sim.apps.set('ACTIONS1', { ...sim.apps.get('TRACK001'), hash: 'ACTIONS1', package: { name: 'ACTIONS10' } });
		expect(
			await failure({
				resource: 'voiceApp',
				operation: 'update',
				appId: 'ACTIONS1',
				updateFields: { recordCalls: true },
			}),
		).toEqual({ message: 'Update Fields: only the name of ACTIONS10 apps can be changed [item 0]', requests: 1 });
		expect(await failure({ resource: 'voiceApp', operation: 'update', appId: 'TRACK001', updateFields: {} })).toEqual({
			message: 'Update Fields: choose at least one field to change [item 0]',
			requests: 0,
		});
	});

	it('passes on CALLR errors about the app parameters', async () => {
		const { message } = await failure({
			resource: 'voiceApp',
			operation: 'create',
			appType: 'CLICKTOCALL10',
			name: 'Missing media',
			additionalFields: { bridgeMedia: 999 },
		});
		expect(message).toBe('CALLR: Media not found [item 0]');
	});
});

describe('Phone Number', () => {
	it('assigns a number to a Voice App, unassigns it and releases it', async () => {
		const did = String(sim.addNumber('+33184811111').hash);
		const assigned = await call({
			resource: 'phoneNumber',
			operation: 'assignToApp',
			numberId: did,
			appId: 'RTAPP001',
		});
		expect(assigned.rpc).toEqual([['apps.assign_did', ['RTAPP001', did]]]);
		expect(assigned.out).toEqual([{ numberId: did, appId: 'RTAPP001', assigned: true }]);
		expect(sim.numbers.get(did)?.app).toBe('RTAPP001');
		expect((sim.apps.get('RTAPP001')?.did as IDataObject[]).map((n) => n.hash)).toEqual([did]);

		expect(
			await failure({ resource: 'phoneNumber', operation: 'assignToApp', numberId: did, appId: 'C2CAPP01' }),
		).toEqual({ message: 'CALLR: This Voice App cannot be assigned a DID [item 0]', requests: 1 });

		const unassigned = await call({ resource: 'phoneNumber', operation: 'unassignFromApp', numberId: did });
		expect(unassigned.rpc).toEqual([['apps.remove_did', [did]]]);
		expect(sim.numbers.get(did)?.app).toBeNull();
		expect(sim.apps.get('RTAPP001')?.did).toEqual([]);

		const released = await call({ resource: 'phoneNumber', operation: 'release', numberId: did });
		expect(released.rpc).toEqual([['did/store.cancel_subscription', [did]]]);
		expect(released.out).toEqual([{ numberId: did, released: true }]);
		expect(sim.numbers.has(did)).toBe(false);
		expect(await failure({ resource: 'phoneNumber', operation: 'release', numberId: did })).toEqual({
			message: 'CALLR: DID not found [item 0]',
			requests: 1,
		});
	});

	it('reads, buys and cancels reserved orders, and reads the store quota', async () => {
		const order = { areaCodeId: 3, numberClass: 'CLASSIC', quantity: 1, reserveOnly: true };
		const reserve = async () =>
			String((await call({ resource: 'phoneNumber', operation: 'buy', ...order })).out[0].token);

		const token = await reserve();
		const viewed = await call({ resource: 'phoneNumber', operation: 'getOrder', orderId: token });
		expect(viewed.rpc).toEqual([['did/store.view_order', [token]]]);
		expect(viewed.out[0]).toMatchObject({ token, items: [{ intl_number: expect.stringMatching(/^\+1212/) }] });
		expect(viewed.out[0]).not.toHaveProperty('numberClass');

		const bought = await call({ resource: 'phoneNumber', operation: 'buyOrder', orderId: token });
		expect(bought.rpc).toEqual([['did/store.buy_order', [token]]]);
		const [item] = bought.out[0].success as Array<{ hash: string }>;
		expect(sim.numbers.has(item.hash)).toBe(true);

		const other = await reserve();
		const cancelled = await call({ resource: 'phoneNumber', operation: 'cancelOrder', orderId: ` ${other} ` });
		expect(cancelled.rpc).toEqual([['did/store.cancel_order', [other]]]);
		expect(cancelled.out).toEqual([{ token: other, cancelled: true }]);
		expect(sim.reservations.has(other)).toBe(false);
		expect(await failure({ resource: 'phoneNumber', operation: 'getOrder', orderId: other })).toEqual({
			message: 'CALLR: Invalid property value: token (unknown or expired order token) [item 0]',
			requests: 1,
		});
		expect(await failure({ resource: 'phoneNumber', operation: 'buyOrder', orderId: ' ' })).toEqual({
			message: 'Order ID: an order ID is required [item 0]',
			requests: 0,
		});

		const quota = await call({ resource: 'phoneNumber', operation: 'getStoreQuota' });
		expect(quota.rpc).toEqual([['did/store.get_quota_status', []]]);
		expect(quota.out).toEqual([
			{
				assigned_count: sim.numbers.size,
				assigned_max: 20,
				quota_current_count: 1,
				quota_current_remaining: 9,
				quota_max_over_period: 10,
				quota_period_days: 30,
			},
		]);
	});
});

describe('Media', () => {
	it('uploads a WAV file from binary data as a new media, which CALLR then converts', async () => {
		const audio = wav(2);
		const mark = sim.log.length;
		const result = await h.uploadAudio(
			{ bytes: audio, fileName: 'greeting.wav', mimeType: 'audio/wav' },
			{ options: { text: 'Hello and welcome' } },
		);
		expect(result.error).toBeUndefined();
		const [media] = result.output('callr');
		const id = media.id as number;
		const rpc = h.rpcSince(mark);
		expect(rpc.map((r) => r.headers.authorization)).toEqual(Array(3).fill(`Api-Key ${sim.apiKey}`));
		expect(rpc.map((r) => [r.body.method, r.body.params])).toEqual([
			['media/library.create', ['Greeting']],
			['media/library.set_content', [id, 'Hello and welcome', audio.toString('base64')]],
			['media/library.get', [id]],
		]);
		expect(media).toMatchObject({ name: 'Greeting', content: 'Hello and welcome', status: 'PENDING_CONVERSION' });
		expect(result.items('callr')[0].pairedItem).toEqual({ item: 0 });
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(sim.media.get(id)).toMatchObject({ status: 'READY', duration: 2 });
	});

	it('refuses a file that is not WAV audio, or a missing one, before any request', async () => {
		const mark = sim.log.length;
		const mp3 = await h.uploadAudio({
			bytes: Buffer.from('ID3\u0004 audio'),
			fileName: 'hello.mp3',
			mimeType: 'audio/mpeg',
		});
		expect(mp3.error?.message).toBe(
			'Input Binary Field: CALLR takes WAV audio; "hello.mp3" (audio/mpeg) is not a WAV file [item 0]',
		);
		const missing = await h.uploadAudio(
			{ bytes: wav(1), fileName: 'a.wav', mimeType: 'audio/wav' },
			{ binaryPropertyName: 'audio' },
		);
		expect(missing.error?.message).toMatch(/audio/);
		expect(h.rpcSince(mark)).toHaveLength(0);
	});
});

describe('SENDR Campaign', () => {
	it('gets a campaign and starts, pauses, resumes, stops and deletes it', async () => {
		const hash = String(sim.addCampaign('Survey', 'SMS_SURVEY').hash);
		const state = () => (sim.campaigns.get(hash)?.status as IDataObject | undefined)?.state;

		const got = await call({ resource: 'campaign', operation: 'get', campaignId: hash });
		expect(got.rpc).toEqual([['sendr/10/campaign.get', [hash]]]);
		expect(got.out[0]).toMatchObject({ hash, name: 'Survey', type: 'SMS_SURVEY', status: { state: 'CREATED' } });

		const steps: Array<[string, string, string]> = [
			['start', 'started', 'STARTED'],
			['pause', 'paused', 'PAUSED'],
			['start', 'started', 'STARTED'],
			['stop', 'stopped', 'STOPPED'],
		];
		for (const [operation, outcome, expected] of steps) {
			const changed = await call({ resource: 'campaign', operation, campaignId: hash });
			expect(changed.rpc).toEqual([[`sendr/10/campaign.${operation}`, [hash]]]);
			expect(changed.out).toEqual([{ hash, [outcome]: true }]);
			expect(state()).toBe(expected);
		}
		expect(await failure({ resource: 'campaign', operation: 'pause', campaignId: hash })).toEqual({
			message: 'CALLR: Invalid property value: id (a STOPPED campaign cannot be paused) [item 0]',
			requests: 1,
		});

		const deleted = await call({ resource: 'campaign', operation: 'delete', campaignId: hash });
		expect(deleted.rpc).toEqual([['sendr/10/campaign.delete', [hash]]]);
		expect(sim.campaigns.has(hash)).toBe(false);
		expect(await failure({ resource: 'campaign', operation: 'get', campaignId: hash })).toEqual({
			message: 'CALLR: Campaign not found [item 0]',
			requests: 1,
		});
		expect(await failure({ resource: 'campaign', operation: 'start', campaignId: ' ' })).toEqual({
			message: 'Campaign ID: a campaign ID is required [item 0]',
			requests: 0,
		});
	});
});
