import { IctCoreRestApi } from '../../credentials/IctCoreRestApi.credentials';
import { shutdownEngine } from '../engine';
import { credentials, run, sim } from './helpers';

beforeAll(async () => {
	await sim.start();
});
afterEach(() => sim.clearFaults());
afterAll(async () => {
	await sim.stop();
	shutdownEngine();
});

const basic = `Basic ${Buffer.from('admin:helloAdmin').toString('base64')}`;

describe('ICTCore one-step sends', () => {
	it('sends an SMS: text → program → transmission → send, with exact JSON and Basic auth', async () => {
		const before = sim.log.length;
		const { run: result, output } = await run(
			{ resource: 'sms', operation: 'send', to: '={{ $json.to }}', message: 'Hello', options: {} },
			[{ to: '+92 300 123 4567' }],
		);
		expect(result.status).toBe('success');
		const out = output('ictCore')[0];
		expect(out).toMatchObject({
			text_id: expect.any(Number),
			program_id: expect.any(Number),
			transmission_id: expect.any(Number),
			spool_id: expect.any(Number),
			status: 'processing',
		});
		const seen = sim.log.slice(before);
		expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
			'POST /api/messages/texts',
			'POST /api/programs/sendsms',
			'POST /api/transmissions',
			`POST /api/transmissions/${out.transmission_id}/send`,
		]);
		expect(seen.every((r) => r.headers.authorization === basic && r.headers.accept === 'application/json')).toBe(true);
		expect(seen[0].headers['content-type']).toBe('application/json');
		expect(seen[0].body).toMatchObject({ data: 'Hello', type: 'UTF-8' });
		expect(seen[2].body).toEqual({ program_id: out.program_id, phone: '+923001234567', try_allowed: 1 });
	});

	it('waits until finished, through a failed first attempt and ICTCore retry, with JWT auth', async () => {
		const fixtures = credentials('jwt');
		const { run: result, output } = await run(
			{
				resource: 'sms',
				operation: 'send',
				to: '+14155550114',
				message: 'Retry me',
				options: { tryAllowed: 2, waitUntilFinished: true, pollInterval: 0.1, timeout: 10 },
			},
			[{}],
			{},
			fixtures,
		);
		expect(result.status).toBe('success');
		expect(output('ictCore')[0]).toMatchObject({ status: 'completed', finished: true, attempts: 2, dlrCode: '1' });
		expect(String(fixtures.credentials.ictCoreRestApi.authToken)).toMatch(/^Bearer eyJ/);
		expect(sim.requests({ path: '/api/authenticate' }).at(-1)?.body).toEqual({
			username: 'admin',
			password: 'helloAdmin',
		});
	});

	it('reports a final failure and reuses a program for bulk sends', async () => {
		const { output } = await run({
			resource: 'sms',
			operation: 'send',
			to: '+14155550113',
			message: 'x',
			options: { waitUntilFinished: true, pollInterval: 0.1 },
		});
		expect(output('ictCore')[0]).toMatchObject({
			status: 'failed',
			finished: true,
			attempts: 1,
			response: 'busy',
			dlrCode: '16',
		});
		const programId = output('ictCore')[0].program_id;
		const before = sim.log.length;
		const bulk = await run(
			{ resource: 'sms', operation: 'send', to: '={{ $json.to }}', message: 'x', options: { programId } },
			[{ to: '+14155550100' }, { to: '+14155550101' }],
		);
		expect(bulk.output('ictCore').map((o) => o.program_id)).toEqual([programId, programId]);
		expect(sim.log.slice(before).filter((r) => /programs|texts/.test(r.path))).toHaveLength(0);
	});

	it('speaks a text and sends a fax from an existing document', async () => {
		const tts = await run({
			resource: 'call',
			operation: 'speakText',
			to: '+14155550100',
			text: 'Your code is 1 2 3',
			options: { waitUntilFinished: true, pollInterval: 0.1 },
		});
		expect(tts.output('ictCore')[0]).toMatchObject({ status: 'completed', finished: true });
		expect(sim.requests({ path: '/api/programs/voicetts' }).at(-1)?.body).toMatchObject({ text: 'Your code is 1 2 3' });
		const doc = sim.insert('documents', 'document_id', {
			name: 'invoice',
			pages: 1,
			_media: { type: 'application/pdf', data: Buffer.from('%PDF') },
		});
		const fax = await run({
			resource: 'fax',
			operation: 'send',
			to: '+14155550100',
			documentSource: 'document',
			documentId: String(doc.document_id),
			options: {},
		});
		expect(fax.output('ictCore')[0]).toMatchObject({ document_id: doc.document_id, status: 'processing' });
		const download = await run({
			resource: 'fax',
			operation: 'downloadDocument',
			documentId: String(doc.document_id),
			binaryPropertyName: 'data',
		});
		expect(download.items('ictCore')[0].binary?.data.mimeType).toBe('application/pdf');
	});

	it('sends an e-mail with a template', async () => {
		const { output } = await run({
			resource: 'email',
			operation: 'send',
			to: 'ann@example.com',
			subject: 'Hi',
			bodyHtml: '<p>Hi</p>',
			options: { bodyText: 'Hi' },
		});
		expect(output('ictCore')[0]).toMatchObject({ template_id: expect.any(Number), status: 'processing' });
		expect(sim.requests({ path: '/api/transmissions', method: 'POST' }).at(-1)?.body).toMatchObject({
			email: 'ann@example.com',
		});
		const template = sim.requests({ path: '/api/messages/templates', method: 'POST' }).at(-1)?.body;
		expect(template).toMatchObject({ subject: 'Hi', body: '<p>Hi</p>', body_alt: 'Hi' });

		const bounced = await run({
			resource: 'email',
			operation: 'send',
			to: 'bounce@example.com',
			subject: 'Hi',
			bodyHtml: '<p>Hi</p>',
			options: { waitUntilFinished: true, pollInterval: 0.1 },
		});
		expect(bounced.output('ictCore')[0]).toMatchObject({ status: 'failed', finished: true, response: 'busy' });
		expect(bounced.output('ictCore')[0].dlrCode).toBeUndefined(); // SMS only

		const bad = await run({ resource: 'email', operation: 'send', to: 'not-an-address', subject: 'x', bodyHtml: 'x' });
		expect(bad.error?.message).toBe('To: "not-an-address" is not an e-mail address [item 0]');
	});

	it('reuses an existing contact with the same number instead of creating one', async () => {
		const contact = sim.insert('contacts', 'contact_id', {
			first_name: 'Known',
			phone: '+14155550177',
			email: null,
			user_id: 1,
		});
		sim.insert('contacts', 'contact_id', { first_name: 'Other', phone: '+4414155550177', email: null, user_id: 1 }); // same suffix
		const contacts = sim.tables.contacts.length;
		const { output } = await run({
			resource: 'sms',
			operation: 'send',
			to: '+14155550177',
			message: 'x',
			options: { reuseContact: true },
		});
		expect(output('ictCore')[0].contact_id).toBe(contact.contact_id);
		expect(sim.requests({ method: 'GET', path: '/api/contacts' }).at(-1)?.query).toEqual({ phone: '14155550177' });
		expect(sim.requests({ method: 'POST', path: '/api/transmissions' }).at(-1)?.body).toMatchObject({
			contact_id: contact.contact_id,
		});
		expect(sim.tables.contacts.length).toBe(contacts);
	});

	it('never repeats a send whose answer was lost, but repeats a lost read', async () => {
		sim.addFault({ drop: 'after', times: 1, match: (r) => /\/send$/.test(r.path) });
		const sends = sim.tables.spools.length;
		const { error } = await run({ resource: 'sms', operation: 'send', to: '+14155550100', message: 'x', options: {} });
		expect(error?.message).toMatch(/connection failed/);
		expect(error?.description).toMatch(/may have reached ICTCore/);
		expect(sim.tables.spools.length).toBe(sends + 1);
		sim.clearFaults();
		sim.addFault({ status: 503, times: 1, match: (r) => r.path === '/api/statistics' });
		const read = await run({ resource: 'report', operation: 'getStatistics' });
		expect(read.run.status).toBe('success');
	});

	it('rejects bad input before any request, and keeps one paired error item per item with Continue On Fail', async () => {
		const before = sim.log.length;
		const { run: result, output } = await run(
			{ resource: 'sms', operation: 'send', to: '={{ $json.to }}', message: 'x', options: {} },
			[{ to: 'nope' }, { to: '+14155550100' }],
			{ onError: 'continueRegularOutput' },
		);
		expect(result.status).toBe('success');
		expect(output('ictCore')[0].error).toBe('To: "nope" is not a valid phone number [item 0]');
		expect(output('ictCore')[1].transmission_id).toEqual(expect.any(Number));
		expect(sim.log.slice(before).filter((r) => r.body && (r.body as { phone?: string }).phone === 'nope')).toHaveLength(
			0,
		);
	});

	it('turns an empty create answer (ictcore-7 regression) into an error with a hint', async () => {
		sim.brokenCreates = true;
		try {
			const { error } = await run({
				resource: 'sms',
				operation: 'send',
				to: '+14155550100',
				message: 'x',
				options: {},
			});
			expect(error?.message).toBe('ICTCore: no ID in the response [item 0]');
			expect(error?.description).toMatch(/ictcore-7/);
		} finally {
			sim.brokenCreates = false;
		}
	});

	it('keeps ICTCore error messages and codes', async () => {
		const { error } = await run({ resource: 'transmission', operation: 'get', transmissionId: '99999' });
		expect(error?.message).toBe('ICTCore: Transmission not found [item 0]');
		expect(error?.httpCode).toBe('404');
	});

	it('fails with a clear message for a wrong password in JWT mode (ICTCore answers 500)', async () => {
		const before = sim.requests({ path: '/api/statistics' }).length;
		const { run: result, error } = await run(
			{ resource: 'report', operation: 'getStatistics' },
			[{}],
			{},
			credentials('jwt', 'admin', 'wrong'),
		);
		expect(result.status).toBe('error');
		expect([error?.message, error?.description, error?.httpCode]).toEqual([
			'ICTCore: HTTP 401 [item 0]',
			expect.stringMatching(/without a token/),
			'401',
		]);
		expect(sim.requests({ path: '/api/authenticate' }).at(-1)?.status).toBe(500);
		expect(sim.requests({ path: '/api/statistics' }).length).toBe(before);
	});
});

describe('ICTCore records', () => {
	it('creates, reads, updates, lists, groups and deletes contacts', async () => {
		const created = await run({
			resource: 'contact',
			operation: 'create',
			phone: '03001234567',
			additionalFields: { firstName: 'Ann' },
		});
		const contactId = created.output('ictCore')[0].contact_id as number;
		expect(sim.requests({ method: 'POST', path: '/api/contacts' }).at(-1)?.body).toEqual({
			phone: '03001234567',
			first_name: 'Ann',
		});
		const got = await run({ resource: 'contact', operation: 'get', contactId: String(contactId) });
		expect(got.output('ictCore')[0]).toMatchObject({ contact_id: contactId, phone: '03001234567', first_name: 'Ann' });
		const updated = await run({
			resource: 'contact',
			operation: 'update',
			contactId: String(contactId),
			updateFields: { lastName: 'Lee' },
		});
		expect(updated.output('ictCore')[0]).toMatchObject({ last_name: 'Lee', first_name: 'Ann' });

		const group = await run({ resource: 'group', operation: 'create', name: 'VIP', additionalFields: {} });
		const groupId = group.output('ictCore')[0].group_id as number;
		const group2 = await run({ resource: 'group', operation: 'create', name: 'Other', additionalFields: {} });
		for (const g of [groupId, group2.output('ictCore')[0].group_id]) {
			await run({ resource: 'contact', operation: 'addToGroup', contactId: String(contactId), groupId: g });
		}
		const list = await run({
			resource: 'contact',
			operation: 'getAll',
			returnAll: true,
			filters: { phone: '1234567' },
		});
		expect(list.output('ictCore').filter((c) => c.contact_id === contactId)).toHaveLength(1); // JOIN duplicates removed
		expect(sim.requests({ path: '/api/contacts', method: 'GET' }).at(-1)?.query).toEqual({ phone: '1234567' });
		const members = await run({ resource: 'group', operation: 'getContacts', groupId, returnAll: true });
		expect(members.output('ictCore').map((c) => c.contact_id)).toEqual([contactId]);
		await run({ resource: 'contact', operation: 'removeFromGroup', contactId: String(contactId), groupId });
		const quoted = await run({
			resource: 'contact',
			operation: 'getAll',
			returnAll: true,
			filters: { lastName: "O'Brien" },
		});
		expect(quoted.error?.message).toBe('Last Name: quotes are not allowed in ICTCore filters [item 0]');
		const deleted = await run({ resource: 'contact', operation: 'delete', contactId: String(contactId) });
		expect(deleted.output('ictCore')[0]).toEqual({ contact_id: contactId, deleted: true });
	});

	it('exports a group as a CSV file', async () => {
		const group = sim.insert('groups', 'group_id', { name: 'CSV', description: null, user_id: 1 });
		const contact = sim.insert('contacts', 'contact_id', { phone: '923330000001', first_name: 'X' });
		sim.tables.links.push({ contact_id: contact.contact_id, group_id: group.group_id });
		const exported = await run({
			resource: 'group',
			operation: 'exportCsv',
			groupId: group.group_id as number,
			binaryPropertyName: 'file',
		});
		const binary = exported.items('ictCore')[0].binary!.file;
		expect(Buffer.from(binary.data, 'base64').toString()).toContain('"923330000001","X"');
		expect([binary.fileName, binary.mimeType]).toEqual([`group_${group.group_id}.csv`, 'text/csv']);
	});

	it('runs the transmission lifecycle: create, send, status, attempts, results, clone, schedule, delete', async () => {
		const program = await run({
			resource: 'program',
			operation: 'create',
			programType: 'voicetts',
			text: 'hello',
			additionalFields: { name: 'tts' },
		});
		const programId = program.output('ictCore')[0].program_id as number;
		const created = await run({
			resource: 'transmission',
			operation: 'create',
			programId,
			recipientType: 'phone',
			phone: '+14155550100',
			additionalFields: { title: 'T1' },
		});
		const id = String(created.output('ictCore')[0].transmission_id);
		sim.attemptMs = 60_000; // the attempt lasts until the clock is advanced
		const sent = await run({ resource: 'transmission', operation: 'send', transmissionId: id });
		expect(sent.output('ictCore')[0].spool_id).toEqual(expect.any(Number));
		const again = await run({ resource: 'transmission', operation: 'send', transmissionId: id });
		expect(again.error?.message).toBe('ICTCore: Transmission already in process [item 0]');
		sim.attemptMs = 50;
		sim.advance(60_000);
		const now = await run({ resource: 'transmission', operation: 'getStatus', transmissionId: id, options: {} });
		expect(now.output('ictCore')[0]).toEqual({ transmission_id: Number(id), status: 'completed' });
		const status = await run({
			resource: 'transmission',
			operation: 'getStatus',
			transmissionId: id,
			options: { waitUntilFinished: true, pollInterval: 0.1 },
		});
		expect(status.output('ictCore')[0]).toMatchObject({ status: 'completed', finished: true });
		const got = await run({ resource: 'transmission', operation: 'get', transmissionId: id, options: {} });
		expect(got.output('ictCore')[0]).toMatchObject({ title: 'T1', status: 'completed', program_id: programId });
		expect((got.output('ictCore')[0].oAccount as { passwd?: string }).passwd).toBeUndefined();
		const attempts = await run({ resource: 'transmission', operation: 'getAttempts', transmissionId: id });
		expect(attempts.output('ictCore')).toHaveLength(1);
		const results = await run({
			resource: 'transmission',
			operation: 'getResults',
			transmissionId: id,
			filters: { type: 'application' },
		});
		expect(results.output('ictCore')[0]).toMatchObject({ name: 'originate', data: 'success' });
		const clone = await run({
			resource: 'transmission',
			operation: 'clone',
			transmissionId: id,
			options: { sendNow: true },
		});
		expect(clone.output('ictCore')[0]).toMatchObject({ cloned_from: Number(id), spool_id: expect.any(Number) });
		const scheduled = await run({
			resource: 'transmission',
			operation: 'schedule',
			transmissionId: id,
			when: 'delay',
			delay: 600,
		});
		expect(scheduled.output('ictCore')[0]).toMatchObject({ schedule_id: expect.any(Number), delay: 600 });
		const cancelled = await run({ resource: 'transmission', operation: 'cancelSchedule', transmissionId: id });
		expect(cancelled.output('ictCore')[0]).toEqual({ transmission_id: Number(id), success: true });
		const list = await run({
			resource: 'transmission',
			operation: 'getAll',
			returnAll: false,
			limit: 2,
			filters: { programId },
		});
		expect(list.output('ictCore').map((t) => t.transmission_id)).toEqual([
			Number(id),
			clone.output('ictCore')[0].transmission_id,
		]);
		const deleted = await run({ resource: 'transmission', operation: 'delete', transmissionId: id });
		expect(deleted.output('ictCore')[0]).toEqual({ transmission_id: Number(id), deleted: true });
	});

	it('creates, starts and stops a campaign; start of a running campaign is an error', async () => {
		const group = await run({ resource: 'group', operation: 'create', name: 'Camp', additionalFields: {} });
		const groupId = group.output('ictCore')[0].group_id as number;
		const program = await run({
			resource: 'program',
			operation: 'create',
			programType: 'voicetts',
			text: 'hi',
			additionalFields: {},
		});
		const created = await run({
			resource: 'campaign',
			operation: 'create',
			programId: program.output('ictCore')[0].program_id,
			groupId,
			additionalFields: { cpm: 30 },
		});
		const campaignId = created.output('ictCore')[0].campaign_id as number;
		const member = sim.insert('contacts', 'contact_id', { phone: '+14155550402', user_id: 1 });
		sim.tables.links.push({ contact_id: member.contact_id, group_id: groupId });
		const started = await run({ resource: 'campaign', operation: 'start', campaignId });
		expect(started.output('ictCore')[0]).toMatchObject({ campaign_id: campaignId, status: 'running', cpm: 30 });
		const stopped = await run({ resource: 'campaign', operation: 'stop', campaignId });
		expect(stopped.output('ictCore')[0].status).toBe('paused');
		await run({ resource: 'campaign', operation: 'start', campaignId });
		const twice = await run({ resource: 'campaign', operation: 'start', campaignId });
		expect(twice.error?.message).toBe('ICTCore: the request failed (answer: false) [item 0]');
	});

	it('manages accounts and inbound programs, messages and statistics', async () => {
		const account = await run({
			resource: 'account',
			operation: 'create',
			type: 'did',
			additionalFields: { phone: '+14155550999' },
		});
		const accountId = account.output('ictCore')[0].account_id as number;
		const inbound = await run({
			resource: 'account',
			operation: 'enableInbound',
			accountId,
			programType: 'receivesms',
		});
		expect(inbound.output('ictCore')[0]).toMatchObject({ program_id: expect.any(Number) });
		expect(sim.requests({ method: 'PUT' }).at(-1)?.path).toBe(`/api/accounts/${accountId}/programs/receivesms`);
		const off = await run({ resource: 'account', operation: 'disableInbound', accountId, programType: '' });
		expect(sim.requests({ method: 'DELETE' }).at(-1)?.path).toBe(`/api/accounts/${accountId}/programs`);
		expect(off.output('ictCore')[0].removed).toBe(true);
		const text = await run({
			resource: 'message',
			operation: 'create',
			messageType: 'text',
			name: 'n',
			data: 'body',
			additionalFields: {},
		});
		const textId = String(text.output('ictCore')[0].text_id);
		const got = await run({ resource: 'message', operation: 'get', messageType: 'text', messageId: textId });
		expect(got.output('ictCore')[0]).toMatchObject({ text_id: Number(textId), data: 'body' });
		const stats = await run({ resource: 'report', operation: 'getStatistics', filters: { serviceFlag: 4 } });
		expect(typeof stats.output('ictCore')[0].transmission_total).toBe('number');
	});

	it('passes the credential test (GET /statistics) with the header preAuthentication builds, and fails it otherwise', async () => {
		const credential = new IctCoreRestApi();
		expect(credential.test.request.url).toBe('/statistics');
		const helpers = { helpers: { httpRequest: async () => ({}) } } as never;
		for (const [password, status] of [
			['helloAdmin', 200],
			['wrong', 401],
		] as const) {
			const { authToken } = (await credential.preAuthentication.call(helpers, {
				authMode: 'basic',
				username: 'admin@ictcore.org',
				password,
			})) as { authToken: string };
			const response = await fetch(`${sim.baseUrl}/api/statistics`, {
				headers: { Authorization: authToken, Accept: 'application/json' },
			});
			expect(response.status).toBe(status);
		}
	});
});
