import * as loadOptions from '../../nodes/Ytel/methods/loadOptions';
import { loadOptionsContext, packageNode } from '../engine';
import { nodeTypes, ytelHarness } from './harness';

const { sim, fixtures, run, seen } = ytelHarness();

describe('Ytel phone numbers and number sets', () => {
	it('searches available numbers by area code, buys and releases them', async () => {
		const since = sim.log.length;
		const found = await run({ resource: 'phoneNumber', operation: 'searchAvailable', areaCode: '213, 714', additionalFields: { size: 2, type: 'sms' } });
		expect(found.output('ytel').map((n) => n.phoneNumber)).toEqual(['+12135552000', '+12135552001', '+17145552000', '+17145552001']);
		expect(seen(since)[0].query).toEqual({ areaCode: '213,714', size: '2', type: 'sms' });

		const bought = await run({
			resource: 'phoneNumber',
			operation: 'purchase',
			phoneNumbers: '+12135552000, +12135552001',
			additionalFields: { numberSetId: 'a1b2c3d4-0000-4000-8000-000000000001' },
		});
		expect(bought.output('ytel').map((n) => n.phoneNumber)).toEqual(['+12135552000', '+12135552001']);
		expect(sim.log[sim.log.length - 1].body).toEqual({ phoneNumber: ['+12135552000', '+12135552001'], numberSetId: 'a1b2c3d4-0000-4000-8000-000000000001' });
		expect(sim.numbers.get('+12135552000')?.numberSetId).toBe('a1b2c3d4-0000-4000-8000-000000000001');

		const again = await run({ resource: 'phoneNumber', operation: 'purchase', phoneNumbers: '+12135552000' });
		expect(again.error?.message).toBe('Ytel: Number is not available [item 0]');

		const released = await run({ resource: 'phoneNumber', operation: 'release', phoneNumbers: '+12135552000,+12135552001' });
		expect(released.output('ytel')).toHaveLength(2);
		expect(sim.numbers.has('+12135552000')).toBe(false);

		const tooMany = Array.from({ length: 101 }, (_, i) => `+1213555${String(3000 + i)}`).join(',');
		const refused = await run({ resource: 'phoneNumber', operation: 'release', phoneNumbers: tooMany });
		expect(refused.error?.message).toBe('Phone Numbers: at most 100 numbers per release, got 101 [item 0]');
		const badArea = await run({ resource: 'phoneNumber', operation: 'searchAvailable', areaCode: '21' });
		expect(badArea.error?.message).toMatch(/^Area Codes: /);
	});

	it('gets and updates a number’s inbound URLs', async () => {
		const since = sim.log.length;
		const updated = await run({
			resource: 'phoneNumber',
			operation: 'update',
			phoneNumber: '+14155550100',
			updateFields: { friendlyName: 'Front desk', smsUrl: 'https://example.com/sms', smsMethod: 'POST', voiceUrl: 'https://example.com/voice.xml', voiceMethod: 'GET' },
		});
		expect(updated.output('ytel')[0]).toMatchObject({ friendlyName: 'Front desk', smsUrl: 'https://example.com/sms', voiceMethod: 'GET' });
		const [put] = seen(since);
		expect(`${put.method} ${put.path}`).toBe('PUT /v4/number/%2B14155550100/');
		expect(put.body).toEqual({ friendlyName: 'Front desk', smsUrl: 'https://example.com/sms', smsMethod: 'POST', voiceUrl: 'https://example.com/voice.xml', voiceMethod: 'GET' });

		const got = await run({ resource: 'phoneNumber', operation: 'get', phoneNumber: '+14155550100' });
		expect(got.output('ytel')[0]).toMatchObject({ phoneNumber: '+14155550100', smsUrl: 'https://example.com/sms' });
		const nothing = await run({ resource: 'phoneNumber', operation: 'update', phoneNumber: '+14155550100', updateFields: {} });
		expect(nothing.error?.message).toBe('Update Fields: add at least one field to change [item 0]');
		const missing = await run({ resource: 'phoneNumber', operation: 'get', phoneNumber: '+14155550999' });
		expect(missing.error).toMatchObject({ message: 'Ytel: Phone number not found [item 0]', httpCode: '404' });
	});

	it('walks nextKey pages for Return All, every number once', async () => {
		for (let n = 0; n < 1200; n++) sim.addNumber(`+1310555${String(n).padStart(4, '0')}`);
		const since = sim.log.length;
		const all = await run({ resource: 'phoneNumber', operation: 'getAll', returnAll: true });
		const expected = [...sim.numbers.keys()].sort();
		expect(all.output('ytel').map((n) => n.phoneNumber)).toEqual(expected);
		const pages = seen(since).map((r) => r.query);
		expect(pages[0]).toEqual({ size: '1000' });
		expect(Buffer.from(pages[1].nextKey, 'base64').toString()).toBe(expected[999]);

		const limited = await run({ resource: 'phoneNumber', operation: 'getAll', returnAll: false, limit: 5 });
		expect(limited.output('ytel')).toHaveLength(5);
	});

	it('gets number sets', async () => {
		const list = await run({ resource: 'numberSet', operation: 'getAll', returnAll: true });
		expect(list.output('ytel')).toEqual([{ accountSid: sim.accountSid, numberSetId: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Sales lines' }]);
		const one = await run({ resource: 'numberSet', operation: 'get', numberSetId: 'a1b2c3d4-0000-4000-8000-000000000001' });
		expect(one.output('ytel')[0].phoneNumbers).toEqual(expect.arrayContaining(['+14155550101', '+14155550102']));
	});

	it('creates a number set, adds and removes numbers, deletes it', async () => {
		let since = sim.log.length;
		const created = await run({
			resource: 'numberSet',
			operation: 'create',
			name: 'Support',
			additionalFields: { phoneNumbers: '+14155550100', smsUrl: 'https://example.com/set-sms', smsMethod: 'POST' },
		});
		const set = created.output('ytel')[0];
		expect(set).toMatchObject({ name: 'Support', phoneNumbers: ['+14155550100'], smsUrl: 'https://example.com/set-sms' });
		expect(seen(since)[0].body).toEqual({ name: 'Support', phoneNumbers: ['+14155550100'], smsUrl: 'https://example.com/set-sms', smsMethod: 'POST' });
		expect(sim.numbers.get('+14155550100')).toMatchObject({ numberSetId: set.numberSetId, smsUrl: 'https://example.com/set-sms' });

		since = sim.log.length;
		const added = await run({ resource: 'numberSet', operation: 'addNumbers', numberSetId: set.numberSetId, phoneNumbers: '+14155550101' });
		expect(added.output('ytel')[0].phoneNumbers).toEqual(['+14155550100', '+14155550101']);
		const removed = await run({ resource: 'numberSet', operation: 'removeNumber', numberSetId: set.numberSetId, phoneNumber: '+14155550100' });
		expect(removed.output('ytel')[0].phoneNumbers).toEqual(['+14155550101']);
		const deleted = await run({ resource: 'numberSet', operation: 'delete', numberSetId: set.numberSetId });
		expect(deleted.output('ytel')[0].numberSetId).toBe(set.numberSetId);
		expect(seen(since).map((r) => [r.method, r.path, r.body])).toEqual([
			['POST', '/v4/numberset/addnumber/', { numberSetId: set.numberSetId, phoneNumbers: ['+14155550101'] }],
			['DELETE', `/v4/numberset/${String(set.numberSetId)}/%2B14155550100/`, undefined],
			['DELETE', `/v4/numberset/${String(set.numberSetId)}/`, undefined],
		]);
		expect(sim.numberSets.has(String(set.numberSetId))).toBe(false);
	});

	it('offers the account’s numbers, number sets and templates in the pickers', async () => {
		await run({ resource: 'smsTemplate', operation: 'create', templateTitle: 'Welcome', templateText: 'Hi' });
		const node = packageNode('ytel', { resource: 'message', operation: 'sendSms' }, 'ytelApi');
		const context = loadOptionsContext(nodeTypes, node, fixtures, 'from');
		const numbers = await loadOptions.getPhoneNumbers.call(context);
		expect(numbers.map((o) => o.value)).toEqual([...sim.numbers.keys()].sort());
		expect(numbers.find((o) => o.value === '+14155550100')?.name).toBe('+14155550100 (Front desk)');
		expect(await loadOptions.getNumberSets.call(context)).toEqual([{ name: 'Sales lines', value: 'a1b2c3d4-0000-4000-8000-000000000001' }]);
		expect((await loadOptions.getSmsTemplates.call(context)).map((o) => o.name)).toEqual(['Welcome']);
	});
});
