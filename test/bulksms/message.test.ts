import { BulkSmsSimulator } from '../../simulators/bulksms';
import { shutdownEngine } from '../engine';
import type { Fixtures } from './setup';
import { basic, runBulkSms, startBulkSms } from './setup';

const sim = new BulkSmsSimulator();
let fixtures: Fixtures;

beforeAll(async () => {
	fixtures = await startBulkSms(sim);
});
afterEach(() => sim.clearFaults());
afterAll(async () => {
	await sim.stop();
	shutdownEngine();
});

const { username, password } = BulkSmsSimulator.defaults;
const sends = () => sim.requests({ method: 'POST', path: '/v1/messages' });
const send = (parameters: Record<string, unknown>) => ({ resource: 'message', operation: 'send', ...parameters });
const paired = (items: Array<{ pairedItem?: unknown }>) => items.map((i) => (i.pairedItem as { item: number }).item);

describe('Message → Send', () => {
	it('sends every item in one POST /messages with Basic auth, a deduplication-id, and one output per message', async () => {
		const before = sends().length;
		const { items, run } = await runBulkSms(
			fixtures,
			send({ to: '={{ $json.phone }}', message: '=Hello {{ $json.name }}' }),
			[
				{ phone: '+27 001 234 567', name: 'Ann' },
				{ phone: '+27002345678, +27003456789', name: 'Bo' },
			],
		);
		expect(run.status).toBe('success');
		const requests = sends().slice(before);
		expect(requests).toHaveLength(1);
		const [request] = requests;
		expect(request.headers.authorization).toBe(basic(username, password));
		expect(request.query['deduplication-id']).toMatch(/^-?\d+$/);
		expect(request.body).toEqual([
			{ to: ['+27001234567'], body: 'Hello Ann' },
			{ to: ['+27002345678', '+27003456789'], body: 'Hello Bo' },
		]);
		const out = items('BulkSMS');
		expect(out.map((i) => [i.json.to, i.json.body, i.json.type])).toEqual([
			['27001234567', 'Hello Ann', 'SENT'],
			['27002345678', 'Hello Bo', 'SENT'],
			['27003456789', 'Hello Bo', 'SENT'],
		]);
		// a multi-recipient item fans out, every message paired with the item it came from
		expect(paired(out)).toEqual([0, 1, 1]);
		expect(out[0].json.status).toEqual({ id: 'ACCEPTED.null', type: 'ACCEPTED', subtype: null });
	});

	it('sends 10,001 items in 3 requests and returns 10,001 items in order, each paired with its input', async () => {
		const before = sends().length;
		const input = Array.from({ length: 10_001 }, (_, i) => ({ phone: `+2710${String(i).padStart(7, '0')}` }));
		const { items } = await runBulkSms(fixtures, send({ to: '={{ $json.phone }}', message: 'Bulk 10001' }), input);
		const requests = sends().slice(before);
		expect(requests.map((r) => (r.body as unknown[]).length)).toEqual([4000, 4000, 2001]);
		expect(new Set(requests.map((r) => r.query['deduplication-id'])).size).toBe(3);
		const out = items('BulkSMS');
		expect(out).toHaveLength(10_001);
		expect(out.every((item, i) => item.json.to === input[i].phone.slice(1))).toBe(true);
		expect(paired(out)).toEqual(input.map((_, i) => i));
	});

	it('honours the batch size in messages, also when items carry several recipients', async () => {
		const before = sends().length;
		await runBulkSms(
			fixtures,
			send({ to: '+27001234567, +27002345678', message: 'two each', options: { batchSize: 5 } }),
			[{}, {}, {}, {}],
		);
		expect(
			sends()
				.slice(before)
				.map((r) => (r.body as unknown[]).length),
		).toEqual([2, 2]);
	});

	it('retries a batch whose answer was lost, and BulkSMS de-duplicates it: nothing is sent twice', async () => {
		sim.addFault({ drop: 'after', times: 1, match: (r) => r.method === 'POST' && r.path === '/v1/messages' });
		const messagesBefore = sim.messages.length;
		const before = sim.log.length;
		const { items, run } = await runBulkSms(fixtures, send({ to: '={{ $json.phone }}', message: 'Retry me' }), [
			{ phone: '+27001110001' },
			{ phone: '+27001110002' },
		]);
		expect(run.status).toBe('success');
		const attempts = sim.log.slice(before).filter((r) => r.path === '/v1/messages');
		expect(attempts).toHaveLength(2);
		expect(attempts[0].answerDropped).toBe(true);
		expect(attempts[1].query['deduplication-id']).toBe(attempts[0].query['deduplication-id']);
		expect(attempts[1].rawBody.equals(attempts[0].rawBody)).toBe(true);
		expect(sim.messages.length - messagesBefore).toBe(2);
		expect(items('BulkSMS').map((i) => i.json.id)).toEqual(sim.messages.slice(-2).map((m) => m.id));
	});

	it('says a batch may have gone out when its retry fails after an attempt whose answer was lost', async () => {
		const isSend = (r: { method: string; path: string }) => r.method === 'POST' && r.path === '/v1/messages';
		sim.addFault({ drop: 'after', times: 1, match: isSend });
		sim.addFault({ status: 500, times: 1, match: isSend });
		const messagesBefore = sim.messages.length;
		const { items, run } = await runBulkSms(
			fixtures,
			send({ to: '={{ $json.phone }}', message: 'Lost answer' }),
			[{ phone: '+27001110003' }],
			{ onError: 'continueRegularOutput' },
		);
		expect(run.status).toBe('success');
		expect(sim.messages.length - messagesBefore).toBe(1);
		const [out] = items('BulkSMS');
		expect(out.json.error).toBe('BulkSMS: HTTP 500 [item 0]');
		expect(out.json.description).toMatch(/earlier attempt may have reached BulkSMS before it failed/);
	});

	it('sends to a group in a request of its own and pairs all its messages with the item', async () => {
		sim.groups.set('Team', { id: '7', name: 'Team', members: ['+27005550001', '+27005550002', '+27005550003'] });
		const before = sends().length;
		const { items } = await runBulkSms(
			fixtures,
			send({ recipientType: '={{ $json.kind }}', to: '={{ $json.phone }}', groupName: 'Team', message: 'Team news' }),
			[
				{ kind: 'phoneNumbers', phone: '+27001234567' },
				{ kind: 'group' },
				{ kind: 'phoneNumbers', phone: '+27002345678' },
			],
		);
		expect(
			sends()
				.slice(before)
				.map((r) => r.body),
		).toEqual([
			[
				{ to: ['+27001234567'], body: 'Team news' },
				{ to: ['+27002345678'], body: 'Team news' },
			],
			[{ to: { type: 'GROUP', name: 'Team' }, body: 'Team news' }],
		]);
		const out = items('BulkSMS');
		expect(out.map((i) => [i.json.to, (i.pairedItem as { item: number }).item])).toEqual([
			['27001234567', 0],
			['27005550001', 1],
			['27005550002', 1],
			['27005550003', 1],
			['27002345678', 2],
		]);
	});

	it('sends every option the API takes: sender, template fields, encoding, schedule', async () => {
		const before = sends().length;
		const { items } = await runBulkSms(
			fixtures,
			send({
				to: '+27001234567, +27002345678',
				message: 'Dear {F0######}, you owe {F1###}',
				sender: 'senderId',
				senderId: 'Acme',
				additionalFields: {
					templateFields: { field: [{ value: 'Harriet Longname' }, { value: '$12' }] },
					encoding: 'UNICODE',
					longMessageMaxParts: 2,
					deliveryReports: 'ERRORS',
					routingGroup: 'PREMIUM',
					messageClass: 'FLASH_SMS',
					protocolId: 'REPLACE_MESSAGE_2',
					userSuppliedId: 'invoice-42',
				},
				options: {
					autoUnicode: true,
					scheduleDate: '2099-01-02T03:04:05+02:00',
					scheduleDescription: 'New year',
				},
			}),
		);
		const [request] = sends().slice(before);
		expect(request.query).toMatchObject({
			'auto-unicode': 'true',
			'schedule-date': '2099-01-02T03:04:05+02:00',
			'schedule-description': 'New year',
		});
		const fields = ['Harriet Longname', '$12'];
		expect(request.body).toEqual([
			{
				to: [
					{ type: 'INTERNATIONAL', address: '+27001234567', fields },
					{ type: 'INTERNATIONAL', address: '+27002345678', fields },
				],
				body: 'Dear {F0######}, you owe {F1###}',
				from: { type: 'ALPHANUMERIC', address: 'Acme' },
				encoding: 'UNICODE',
				longMessageMaxParts: 2,
				deliveryReports: 'ERRORS',
				routingGroup: 'PREMIUM',
				messageClass: 'FLASH_SMS',
				protocolId: 'REPLACE_MESSAGE_2',
				userSuppliedId: 'invoice-42',
			},
		]);
		const out = items('BulkSMS').map((i) => i.json);
		expect(out[0]).toMatchObject({
			body: 'Dear Harriet Lo, you owe $12',
			from: 'Acme',
			encoding: 'UNICODE',
			messageClass: 0,
			protocolId: 66,
			userSuppliedId: 'invoice-42',
			status: { type: 'SCHEDULED' },
		});
	});

	it('sends a repliable message, a short code and a number as sender', async () => {
		const before = sends().length;
		await runBulkSms(
			fixtures,
			send({ to: '+27001234567', message: 'x', sender: '={{ $json.s }}', senderId: '={{ $json.id }}' }),
			[
				{ s: 'repliable' },
				{ s: 'senderId', id: '12345' },
				{ s: 'senderId', id: '+27007654321' },
				{ s: 'accountDefault' },
			],
		);
		expect((sends().slice(before)[0].body as Array<{ from?: unknown }>).map((e) => e.from)).toEqual([
			{ type: 'REPLIABLE' },
			{ type: 'SHORTCODE', address: '12345' },
			{ type: 'INTERNATIONAL', address: '+27007654321' },
			undefined,
		]);
	});

	it('turns a date without offset into the workflow time zone', async () => {
		const before = sends().length;
		await runBulkSms(
			fixtures,
			send({ to: '+27001234567', message: 'tz', options: { scheduleDate: '2099-07-01T09:30:00' } }),
		);
		expect(sends().slice(before)[0].query['schedule-date']).toMatch(/^2099-07-01T\d{2}:30:00Z$/);
	});

	it('checks every item before sending: invalid numbers, over-long bodies, bad sender IDs', async () => {
		const before = sends().length;
		const cases: Array<[Record<string, unknown>, string]> = [
			[{ to: '+27001234567, call me' }, 'To: "call me" is not a valid phone number [item 0]'],
			[{ to: '={{ "" }}' }, 'To: at least one phone number is required [item 0]'],
			[{ message: 'x'.repeat(460) }, 'Message: the text needs 4 parts, more than Long Message Max Parts (3) [item 0]'],
			[{ message: 'é€'.repeat(100) }, 'Message: the text needs 2 parts, more than Long Message Max Parts (1) [item 0]'],
			[
				{ message: 'Ωμέγα'.repeat(15), additionalFields: { encoding: 'UNICODE' } },
				'Message: the text needs 2 parts, more than Long Message Max Parts (1) [item 0]',
			],
			[
				{ sender: 'senderId', senderId: 'A very long name' },
				'Sender ID: "A very long name" is longer than 11 characters [item 0]',
			],
			[
				{ sender: 'senderId', senderId: '+12345' },
				'Sender ID: "+12345" is too short for a phone number (7 to 15 digits) [item 0]',
			],
			[
				{ additionalFields: { userSuppliedId: 'x'.repeat(21) } },
				'User Supplied ID: it can have at most 20 characters [item 0]',
			],
			[
				{ additionalFields: { encoding: 'BINARY' }, message: 'zz' },
				'Message: a Binary message must be hex digits, two per byte [item 0]',
			],
			[{ options: { scheduleDate: 'tomorrow' } }, 'Schedule Date: "tomorrow" is not a date and time [item 0]'],
		];
		for (const [parameters, message] of cases) {
			const maxParts =
				String(parameters.message ?? '').startsWith('é') || String(parameters.message ?? '').startsWith('Ω') ? 1 : 3;
			const { error } = await runBulkSms(
				fixtures,
				send({
					to: '+27001234567',
					message: 'Hi',
					...parameters,
					additionalFields: { longMessageMaxParts: maxParts, ...((parameters.additionalFields as object) ?? {}) },
				}),
			);
			expect(error?.message).toBe(message);
		}
		expect(sends().length).toBe(before);
	});

	it('counts GSM text with non-GSM characters as "?" without auto-unicode, and as Unicode with it', async () => {
		const text = `${'a'.repeat(150)}Ω`; // Ω is in GSM-7; ✓ is not
		const check = async (message: string, autoUnicode: boolean) =>
			(
				await runBulkSms(
					fixtures,
					send({ to: '+27001234567', message, additionalFields: { longMessageMaxParts: 1 }, options: { autoUnicode } }),
				)
			).error?.message;
		expect(await check(text, false)).toBeUndefined();
		expect(await check(`${'a'.repeat(150)}✓`, false)).toBeUndefined();
		expect(await check(`${'a'.repeat(150)}✓`, true)).toBe(
			'Message: the text needs 3 parts, more than Long Message Max Parts (1) [item 0]',
		);
	});

	it('gives one paired error item per invalid item with Continue On Fail, and sends the rest', async () => {
		const before = sends().length;
		const { items, run } = await runBulkSms(
			fixtures,
			send({ to: '={{ $json.phone }}', message: 'cof' }),
			[{ phone: '+27001234567' }, { phone: '12' }, { phone: '+27002345678' }],
			{ onError: 'continueRegularOutput' },
		);
		expect(run.status).toBe('success');
		expect(sends().length - before).toBe(1);
		const out = items('BulkSMS');
		expect(out.map((i) => [i.json.to ?? i.json.error, (i.pairedItem as { item: number }).item])).toEqual([
			['27001234567', 0],
			['To: "12" is not a valid phone number [item 1]', 1],
			['27002345678', 2],
		]);
	});

	it('surfaces BulkSMS 400 and 403 errors with their title, detail and code', async () => {
		const bad = await runBulkSms(fixtures, send({ recipientType: 'group', groupName: 'Nobody', message: 'x' }));
		expect(bad.error?.message).toBe("BulkSMS: Bad Request: entry 0: group 'Nobody' does not exist [item 0]");
		expect(bad.error?.httpCode).toBe('400');
		expect(bad.error?.context?.providerCode).toBe('bad-request');

		const credits = sim.credits;
		sim.credits = 0;
		try {
			const { items } = await runBulkSms(fixtures, send({ to: '+27001234567', message: 'no credit' }), [{}, {}], {
				onError: 'continueRegularOutput',
			});
			const out = items('BulkSMS').map((i) => i.json);
			expect(out).toHaveLength(2);
			expect(out[0]).toMatchObject({
				error: 'BulkSMS: Insufficient Credits [item 0]',
				httpCode: '403',
				code: 'insufficient-credits',
			});
			expect(out[1]).toMatchObject({ httpCode: '403', code: 'insufficient-credits' });
			expect(paired(items('BulkSMS'))).toEqual([0, 1]);
		} finally {
			sim.credits = credits;
		}
	});

	it('refuses an answer whose messages cannot be matched to the recipients', async () => {
		sim.addFault({ status: 201, body: [], times: 1, match: (r) => r.method === 'POST' && r.path === '/v1/messages' });
		const { error } = await runBulkSms(fixtures, send({ to: '+27001234567', message: 'lost' }));
		expect(error?.message).toBe('BulkSMS: 0 messages came back for 1 recipients [item 0]');
	});

	it('surfaces a 401 with the provider message and never shows the password', async () => {
		const wrong = {
			...fixtures,
			credentials: { bulkSmsApi: { ...fixtures.credentials.bulkSmsApi, password: 'wrong-secret-123' } },
		};
		const { error } = await runBulkSms(wrong, send({ to: '+27001234567', message: 'x' }));
		expect(error?.message).toBe('BulkSMS: Unauthorized: Invalid credentials [item 0]');
		expect(error?.httpCode).toBe('401');
		expect(JSON.stringify(error)).not.toContain('wrong-secret-123');
	});

	it('works with an API token as the credential', async () => {
		const tokenFixtures = {
			...fixtures,
			credentials: {
				bulkSmsApi: {
					username: BulkSmsSimulator.defaults.tokenId,
					password: BulkSmsSimulator.defaults.tokenSecret,
					baseUrl: sim.apiUrl,
				},
			},
		};
		const before = sends().length;
		const { run } = await runBulkSms(tokenFixtures, send({ to: '+27001234567', message: 'token' }));
		expect(run.status).toBe('success');
		expect(sends()[before].headers.authorization).toBe(
			basic(BulkSmsSimulator.defaults.tokenId, BulkSmsSimulator.defaults.tokenSecret),
		);
	});
});

describe('Message → Get, Get Many, Get Related Received Messages', () => {
	it('gets a message by id, and a missing one gives the 404 detail', async () => {
		const [message] = (await runBulkSms(fixtures, send({ to: '+27001234567', message: 'to get' }))).output('BulkSMS');
		const { output } = await runBulkSms(fixtures, { resource: 'message', operation: 'get', messageId: message.id });
		expect(output('BulkSMS')).toEqual([expect.objectContaining({ id: message.id, body: 'to get', numberOfParts: 1 })]);
		expect(sim.requests({ method: 'GET' }).pop()?.path).toBe(`/v1/messages/${String(message.id)}`);

		const missing = await runBulkSms(fixtures, { resource: 'message', operation: 'get', messageId: '1' });
		expect(missing.error?.message).toBe("BulkSMS: Not Found: Message with id '1' does not exist [item 0]");
	});

	it('walks every page with id< for Return All, also when pages come back short', async () => {
		await runBulkSms(
			fixtures,
			send({ to: '={{ $json.phone }}', message: 'paging', additionalFields: { userSuppliedId: 'paging-run' } }),
			[...Array.from({ length: 2500 }, (_, i) => ({ phone: `+2720${String(i).padStart(7, '0')}` }))],
		);
		sim.underfillPages = true;
		try {
			const before = sim.requests({ method: 'GET', path: '/v1/messages' }).length;
			const { output } = await runBulkSms(fixtures, {
				resource: 'message',
				operation: 'getAll',
				returnAll: true,
				filters: { userSuppliedId: 'paging-run', type: 'SENT' },
			});
			const ids = output('BulkSMS').map((m) => m.id);
			expect(ids).toHaveLength(2500);
			expect(new Set(ids).size).toBe(2500);
			const pages = sim.requests({ method: 'GET', path: '/v1/messages' }).slice(before);
			// 999 + 999 + 502, then the empty page that ends the list
			expect(pages.map((p) => p.query.filter)).toEqual([
				'type=SENT&userSuppliedId=paging-run',
				`type=SENT&userSuppliedId=paging-run&id<${String(ids[998])}`,
				`type=SENT&userSuppliedId=paging-run&id<${String(ids[1997])}`,
				`type=SENT&userSuppliedId=paging-run&id<${String(ids[2499])}`,
			]);
			expect(pages.map((p) => p.query.limit)).toEqual(['1000', '1000', '1000', '1000']);
		} finally {
			sim.underfillPages = false;
		}
	});

	it('stops at the Limit and asks for no more than it needs', async () => {
		const before = sim.requests({ method: 'GET', path: '/v1/messages' }).length;
		const { output } = await runBulkSms(fixtures, {
			resource: 'message',
			operation: 'getAll',
			returnAll: false,
			limit: 7,
		});
		expect(output('BulkSMS')).toHaveLength(7);
		const pages = sim.requests({ method: 'GET', path: '/v1/messages' }).slice(before);
		expect(pages.map((p) => [p.query.limit, p.query.filter])).toEqual([['7', undefined]]);
	});

	it('filters by status, submission and date range', async () => {
		const sent = (await runBulkSms(fixtures, send({ to: '+27001234567, +1111111', message: 'filters' }))).output(
			'BulkSMS',
		);
		sim.advanceStatuses();
		sim.advanceStatuses();
		const submissionId = (sent[0].submission as { id: string }).id;
		const run = (filters: Record<string, unknown>) =>
			runBulkSms(fixtures, { resource: 'message', operation: 'getAll', returnAll: true, filters });
		const failed = await run({ submissionId, statusType: 'FAILED' });
		expect(failed.output('BulkSMS').map((m) => [m.to, (m.status as { id: string }).id])).toEqual([
			['1111111', 'FAILED.NOT_SENT'],
		]);
		expect(sim.requests({ path: '/v1/messages', method: 'GET' }).pop()?.query.filter).toBe(
			`status.type=FAILED&submission.id=${submissionId}&id<${String(sent[1].id)}`,
		);
		const window = await run({
			submissionId,
			submittedAfter: '2000-01-01T00:00:00Z',
			submittedBefore: '2099-01-01T00:00:00+01:00',
		});
		expect(window.output('BulkSMS')).toHaveLength(2);
		const none = await run({ submissionId, submittedBefore: '2000-01-01T00:00:00Z' });
		expect(none.output('BulkSMS')).toHaveLength(0);
	});

	it('surfaces a rejected filter with its detail', async () => {
		const { error } = await runBulkSms(fixtures, {
			resource: 'message',
			operation: 'getAll',
			returnAll: true,
			filters: { submittedAfter: 'soon' },
		});
		expect(error?.message).toBe('Submitted After: "soon" is not a date and time [item 0]');
	});

	it('gets the replies to a sent message', async () => {
		const [sent] = (
			await runBulkSms(fixtures, send({ to: '+27009990001', message: 'Reply please', sender: 'repliable' }))
		).output('BulkSMS');
		const reply = sim.receive({ from: '+27009990001', body: 'Yes' });
		const { output } = await runBulkSms(fixtures, {
			resource: 'message',
			operation: 'getRelatedReceived',
			messageId: sent.id,
		});
		expect(output('BulkSMS')).toEqual([
			expect.objectContaining({ id: reply.id, type: 'RECEIVED', relatedSentMessageId: sent.id }),
		]);
		expect(sim.requests({ method: 'GET' }).pop()?.path).toBe(`/v1/messages/${String(sent.id)}/relatedReceivedMessages`);
	});
});
