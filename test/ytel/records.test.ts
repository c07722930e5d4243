import { ytelHarness } from './harness';

const { sim, run, seen } = ytelHarness();

describe('Ytel contacts, DNC, lookup, SMS templates and account', () => {
	it('creates, gets, searches, updates and archives contacts', async () => {
		let since = sim.log.length;
		const created = await run({
			resource: 'contact',
			operation: 'create',
			phonenumber1: '+1 949 555 0101',
			additionalFields: { firstname: 'Ada', lastname: 'Lovelace', keys: 'crm-1', otherData: { pairs: [{ key: 'plan', value: 'gold' }] } },
		});
		const contact = created.output('ytel')[0];
		expect(contact).toMatchObject({ extData: { phonenumber1: '+19495550101', firstname: 'Ada', lastname: 'Lovelace', plan: 'gold' }, keys: ['crm-1', '+19495550101'] });
		expect(seen(since)[0].body).toEqual({ extData: { plan: 'gold', firstname: 'Ada', lastname: 'Lovelace', phonenumber1: '+19495550101' }, keys: ['crm-1'] });

		const conflict = await run({ resource: 'contact', operation: 'create', phonenumber1: '+19495550101' });
		expect(conflict.error).toMatchObject({ message: 'Ytel: Key conflict [item 0]', httpCode: '200' });
		expect(conflict.error?.description).toContain(String(contact.contactId));

		const got = await run({ resource: 'contact', operation: 'get', contactId: contact.contactId });
		expect(got.output('ytel')[0].contactId).toBe(contact.contactId);

		await run({ resource: 'contact', operation: 'create', phonenumber1: '+19495550102', additionalFields: { lastname: 'Lovelace-Byron' } });
		since = sim.log.length;
		const byKey = await run({ resource: 'contact', operation: 'search', searchBy: 'keys', keys: 'crm-1, nope' });
		expect(byKey.output('ytel').map((c) => c.contactId)).toEqual([contact.contactId]);
		const byData = await run({
			resource: 'contact',
			operation: 'search',
			searchBy: 'statements',
			statements: { conditions: [{ variable: 'lastname', match: 'contains', value: 'Lovelace' }] },
			returnAll: false,
			limit: 10,
		});
		expect(byData.output('ytel')).toHaveLength(2);
		expect(seen(since).map((r) => r.body)).toEqual([
			{ keys: ['crm-1', 'nope'] },
			{ statements: [{ variable: 'lastname', operation: 'contains', value: 'Lovelace' }], size: 10 },
		]);

		since = sim.log.length;
		const updated = await run({
			resource: 'contact',
			operation: 'update',
			contactId: contact.contactId,
			updateFields: { email1: 'ada@example.com', keys: 'crm-2', rmkeys: 'crm-1' },
		});
		expect(updated.output('ytel')[0]).toMatchObject({ keys: ['+19495550101', 'crm-2'], extData: { email1: 'ada@example.com', firstname: 'Ada' } });
		expect(seen(since)[0]).toMatchObject({ method: 'PUT', path: `/v4/contact/${String(contact.contactId)}`, body: { extData: { email1: 'ada@example.com' }, keys: ['crm-2'], rmkeys: ['crm-1'] } });

		const list = await run({ resource: 'contact', operation: 'getAll', returnAll: false, limit: 1 });
		expect(list.output('ytel')).toHaveLength(1);
		const archived = await run({ resource: 'contact', operation: 'archive', contactId: contact.contactId });
		expect(archived.output('ytel')[0].contactId).toBe(contact.contactId);
		expect(sim.log[sim.log.length - 1]).toMatchObject({ method: 'DELETE', path: `/v4/contact/${String(contact.contactId)}/` });
		const gone = await run({ resource: 'contact', operation: 'get', contactId: contact.contactId });
		expect(gone.error?.message).toBe('Ytel: Contact not found [item 0]');
		const back = await run({ resource: 'contact', operation: 'unarchive', contactId: contact.contactId });
		expect(back.output('ytel')[0].contactId).toBe(contact.contactId);
		expect(sim.log[sim.log.length - 1]).toMatchObject({ method: 'PUT', path: `/v4/contact/${String(contact.contactId)}/unarchive` });
	});

	it('adds and checks DNC entries; a listed number cannot be texted', async () => {
		const entry = { endpoint: '+19495550199', subtype: 'sms', selector: 'CUSTOMER_GLOBAL' };
		const none = await run({ resource: 'dnc', operation: 'check', ...entry });
		expect(none.error?.message).toBe('Ytel: No DNC entry found [item 0]');
		const since = sim.log.length;
		const added = await run({ resource: 'dnc', operation: 'add', ...entry });
		expect(added.output('ytel')[0]).toMatchObject(entry);
		expect(seen(since)[0]).toMatchObject({ method: 'POST', path: '/v4/dnc', body: entry });
		const found = await run({ resource: 'dnc', operation: 'check', ...entry });
		expect(found.output('ytel')[0]).toMatchObject(entry);
		expect(sim.log[sim.log.length - 1].path).toBe('/v4/dnc/%2B19495550199/CUSTOMER_GLOBAL/sms/');
		const own = await run({ resource: 'dnc', operation: 'add', endpoint: '+19495550199', subtype: 'call', selector: 'number', selectorNumber: '+14155550100' });
		expect(own.output('ytel')[0].selector).toBe('+14155550100');

		const blocked = await run({
			resource: 'message',
			operation: 'sendSms',
			sendFrom: 'phoneNumber',
			from: '+14155550100',
			sendTo: 'phoneNumber',
			to: '+19495550199',
			content: 'text',
			text: 'hi',
		});
		expect(blocked.error?.message).toBe('Ytel: The destination is on the do-not-contact list [item 0]');
	});

	it('looks up a carrier', async () => {
		const since = sim.log.length;
		const { output } = await run({ resource: 'lookup', operation: 'carrierLookup', phoneNumber: '+19495550123' });
		expect(output('ytel')[0]).toMatchObject({ phoneNumber: '+19495550123', network: 'Level 3', wireless: true });
		expect(seen(since)[0]).toMatchObject({ method: 'GET', path: '/v4/carrier/lookup/%2B19495550123/' });
	});

	it('creates, lists, updates and archives SMS templates', async () => {
		const missing = await run({ resource: 'smsTemplate', operation: 'create', templateTitle: 'Empty' });
		expect(missing.error?.message).toBe('Text: a text or a media URL is required [item 0]');
		const created = (await run({ resource: 'smsTemplate', operation: 'create', templateTitle: 'Hello', templateText: 'Hi %%FIRSTNAME%%' })).output('ytel')[0];
		expect(sim.log[sim.log.length - 1].body).toEqual({ templateTitle: 'Hello', templateText: 'Hi %%FIRSTNAME%%' });
		const templateId = created.templateId;
		const updated = await run({ resource: 'smsTemplate', operation: 'update', templateId, updateFields: { templateText: 'Hello %%FIRSTNAME%%' } });
		expect(updated.output('ytel')[0].templateText).toBe('Hello %%FIRSTNAME%%');
		expect(sim.log[sim.log.length - 1]).toMatchObject({ method: 'PUT', body: { templateText: 'Hello %%FIRSTNAME%%' } });
		expect((await run({ resource: 'smsTemplate', operation: 'get', templateId })).output('ytel')[0].templateTitle).toBe('Hello');
		expect((await run({ resource: 'smsTemplate', operation: 'getAll', returnAll: true })).output('ytel')).toHaveLength(1);
		await run({ resource: 'smsTemplate', operation: 'archive', templateId });
		expect((await run({ resource: 'smsTemplate', operation: 'getAll', returnAll: true })).output('ytel')).toHaveLength(0);
		const back = await run({ resource: 'smsTemplate', operation: 'unarchive', templateId });
		expect(back.output('ytel')[0].templateId).toBe(templateId);
		expect(sim.log[sim.log.length - 1]).toMatchObject({ method: 'PUT', path: `/v4/smstemplate/${String(templateId)}/unarchive` });
	});

	it('gets the account and its balance', async () => {
		const since = sim.log.length;
		const account = await run({ resource: 'account', operation: 'get' });
		expect(account.output('ytel')[0]).toMatchObject({ id: sim.accountSid, emailAddress: sim.email });
		const balance = await run({ resource: 'account', operation: 'getBalance' });
		expect(balance.output('ytel')[0]).toEqual({ accountSid: sim.accountSid, totalFunds: 125.5 });
		expect(seen(since).map((r) => `${r.method} ${r.path}`)).toEqual(['GET /ams/v3/accounts', 'GET /ams/v3/accounts/totalFunds']);
	});
});
