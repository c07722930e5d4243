import type { IDataObject } from 'n8n-workflow';

import { callrDate } from '../../simulators/callr';
import { loadOptionsContext, packageNode, shutdownEngine } from '../engine';
import { callrHarness } from './setup';

const h = callrHarness();
const { sim } = h;

beforeAll(() => h.start());
afterEach(() => sim.clearFaults());
afterAll(async () => {
	await sim.stop();
	shutdownEngine();
});

const call = (parameters: IDataObject) => h.call(parameters);

describe('Call', () => {
	it('starts a click-to-call, reads its status with exact 64-bit call ids, and cancels only a scheduled one', async () => {
		const started = await call({
			resource: 'call',
			operation: 'startClickToCall',
			appId: 'C2CAPP01',
			partyA: '+14155550100, +14155550101',
			partyATimeout: 20,
			partyB: '+33612345678',
			partyBTimeout: 40,
			options: { cli: 'BLOCKED', cdrField: 'lead7' },
		});
		expect(started.rpc).toEqual([
			[
				'clicktocall/calls.start_2',
				[
					'C2CAPP01',
					[
						{ number: '+14155550100', timeout: 20 },
						{ number: '+14155550101', timeout: 20 },
					],
					[{ number: '+33612345678', timeout: 40 }],
					{ cli: 'BLOCKED', cdr_field: 'lead7' },
				],
			],
		]);
		const hash = String(started.out[0].hash);
		const status = await call({ resource: 'call', operation: 'getClickToCallStatus', callId: hash });
		expect(status.rpc).toEqual([['clicktocall/calls.get_status', [hash]]]);
		const stored = sim.clickToCalls.get(hash) as { a_status: { callid: bigint } };
		expect((status.out[0].a_status as { callid: string }).callid).toBe(stored.a_status.callid.toString());
		expect(stored.a_status.callid > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);

		const refused = await h.run({ resource: 'call', operation: 'cancelClickToCall', callId: hash });
		expect(refused.error?.message).toBe('CALLR: You cannot cancel a call that has already started [item 0]');

		const later = await call({
			resource: 'call',
			operation: 'startClickToCall',
			appId: 'C2CAPP01',
			partyA: '+14155550100',
			partyATimeout: 30,
			partyB: '+33612345678',
			partyBTimeout: 30,
			options: { schedule: '2099-01-01T08:30:00' },
		});
		expect((later.rpc[0][1] as unknown[])[3]).toEqual({ schedule: '2099-01-01 08:30:00' });
		const cancelled = await call({ resource: 'call', operation: 'cancelClickToCall', callId: later.out[0].hash });
		expect(cancelled.out).toEqual([{ hash: later.out[0].hash, cancelled: true }]);
		expect(sim.clickToCalls.has(String(later.out[0].hash))).toBe(false);
	});

	it('refuses an app of the wrong kind with the provider error', async () => {
		const { error } = await h.run({
			resource: 'call',
			operation: 'startClickToCall',
			appId: 'RTAPP001',
			partyA: '+14155550100',
			partyATimeout: 30,
			partyB: '+33612345678',
			partyBTimeout: 30,
		});
		expect(error?.message).toBe('CALLR: Invalid property value: app (a CLICKTOCALL10 app is required) [item 0]');
	});

	it('broadcasts a text-to-speech or a media message', async () => {
		const tts = await call({
			resource: 'call',
			operation: 'broadcastMessage',
			to: '+33612345678',
			timeout: 25,
			messageSource: 'tts',
			voice: 'TTS_FR-FR_AUDREY',
			text: 'Votre colis arrive',
			options: { loop: 2, directToVoicemail: true },
		});
		expect(tts.rpc).toEqual([
			[
				'calls.broadcast_1',
				[
					{ number: '+33612345678', timeout: 25 },
					['TTS|TTS_FR-FR_AUDREY|Votre colis arrive'],
					{ loop: 2, direct_to_voicemail: true },
				],
			],
		]);
		expect(tts.out[0]).toEqual({ result: sim.calls[sim.calls.length - 1].hash, to: '+33612345678' });

		const media = await call({
			resource: 'call',
			operation: 'broadcastMessage',
			to: '+33612345678',
			timeout: 25,
			messageSource: 'media',
			mediaId: 1,
		});
		expect(media.rpc).toEqual([['calls.broadcast_1', [{ number: '+33612345678', timeout: 25 }, [1], null]]]);
	});

	it('starts a real-time call', async () => {
		const { rpc, out } = await call({
			resource: 'call',
			operation: 'startRealtimeCall',
			appId: 'RTAPP001',
			to: '+33612345678',
			timeout: 30,
			options: { cli: '+33184800000' },
		});
		expect(rpc).toEqual([
			['calls.realtime', ['RTAPP001', { number: '+33612345678', timeout: 30 }, { cli: '+33184800000' }]],
		]);
		expect(out[0].result).toBe(sim.calls[sim.calls.length - 1].hash);
	});

	it('gets CDRs of a period, one item each, call ids exact', async () => {
		const inbound = await call({
			resource: 'call',
			operation: 'getCdrs',
			direction: 'IN',
			from: '2026-11-01T00:00:00Z',
			to: '2026-11-30T00:00:00Z',
			returnAll: true,
		});
		expect(inbound.rpc).toEqual([['cdr.get', ['IN', '2026-11-01 00:00:00', '2026-11-30 00:00:00', null, null]]]);
		expect(inbound.out.map((c) => c.callid)).toEqual(['12345678901234567890']);

		const outbound = await call({
			resource: 'call',
			operation: 'getCdrs',
			direction: 'OUT',
			from: '2026-11-01 00:00:00',
			to: '2026-11-30 00:00:00',
			returnAll: true,
			filters: { appId: 'RTAPP001' },
		});
		expect(outbound.rpc[0][1]).toEqual(['OUT', '2026-11-01 00:00:00', '2026-11-30 00:00:00', 'RTAPP001', null]);
		expect(outbound.out.map((c) => [c.callid, c.callid_in])).toEqual([['9007199254740993', null]]);
	});

	it('names the field of a date it cannot read', async () => {
		const { error } = await h.run({
			resource: 'call',
			operation: 'getCdrs',
			direction: 'IN',
			from: 'yesterday',
			to: '2026-11-30',
			returnAll: true,
		});
		expect(error?.message).toBe('From: "yesterday" is not a date and time [item 0]');
	});
});

describe('Phone Number', () => {
	it('walks did.search pages for Return All and asks only for what a Limit needs', async () => {
		while (sim.numbers.size < 120) sim.addNumber(`+3318480${String(1000 + sim.numbers.size)}`);
		const all = await call({ resource: 'phoneNumber', operation: 'getAll', returnAll: true });
		expect(all.rpc).toEqual([
			['did.search', [{}, { offset: 0, quantity: 50 }]],
			['did.search', [{}, { offset: 50, quantity: 50 }]],
			['did.search', [{}, { offset: 100, quantity: 50 }]],
		]);
		expect(all.out.map((n) => n.hash)).toEqual([...sim.numbers.keys()]);

		const limited = await call({
			resource: 'phoneNumber',
			operation: 'getAll',
			returnAll: false,
			limit: 60,
			filters: { type: 'GEOGRAPHIC' },
		});
		expect(limited.rpc).toEqual([
			['did.search', [{ type: 'GEOGRAPHIC' }, { offset: 0, quantity: 50 }]],
			['did.search', [{ type: 'GEOGRAPHIC' }, { offset: 50, quantity: 10 }]],
		]);
		expect(limited.out).toHaveLength(60);
	});

	it('lists countries, number types and area codes of the store', async () => {
		const countries = await call({ resource: 'phoneNumber', operation: 'getCountries' });
		expect(countries.rpc).toEqual([['did/areacode.countries', []]]);
		expect(countries.out.map((c) => c.code)).toEqual(['FR', 'US']);
		const types = await call({ resource: 'phoneNumber', operation: 'getTypes', country: 'fr' });
		expect(types.rpc).toEqual([['did/areacode.types', ['FR']]]);
		expect(types.out.map((t) => t.code)).toEqual(['GEOGRAPHIC', 'MOBILE']);
		const areaCodes = await call({
			resource: 'phoneNumber',
			operation: 'getAreaCodes',
			country: 'FR',
			numberType: 'MOBILE',
		});
		expect(areaCodes.rpc).toEqual([['did/areacode.get_list', ['FR', 'MOBILE']]]);
		expect(areaCodes.out.map((a) => a.id)).toEqual([2]);
	});

	it('quotes, reserves and buys numbers', async () => {
		const order = { areaCodeId: 1, numberClass: 'CLASSIC', quantity: 2 };
		const quote = await call({ resource: 'phoneNumber', operation: 'getQuote', ...order });
		expect(quote.rpc).toEqual([['did/store.get_quote', [1, 'CLASSIC', 2]]]);
		expect(quote.out[0]).toMatchObject({ available: 80, cost: { amount_per_month: '200.00', quantity: 2 } });

		const reserved = await call({ resource: 'phoneNumber', operation: 'buy', ...order, reserveOnly: true });
		expect(reserved.rpc).toEqual([['did/store.reserve', [1, 'CLASSIC', 2, 'RANDOM']]]);
		expect(sim.reservations.has(String(reserved.out[0].token))).toBe(true);

		const bought = await call({ resource: 'phoneNumber', operation: 'buy', ...order });
		const token = String(bought.out[0].token);
		expect(bought.rpc).toEqual([
			['did/store.reserve', [1, 'CLASSIC', 2, 'RANDOM']],
			['did/store.buy_order', [token]],
		]);
		const success = bought.out[0].success as Array<{ hash: string }>;
		expect(success).toHaveLength(2);
		expect(success.every((item) => sim.numbers.has(item.hash))).toBe(true);

		const tooMany = await h.run({
			resource: 'phoneNumber',
			operation: 'getQuote',
			areaCodeId: 2,
			numberClass: 'GOLD',
			quantity: 1,
		});
		expect(tooMany.error?.message).toMatch(/^CALLR: Invalid property value: quantity/);
	});
});

describe('Voice App', () => {
	it('searches apps with paging, gets one and deletes one', async () => {
		const list = await call({
			resource: 'voiceApp',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			filters: { name: 'real' },
		});
		expect(list.rpc).toEqual([['apps.search', [{ name: 'real' }, { offset: 0, quantity: 5 }]]]);
		expect(list.out.map((a) => a.hash)).toEqual(['RTAPP001']);
		const got = await call({ resource: 'voiceApp', operation: 'get', appId: 'TRACK001' });
		expect(got.rpc).toEqual([['apps.get', ['TRACK001']]]);
		expect(got.out[0]).toMatchObject({ hash: 'TRACK001', package: { name: 'CALLTRACKING10' } });
		const doomed = sim.addApp('Old campaign', 'CALLTRACKING10');
		const deleted = await call({ resource: 'voiceApp', operation: 'delete', appId: String(doomed.hash) });
		expect(deleted.out).toEqual([{ hash: doomed.hash, deleted: true }]);
		expect(sim.apps.has(String(doomed.hash))).toBe(false);
	});
});

describe('Media', () => {
	it('creates a text-to-speech media, lists, gets and deletes media', async () => {
		const created = await call({
			resource: 'media',
			operation: 'createTts',
			name: 'Hold music',
			text: 'Please hold',
			voice: 'TTS_EN-GB_DANIEL',
			options: { rate: 40 },
		});
		const id = created.out[0].id as number;
		expect(created.rpc).toEqual([
			['media/library.create', ['Hold music']],
			['media/tts.set_content', [id, 'Please hold', 'TTS_EN-GB_DANIEL', { rate: 40 }]],
			['media/library.get', [id]],
		]);
		expect(created.out[0]).toMatchObject({ name: 'Hold music', status: 'READY', voice: 'TTS_EN-GB_DANIEL' });

		const list = await call({ resource: 'media', operation: 'getAll', returnAll: true });
		expect(list.rpc).toEqual([['media/library.get_list', [null]]]);
		expect(list.out.map((m) => m.name)).toEqual(['Welcome', 'Hold music']);
		const got = await call({ resource: 'media', operation: 'get', mediaId: id });
		expect(got.rpc).toEqual([['media/library.get', [id]]]);
		const deleted = await call({ resource: 'media', operation: 'delete', mediaId: id });
		expect(deleted.out).toEqual([{ id, deleted: true }]);
		expect(sim.media.has(id)).toBe(false);
	});
});

describe('Webhook and Account', () => {
	it('subscribes with a signing secret, lists, unsubscribes and lists event types', async () => {
		const subscribed = await call({
			resource: 'webhook',
			operation: 'subscribe',
			eventType: 'sms.mo',
			endpoint: 'https://example.com/in',
			options: { hmacSecret: 's3cret-value', hmacAlgorithm: 'SHA512' },
		});
		expect(subscribed.rpc).toEqual([
			[
				'webhooks.subscribe',
				['sms.mo', 'https://example.com/in', { format: 'JSON', hmac_algo: 'SHA512', hmac_secret: 's3cret-value' }],
			],
		]);
		const hash = String(subscribed.out[0].hash);
		const list = await call({ resource: 'webhook', operation: 'getAll', returnAll: true });
		expect(list.rpc).toEqual([['webhooks.get_list', []]]);
		expect(list.out.map((w) => w.hash)).toContain(hash);
		const removed = await call({ resource: 'webhook', operation: 'unsubscribe', webhookId: hash });
		expect(removed.out).toEqual([{ hash, unsubscribed: true }]);
		const types = await call({ resource: 'webhook', operation: 'getEventTypes' });
		expect(types.rpc).toEqual([['webhooks.get_event_types', []]]);
		expect(types.out).toContainEqual({ type: 'sms.mt.status_update' });

		const short = await h.run({
			resource: 'webhook',
			operation: 'subscribe',
			eventType: 'sms.mo',
			endpoint: 'https://example.com/in',
			options: { hmacSecret: 'short' },
		});
		expect(short.error?.message).toBe('HMAC Secret: use 8 to 1024 characters [item 0]');
	});

	it('gets the prepaid credit', async () => {
		const { rpc, out } = await call({ resource: 'account', operation: 'getPrepaidCredit' });
		expect(rpc).toEqual([['billing.get_prepaid_credit', []]]);
		expect(out).toEqual([{ balance: sim.prepaidCredit }]);
	});
});

describe('pickers', () => {
	const context = () => {
		const node = packageNode('callr', { resource: 'call', operation: 'startClickToCall' }, 'callrApi');
		return loadOptionsContext(h.nodeTypes, node, h.fixtures, 'appId');
	};

	it('lists apps of the right kind, numbers and media', async () => {
		const methods = h.nodeTypes['n8n-nodes-telephony.callr'].methods.loadOptions;
		expect(await methods.getClickToCallApps.call(context())).toEqual([
			{ name: 'Sales click-to-call', value: 'C2CAPP01', description: 'CLICKTOCALL10' },
		]);
		expect((await methods.getRealtimeApps.call(context())).map((o) => o.value)).toEqual(['RTAPP001']);
		// Only apps whose package takes numbers (has_did): not Click-to-Call.
		expect((await methods.getAppsTakingNumbers.call(context())).map((o) => o.value)).toEqual(['TRACK001', 'RTAPP001']);
		expect((await methods.getApps.call(context())).length).toBe(sim.apps.size);
		const numbers = await methods.getNumbers.call(context());
		expect(numbers.length).toBe(sim.numbers.size);
		expect(numbers[0]).toEqual(
			expect.objectContaining({ name: expect.stringMatching(/^\+/), value: expect.any(String) }),
		);
		expect((await methods.getMedia.call(context())).map((o) => o.name)).toContain('Welcome');
	});
});

it('keeps the simulator clock in CALLR format', () => {
	expect(callrDate(Date.UTC(2026, 10, 30, 7, 5, 9))).toBe('2026-11-30 07:05:09');
});
