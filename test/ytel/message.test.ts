import { ytelHarness } from './harness';

const { sim, run, seen, token } = ytelHarness();

const sms = (extra: Record<string, unknown> = {}) => ({
	resource: 'message',
	operation: 'sendSms',
	sendFrom: 'phoneNumber',
	from: '+14155550100',
	sendTo: 'phoneNumber',
	to: '={{ $json.to }}',
	content: 'text',
	text: '={{ $json.text }}',
	...extra,
});

describe('Ytel message', () => {
	it('sends an SMS per item with the bearer token and the documented body', async () => {
		const since = sim.log.length;
		const { run: result, items } = await run(
			sms({
				additionalFields: {
					deliveryStatusEnabled: true,
					messageStatusCallback: 'https://example.com/status',
					metadata: { pairs: [{ key: 'leadId', value: 'L-1' }] },
				},
			}),
			[
				{ to: '+1 (949) 222-1234', text: 'Hello' },
				{ to: '+19492221235', text: 'World' },
			],
		);
		expect(result.status).toBe('success');
		const out = items('ytel');
		expect(out.map((i) => [i.json.to, i.json.text, i.pairedItem])).toEqual([
			['+19492221234', 'Hello', { item: 0 }],
			['+19492221235', 'World', { item: 1 }],
		]);
		expect(out[0].json.messageSid).toMatch(/^[0-9a-f-]{36}$/);
		const requests = seen(since);
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v4/sms/', 'POST /v4/sms/']);
		for (const r of requests) expect(sim.tokens.has(String(r.headers.authorization).replace(/^Bearer /, ''))).toBe(true);
		expect(token()).not.toBe('');
		expect(requests[0].body).toEqual({
			from: '+14155550100',
			to: '+19492221234',
			text: 'Hello',
			deliveryStatusEnabled: true,
			messageStatusCallback: 'https://example.com/status',
			metadata: { leadId: 'L-1' },
		});
	});

	it('sends from a number set to a contact with a template, and an MMS', async () => {
		const contact = (await run({ resource: 'contact', operation: 'create', phonenumber1: '+19495550001', additionalFields: { firstname: 'Ada' } })).output('ytel')[0];
		const template = (await run({ resource: 'smsTemplate', operation: 'create', templateTitle: 'Hi', templateText: 'Hi %%FIRSTNAME|there%%, %%CODE%%' })).output('ytel')[0];
		const since = sim.log.length;
		const { output } = await run(
			sms({
				sendFrom: 'numberSet',
				numberSetId: 'a1b2c3d4-0000-4000-8000-000000000001',
				sendTo: 'contact',
				contactId: contact.contactId,
				content: 'template',
				smsTemplateId: template.templateId,
				additionalFields: { extData: { pairs: [{ key: 'code', value: '42' }] } },
			}),
		);
		expect(output('ytel')[0]).toMatchObject({ to: '+19495550001', from: '+14155550101', text: 'Hi Ada, 42' });
		expect(seen(since)[0].body).toEqual({
			numberSetId: 'a1b2c3d4-0000-4000-8000-000000000001',
			contactId: contact.contactId,
			smsTemplateId: template.templateId,
			extData: { code: '42' },
		});

		const mms = await run({
			resource: 'message',
			operation: 'sendMms',
			sendFrom: 'phoneNumber',
			from: '+14155550100',
			sendTo: 'phoneNumber',
			to: '+19492221234',
			mediaUrl: 'https://example.com/a.jpg',
			additionalFields: { text: 'Look' },
		});
		expect(mms.output('ytel')[0]).toMatchObject({ mediaUrl: 'https://example.com/a.jpg', text: 'Look' });
		expect(sim.log[sim.log.length - 1].body).toEqual({ from: '+14155550100', to: '+19492221234', mediaUrl: 'https://example.com/a.jpg', text: 'Look' });
	});

	it('stops at a bad number before sending, naming item and field', async () => {
		const since = sim.log.length;
		const { error } = await run(sms(), [{ to: 'not a number', text: 'x' }]);
		expect(error?.message).toBe('To: "not a number" is not a valid phone number [item 0]');
		expect(seen(since)).toHaveLength(0);
	});

	it('turns status:false at HTTP 200 and HTTP 400 into errors with Ytel’s message, one paired item each', async () => {
		const { run: result, items } = await run(
			sms({ from: '={{ $json.from }}' }),
			[
				{ from: '+14155550199', to: '+19492221234', text: 'x' },
				{ from: '+14155550100', to: '+19492221234', text: 'fine' },
			],
			{ onError: 'continueRegularOutput' },
		);
		expect(result.status).toBe('success');
		const out = items('ytel');
		expect(out[0].json).toMatchObject({
			error: 'Ytel: The from number is not owned by the account [item 0]',
			code: '403',
			httpCode: '200',
		});
		expect(out[0].json.description).toContain('+14155550199');
		expect(out[0].pairedItem).toEqual({ item: 0 });
		expect(out[1].json.text).toBe('fine');

		sim.addFault({
			status: 400,
			times: 1,
			body: { status: false, count: 0, page: 1, payload: [], error: [{ code: '1001', message: 'Invalid request', moreInfo: 'startDate' }] },
		});
		const { error } = await run({ resource: 'message', operation: 'getAll', startDate: '2026-01-02', endDate: '2026-01-03', returnAll: true });
		expect(error?.message).toBe('Ytel: Invalid request [item 0]');
		expect(error?.httpCode).toBe('400');
		expect(error?.description).toBe('Ytel rejected the request (HTTP 400, code 1001). startDate');
	});

	it('retries a 429 with Retry-After and sends the message once', async () => {
		sim.addFault({ status: 429, retryAfter: 0, nth: [1], match: (r) => r.path === '/v4/sms/' });
		const before = sim.messages.length;
		const since = sim.log.length;
		const { run: result } = await run(sms(), [{ to: '+19492221234', text: 'retry' }]);
		expect(result.status).toBe('success');
		expect(seen(since).map((r) => r.status)).toEqual([429, 200]);
		expect(sim.messages.length).toBe(before + 1);
	});

	it('does not repeat a send whose answer was lost', async () => {
		sim.addFault({ drop: 'after', times: 1, match: (r) => r.path === '/v4/sms/' });
		const before = sim.messages.length;
		const { error } = await run(sms(), [{ to: '+19492221234', text: 'once' }]);
		expect(error?.message).toMatch(/connection failed/);
		expect(sim.messages.length).toBe(before + 1);
	});

	it('paces messages per sending number when asked', async () => {
		const input = [1, 2, 3].map((n) => ({ to: `+1949222123${n}`, text: `p${n}` }));
		let since = sim.log.length;
		await run(sms({ options: { paceSender: true } }), input);
		const paced = seen(since).map((r) => r.receivedAt);
		// Sent 1 s apart; how late each arrives varies with the machine's load, hence the margin.
		expect(paced[2] - paced[0]).toBeGreaterThanOrEqual(1500);

		since = sim.log.length;
		await run(sms(), input);
		const free = seen(since).map((r) => r.receivedAt);
		expect(free[2] - free[0]).toBeLessThan(500);
	});

	it('gets a message from the log and shows its status moving on', async () => {
		const sent = (await run(sms(), [{ to: '+19492221234', text: 'track me' }])).output('ytel')[0];
		// The simulator delivers after a few milliseconds; a busy machine may take longer.
		const record = () => sim.messages.find((m) => m.smsSid === sent.messageSid);
		for (let waited = 0; record()?.status !== 'success' && waited < 5000; waited += 20) {
			await new Promise((r) => setTimeout(r, 20));
		}
		const since = sim.log.length;
		const { output } = await run({ resource: 'message', operation: 'get', smsSid: sent.messageSid });
		expect(output('ytel')[0]).toMatchObject({ smsSid: sent.messageSid, body: 'track me', status: 'success', direction: 'outbound' });
		expect(seen(since)[0].path).toBe(`/v4/logs/sms/details/${String(sent.messageSid)}/`);
	});

	it('walks offset pages for Return All and stops at a Limit', async () => {
		while (sim.messages.filter((m) => m.direction === 'inbound').length < 5012) sim.receiveSms('+19495550000', '+14155550100', 'filler');
		const today = new Date().toISOString().slice(0, 10);
		const params = { resource: 'message', operation: 'getAll', startDate: today, endDate: today, filters: { direction: 'inbound' } };
		let since = sim.log.length;
		const all = await run({ ...params, returnAll: true });
		const inbound = sim.messages.filter((m) => m.direction === 'inbound');
		expect(all.output('ytel').map((m) => m.smsSid)).toEqual(inbound.map((m) => m.smsSid));
		expect(seen(since).map((r) => [r.query.limit, r.query.offset, r.query.direction])).toEqual([
			['5000', '0', 'inbound'],
			['5000', '5000', 'inbound'],
		]);

		since = sim.log.length;
		const some = await run({ ...params, returnAll: false, limit: 3 });
		expect(some.output('ytel')).toHaveLength(3);
		expect(seen(since).map((r) => r.query)).toEqual([{ startDate: today, endDate: today, direction: 'inbound', limit: '3', offset: '0' }]);
	});
});
