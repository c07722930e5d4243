import { ytelHarness } from './harness';

const { sim, run, seen } = ytelHarness();

const make = (extra: Record<string, unknown> = {}) => ({
	resource: 'call',
	operation: 'make',
	sendFrom: 'phoneNumber',
	from: '+14155550100',
	sendTo: 'phoneNumber',
	to: '+19492221234',
	url: 'https://example.com/call.xml',
	...extra,
});

async function liveCall(): Promise<string> {
	const { output } = await run(make());
	return String(output('ytel')[0].callSid);
}

describe('Ytel call', () => {
	it('makes a call with its options and returns the call SID once', async () => {
		const since = sim.log.length;
		const { output } = await run(
			make({ additionalFields: { statusCallbackUrl: 'https://example.com/done', record: true, timeout: 30, ifMachine: 'hangup', metadata: { pairs: [{ key: 'ref', value: 'r1' }] } } }),
		);
		expect(output('ytel')[0]).toEqual({ callSid: expect.stringMatching(/^[0-9a-f-]{36}$/), createdTime: expect.any(String) });
		const [request] = seen(since);
		expect(`${request.method} ${request.path}`).toBe('POST /v4/call/');
		expect(request.body).toEqual({
			from: '+14155550100',
			to: '+19492221234',
			url: 'https://example.com/call.xml',
			statusCallbackUrl: 'https://example.com/done',
			record: true,
			timeout: 30,
			ifMachine: 'hangup',
			metadata: { ref: 'r1' },
		});
		expect(request.headers.authorization).toMatch(/^Bearer ey/);
	});

	it('makes a group call: one output item per call', async () => {
		const since = sim.log.length;
		const { items } = await run({
			resource: 'call',
			operation: 'makeGroup',
			sendFrom: 'phoneNumber',
			from: '+14155550100',
			callTo: 'phoneNumbers',
			to: '+19492221234, +1 949 222 1235',
			url: 'https://example.com/call.xml',
			additionalFields: { groupConfirmKey: '1' },
		});
		expect(items('ytel').map((i) => [i.json.to, i.pairedItem])).toEqual([
			['+19492221234', { item: 0 }],
			['+19492221235', { item: 0 }],
		]);
		expect(seen(since)[0].body).toEqual({ from: '+14155550100', to: ['+19492221234', '+19492221235'], url: 'https://example.com/call.xml', groupConfirmKey: '1' });
	});

	it('controls a call in progress: digits, say, record, hang up', async () => {
		const callSid = await liveCall();
		const since = sim.log.length;
		const digits = await run({ resource: 'call', operation: 'sendDigits', callSid, playDtmf: '12 34#' });
		expect(digits.output('ytel')[0]).toEqual({ callSid, sentToCall: true });
		const say = await run({ resource: 'call', operation: 'play', callSid, playType: 'say', sayText: 'Hello', additionalFields: { mix: true } });
		expect(say.output('ytel')[0].sentToCall).toBe(true);
		const record = await run({ resource: 'call', operation: 'record', callSid, timeLimit: 100, additionalFields: { fileFormat: 'wav', direction: 'both' } });
		expect(record.output('ytel')[0].sentToCall).toBe(true);
		const live = await run({ resource: 'call', operation: 'getLive' });
		expect(live.output('ytel').map((c) => c.callSid)).toContain(callSid);
		const hangUp = await run({ resource: 'call', operation: 'interrupt', callSid, status: 'completed' });
		expect(hangUp.output('ytel')[0].sentToCall).toBe(true);
		expect(seen(since).map((r) => [r.method, r.path, r.body])).toEqual([
			['POST', `/v4/call/sendDigit/${callSid}`, { playDtmf: '1234#' }],
			['POST', `/v4/call/play/${callSid}`, { sayText: 'Hello', mix: true }],
			['POST', `/v4/call/record/${callSid}`, { timeLimit: 100, fileFormat: 'wav', direction: 'both' }],
			['GET', '/v4/call/live', undefined],
			['POST', `/v4/call/interrupt/${callSid}`, { status: 'completed' }],
		]);
		// the call is over: Ytel refuses further commands at HTTP 200
		const late = await run({ resource: 'call', operation: 'sendDigits', callSid, playDtmf: '1' });
		expect(late.error?.message).toBe('Ytel: Call is not active [item 0]');
		expect(late.error?.httpCode).toBe('200');
	});

	it('redirects a call to other InboundXML', async () => {
		const callSid = await liveCall();
		const since = sim.log.length;
		await run({ resource: 'call', operation: 'interrupt', callSid, status: 'completed', additionalFields: { url: 'https://example.com/next.xml', urlMethod: 'GET' } });
		expect(seen(since)[0].body).toEqual({ status: 'completed', url: 'https://example.com/next.xml', urlMethod: 'GET' });
		expect(sim.calls.find((c) => c.callSid === callSid)?.url).toBe('https://example.com/next.xml');
	});

	it('checks digits and the time limit before sending', async () => {
		const since = sim.log.length;
		const digits = await run({ resource: 'call', operation: 'sendDigits', callSid: 'x', playDtmf: '12a' });
		expect(digits.error?.message).toBe('Digits: only 0-9, * and # are allowed [item 0]');
		const record = await run({ resource: 'call', operation: 'record', callSid: 'x', timeLimit: 0 });
		expect(record.error?.message).toBe('Time Limit: must be a positive number of seconds [item 0]');
		expect(seen(since)).toHaveLength(0);
	});

	it('gets a call and lists the call log with filters', async () => {
		const callSid = await liveCall();
		const one = await run({ resource: 'call', operation: 'get', callSid });
		expect(one.output('ytel')[0]).toMatchObject({ callSid, from: '+14155550100', direction: 'outbound' });
		const today = new Date().toISOString().slice(0, 10);
		const since = sim.log.length;
		const list = await run({ resource: 'call', operation: 'getAll', startDate: today, endDate: today, returnAll: true, filters: { direction: 'outbound', to: '+19492221234' } });
		expect(list.output('ytel').map((c) => c.callSid)).toEqual(
			sim.calls.filter((c) => c.direction === 'outbound' && c.to === '+19492221234').map((c) => c.callSid),
		);
		expect(seen(since)[0]).toMatchObject({ path: '/v4/logs/call/', query: { startDate: today, endDate: today, direction: 'outbound', to: '+19492221234', limit: '5000', offset: '0' } });
		const bad = await run({ resource: 'call', operation: 'getAll', startDate: today, endDate: '2020-01-01', returnAll: true });
		expect(bad.error?.message).toBe('End Date: must not be before the Start Date [item 0]');
	});

	it('lists recordings page by page with lastCallSid', async () => {
		for (let n = 0; n < 5; n++) {
			const callSid = await liveCall();
			await run({ resource: 'call', operation: 'record', callSid, timeLimit: 10 });
		}
		const since = sim.log.length;
		const { output } = await run({ resource: 'recording', operation: 'getAll', returnAll: false, limit: 4 });
		expect(output('ytel').map((r) => r.recordingSid)).toEqual(sim.recordings.slice(0, 4).map((r) => r.recordingSid));
		expect(seen(since).map((r) => r.query)).toEqual([{ limit: '4' }]);

		const base = sim.recordings[0];
		for (let n = 0; n < 5000; n++) sim.recordings.push({ ...base, callSid: `call-${n}`, recordingSid: `rec-${n}` });
		const pagesSince = sim.log.length;
		const all = await run({ resource: 'recording', operation: 'getAll', returnAll: true });
		expect(all.output('ytel').map((r) => r.recordingSid)).toEqual(sim.recordings.map((r) => r.recordingSid));
		expect(seen(pagesSince).map((r) => r.query)).toEqual([{ limit: '5000' }, { limit: '5000', lastCallSid: String(sim.recordings[4999].callSid) }]);
		const one = await run({ resource: 'recording', operation: 'getAll', returnAll: true, filters: { callSid: sim.recordings[2].callSid } });
		expect(one.output('ytel').map((r) => r.recordingSid)).toEqual([sim.recordings[2].recordingSid]);
	});
});
