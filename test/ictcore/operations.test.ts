import type { IDataObject } from 'n8n-workflow';

import { shutdownEngine } from '../engine';
import { run, sim } from './helpers';

beforeAll(async () => {
	await sim.start();
});
afterAll(async () => {
	await sim.stop();
	shutdownEngine();
});

/** Every remaining operation: the request ICTCore saw, and what the item became. */
describe('ICTCore operations, request by request', () => {
	const ids: Record<string, number> = {};

	beforeAll(() => {
		const user = { user_id: 1 };
		ids.group = sim.insert('groups', 'group_id', { name: 'Sales', description: null, ...user }).group_id as number;
		ids.text = sim.insert('texts', 'text_id', { name: 't', data: 'hi', type: 'UTF-8', description: null, ...user })
			.text_id as number;
		ids.program = sim.insert('programs', 'program_id', {
			name: 'sms',
			type: 'sendsms',
			text_id: ids.text,
			parent_id: null,
			...user,
		}).program_id as number;
		ids.campaign = sim.insert('campaigns', 'campaign_id', {
			program_id: ids.program,
			group_id: ids.group,
			cpm: 2,
			try_allowed: 1,
			account_id: 1,
			status: 'new',
			...user,
		}).campaign_id as number;
		ids.account = sim.insert('accounts', 'account_id', {
			type: 'did',
			phone: '+14155550900',
			email: null,
			active: 1,
			settings: {},
			...user,
		}).account_id as number;
		const contact = sim.insert('contacts', 'contact_id', { phone: '+14155550901', email: null, ...user });
		for (const [flag, status] of [
			[4, 'failed'],
			[1, 'completed'],
			[2, 'completed'],
		] as const) {
			sim.insert('transmissions', 'transmission_id', {
				title: 'x',
				origin: 'x',
				service_flag: flag,
				program_id: ids.program,
				account_id: 1,
				contact_id: contact.contact_id,
				campaign_id: null,
				direction: 'outbound',
				status,
				response: '',
				try_allowed: 2,
				try_done: 1,
				last_run: null,
				is_deleted: 0,
				...user,
			});
		}
		ids.failedSms = sim.tables.transmissions.find((t) => t.service_flag === 4 && t.status === 'failed')!
			.transmission_id as number;
	});

	const cases: Array<[string, () => IDataObject, string, RegExp, (out: IDataObject[], seen: IDataObject) => void]> = [
		[
			'SMS Get Many',
			() => ({ resource: 'sms', operation: 'getAll', returnAll: true, filters: { status: 'failed' } }),
			'GET',
			/^\/api\/transmissions$/,
			(out, seen) => {
				expect(seen.query).toEqual({ service_flag: '4', status: 'failed' });
				expect(out.map((t) => t.transmission_id)).toContain(ids.failedSms);
			},
		],
		[
			'Call Get Many',
			() => ({
				resource: 'call',
				operation: 'getAll',
				returnAll: false,
				limit: 1,
				filters: { after: '2020-01-01T00:00:00Z' },
			}),
			'GET',
			/^\/api\/transmissions$/,
			(out, seen) => {
				expect(seen.query).toEqual({ service_flag: '1', after: '1577836800' });
				expect(out).toHaveLength(1);
			},
		],
		[
			'Fax Get Many',
			() => ({ resource: 'fax', operation: 'getAll', returnAll: true, filters: { direction: 'outbound' } }),
			'GET',
			/^\/api\/transmissions$/,
			(_out, seen) => {
				expect(seen.query).toEqual({ service_flag: '2', direction: 'outbound' });
			},
		],
		[
			'Transmission Retry',
			() => ({ resource: 'transmission', operation: 'retry', transmissionId: String(ids.failedSms) }),
			'POST',
			/\/retry$/,
			(out) => {
				expect(out[0]).toEqual({ transmission_id: ids.failedSms, spool_id: expect.any(Number) });
			},
		],
		[
			'Group Get',
			() => ({ resource: 'group', operation: 'get', groupId: ids.group }),
			'GET',
			/^\/api\/groups\/\d+$/,
			(out) => expect(out[0]).toMatchObject({ group_id: ids.group, name: 'Sales' }),
		],
		[
			'Group Get Many',
			() => ({ resource: 'group', operation: 'getAll', returnAll: true }),
			'GET',
			/^\/api\/groups$/,
			(out) => expect(out[0]).toMatchObject({ group_id: ids.group, contact_total: 0 }),
		],
		[
			'Group Update',
			() => ({ resource: 'group', operation: 'update', groupId: ids.group, updateFields: { description: 'Top' } }),
			'PUT',
			/^\/api\/groups\/\d+$/,
			(out, seen) => {
				expect(seen.body).toEqual({ description: 'Top' });
				expect(out[0]).toMatchObject({ description: 'Top', name: 'Sales' });
			},
		],
		[
			'Campaign Get',
			() => ({ resource: 'campaign', operation: 'get', campaignId: ids.campaign }),
			'GET',
			/^\/api\/campaigns\/\d+$/,
			(out) => expect(out[0]).toMatchObject({ status: 'new', cpm: 2 }),
		],
		[
			'Campaign Get Many',
			() => ({ resource: 'campaign', operation: 'getAll', returnAll: true, filters: { status: 'new' } }),
			'GET',
			/^\/api\/campaigns$/,
			(out) => {
				expect(out[0]).toMatchObject({ campaign_id: ids.campaign, program_type: 'sendsms' });
			},
		],
		[
			'Campaign Update',
			() => ({ resource: 'campaign', operation: 'update', campaignId: ids.campaign, updateFields: { cpm: 10 } }),
			'PUT',
			/^\/api\/campaigns\/\d+$/,
			(out) => expect(out[0].cpm).toBe(10),
		],
		[
			'Program Get',
			() => ({ resource: 'program', operation: 'get', programId: ids.program }),
			'GET',
			/^\/api\/programs\/\d+$/,
			(out) => expect(out[0]).toMatchObject({ program_id: ids.program, text_id: ids.text }),
		],
		[
			'Program Get Many',
			() => ({ resource: 'program', operation: 'getAll', returnAll: true, filters: { type: 'sendsms' } }),
			'GET',
			/^\/api\/programs$/,
			(out, seen) => {
				expect(seen.query).toEqual({ type: 'sendsms' });
				expect(out.every((p) => p.type === 'sendsms')).toBe(true);
			},
		],
		[
			'Program Get Transmissions',
			() => ({ resource: 'program', operation: 'getTransmissions', programId: ids.program, returnAll: true }),
			'GET',
			/^\/api\/programs\/\d+\/transmissions$/,
			(out) => {
				expect(out.length).toBeGreaterThanOrEqual(3);
			},
		],
		[
			'Message Create (Template)',
			() => ({
				resource: 'message',
				operation: 'create',
				messageType: 'template',
				name: 'w',
				subject: 'S',
				body: '<b>B</b>',
				additionalFields: { bodyAlt: 'B' },
			}),
			'POST',
			/^\/api\/messages\/templates$/,
			(out, seen) => {
				expect(seen.body).toEqual({ name: 'w', subject: 'S', body: '<b>B</b>', body_alt: 'B' });
				expect(out[0].template_id).toEqual(expect.any(Number));
			},
		],
		[
			'Message Get Many',
			() => ({
				resource: 'message',
				operation: 'getAll',
				messageType: 'text',
				returnAll: true,
				filters: { name: 't' },
			}),
			'GET',
			/^\/api\/messages\/texts$/,
			(out) => {
				expect(out.map((t) => t.text_id)).toContain(ids.text);
			},
		],
		[
			'Message Update',
			() => ({
				resource: 'message',
				operation: 'update',
				messageType: 'text',
				messageId: String(ids.text),
				updateFields: { data: 'new body' },
			}),
			'PUT',
			/^\/api\/messages\/texts\/\d+$/,
			(out) => {
				expect(out[0]).toMatchObject({ text_id: ids.text, data: 'new body' });
			},
		],
		[
			'Account Get',
			() => ({ resource: 'account', operation: 'get', accountId: ids.account }),
			'GET',
			/^\/api\/accounts\/\d+$/,
			(out) => expect(out[0]).toMatchObject({ account_id: ids.account, phone: '+14155550900', active: 1 }),
		],
		[
			'Account Get Many',
			() => ({ resource: 'account', operation: 'getAll', returnAll: true, filters: { type: 'did' } }),
			'GET',
			/^\/api\/accounts$/,
			(out) => {
				expect(out.map((a) => a.account_id)).toEqual([ids.account]);
			},
		],
		[
			'Account Update',
			() => ({
				resource: 'account',
				operation: 'update',
				accountId: ids.account,
				updateFields: { firstName: 'Front desk' },
			}),
			'PUT',
			/^\/api\/accounts\/\d+$/,
			(out) => {
				expect(out[0].first_name).toBe('Front desk');
			},
		],
		[
			'Campaign Delete',
			() => ({ resource: 'campaign', operation: 'delete', campaignId: ids.campaign }),
			'DELETE',
			/^\/api\/campaigns\/\d+$/,
			(out) => expect(out[0]).toEqual({ campaign_id: ids.campaign, deleted: true }),
		],
		[
			'Program Delete',
			() => ({ resource: 'program', operation: 'delete', programId: ids.program }),
			'DELETE',
			/^\/api\/programs\/\d+$/,
			(out) => expect(out[0]).toEqual({ program_id: ids.program, deleted: true }),
		],
		[
			'Message Delete',
			() => ({ resource: 'message', operation: 'delete', messageType: 'text', messageId: String(ids.text) }),
			'DELETE',
			/^\/api\/messages\/texts\/\d+$/,
			(out) => expect(out[0]).toEqual({ text_id: ids.text, deleted: true }),
		],
		[
			'Group Delete',
			() => ({ resource: 'group', operation: 'delete', groupId: ids.group }),
			'DELETE',
			/^\/api\/groups\/\d+$/,
			(out) => expect(out[0]).toEqual({ group_id: ids.group, deleted: true }),
		],
		[
			'Account Delete',
			() => ({ resource: 'account', operation: 'delete', accountId: ids.account }),
			'DELETE',
			/^\/api\/accounts\/\d+$/,
			(out) => expect(out[0]).toEqual({ account_id: ids.account, deleted: true }),
		],
	];

	it.each(cases)('%s', async (_name, parameters, method, path, check) => {
		const before = sim.log.length;
		const { run: result, output, error } = await run(parameters());
		expect(error?.message).toBeUndefined();
		expect(result.status).toBe('success');
		const seen = sim.log.slice(before).filter((r) => r.method === method && path.test(r.path));
		expect(seen).toHaveLength(1);
		expect(seen[0].headers.authorization).toMatch(/^Basic /);
		check(output('ictCore'), seen[0] as unknown as IDataObject);
	});

	it("reads a record deleted meanwhile as ICTCore's 404", async () => {
		const { error } = await run({ resource: 'group', operation: 'get', groupId: ids.group });
		expect([error?.message, error?.httpCode]).toEqual(['ICTCore: Group not found [item 0]', '404']);
	});
});
