import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { BulkSms } from '../../nodes/BulkSms/BulkSms.node';
import { BulkSmsSimulator } from '../../simulators/bulksms';
import { loadOptionsContext, shutdownEngine } from '../engine';
import type { Fixtures } from './setup';
import { basic, bulkSmsNode, runBulkSms, startBulkSms } from './setup';

const sim = new BulkSmsSimulator();
let fixtures: Fixtures;
/** A stand-in for the receiving end of a webhook: answers with `answer`. */
let receiver: http.Server;
let answer = 200;
let receiverUrl: string;

beforeAll(async () => {
	fixtures = await startBulkSms(sim);
	receiver = http.createServer((req, res) => {
		req.resume();
		req.on('end', () => res.writeHead(answer).end(answer === 200 ? 'ok' : 'Forbidden'));
	});
	await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
	receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
	await sim.stop();
	await new Promise((resolve) => receiver.close(resolve));
	shutdownEngine();
});

const { username, password } = BulkSmsSimulator.defaults;

describe('Profile → Get', () => {
	it('returns the profile with credits and quota', async () => {
		const { output } = await runBulkSms(fixtures, { resource: 'profile', operation: 'get' });
		expect(output('BulkSMS')).toEqual([
			expect.objectContaining({
				username,
				credits: expect.objectContaining({ balance: sim.credits }),
				quota: sim.quota,
			}),
		]);
		const request = sim.requests({ path: '/v1/profile' }).pop()!;
		expect([request.method, request.headers.authorization]).toEqual(['GET', basic(username, password)]);
	});
});

describe('Blocked Number', () => {
	it('blocks numbers in requests of at most 1,000, without the plus sign, one item per number', async () => {
		const numbers = Array.from({ length: 1001 }, (_, i) => `+4477${String(i).padStart(8, '0')}`);
		const { items } = await runBulkSms(
			fixtures,
			{ resource: 'blockedNumber', operation: 'create', phoneNumbers: '={{ $json.numbers }}' },
			[{ numbers }, { numbers: '+27001234567' }],
		);
		const posts = sim.requests({ method: 'POST', path: '/v1/blocked-numbers' });
		expect(posts.map((p) => (p.body as string[]).length)).toEqual([1000, 1, 1]);
		expect((posts[0].body as string[])[0]).toBe('447700000000');
		const out = items('BulkSMS');
		expect(out).toHaveLength(1002);
		expect(out[1001]).toEqual({ json: { phoneNumber: '27001234567' }, pairedItem: { item: 1 } });
		expect(sim.blockedNumbers).toHaveLength(1002);
	});

	it('rejects an invalid number before any request', async () => {
		const before = sim.log.length;
		const { error } = await runBulkSms(fixtures, {
			resource: 'blockedNumber',
			operation: 'create',
			phoneNumbers: '+27001234567, 0800',
		});
		expect(error?.message).toBe('Phone Numbers: "0800" is not a valid phone number [item 0]');
		expect(sim.log.length).toBe(before);
	});

	it('walks min-id pages for Return All and stops at a Limit', async () => {
		const before = sim.requests({ path: '/v1/blocked-numbers', method: 'GET' }).length;
		const all = await runBulkSms(fixtures, { resource: 'blockedNumber', operation: 'getAll', returnAll: true });
		expect(all.output('BulkSMS').map((b) => b.id)).toEqual(sim.blockedNumbers.map((b) => b.id));
		const pages = sim.requests({ path: '/v1/blocked-numbers', method: 'GET' }).slice(before);
		expect(pages.map((p) => [p.query['min-id'], p.query.limit])).toEqual([
			['0', '10000'],
			[String(sim.blockedNumbers.length + 1), '10000'],
		]);

		const some = await runBulkSms(fixtures, { resource: 'blockedNumber', operation: 'getAll', limit: 3 });
		expect(some.output('BulkSMS')).toEqual(sim.blockedNumbers.slice(0, 3));
		expect(sim.requests({ path: '/v1/blocked-numbers', method: 'GET' }).pop()?.query.limit).toBe('3');
	});
});

describe('Webhook', () => {
	const webhook = (operation: string, parameters: Record<string, unknown> = {}) => ({
		resource: 'webhook',
		operation,
		...parameters,
	});

	it('creates a webhook after BulkSMS validated the URL with an empty post', async () => {
		const { output } = await runBulkSms(
			fixtures,
			webhook('create', {
				name: 'Replies',
				url: receiverUrl,
				triggerScope: 'RECEIVED',
				additionalFields: { invokeOption: 'MANY', contactEmailAddress: 'ops@example.com', onWebApp: false },
			}),
		);
		const [created] = output('BulkSMS');
		expect(created).toMatchObject({
			name: 'Replies',
			url: receiverUrl,
			triggerScope: 'RECEIVED',
			active: true,
			onWebApp: false,
		});
		expect(sim.requests({ method: 'POST', path: '/v1/webhooks' }).pop()?.body).toEqual({
			name: 'Replies',
			url: receiverUrl,
			triggerScope: 'RECEIVED',
			invokeOption: 'MANY',
			contactEmailAddress: 'ops@example.com',
			onWebApp: false,
		});
		expect(sim.webhooks.get(created.id as number)?.invokeOption).toBe('MANY');
		expect(sim.webhookCalls.pop()).toMatchObject({ messageIds: [], status: 200 });
	});

	it('surfaces the failed validation and a duplicate name as BulkSMS reports them', async () => {
		answer = 403;
		try {
			const { error } = await runBulkSms(
				fixtures,
				webhook('create', { name: 'Blocked', url: receiverUrl, triggerScope: 'SENT' }),
			);
			expect(error?.message).toBe(
				'BulkSMS: Bad Request: Invoking the Webhook URL caused an error: 403 - Forbidden [item 0]',
			);
		} finally {
			answer = 200;
		}
		const duplicate = await runBulkSms(
			fixtures,
			webhook('create', { name: 'Replies', url: receiverUrl, triggerScope: 'SENT' }),
		);
		expect(duplicate.error?.message).toBe("BulkSMS: Bad Request: A webhook named 'Replies' already exists [item 0]");
		const badUrl = await runBulkSms(
			fixtures,
			webhook('create', { name: 'x', url: 'ftp://example.com', triggerScope: 'SENT' }),
		);
		expect(badUrl.error?.message).toBe('URL: "ftp://example.com" is not an http or https URL [item 0]');
	});

	it('gets, lists, updates and deletes webhooks; a missing one gives the 404 detail', async () => {
		const id = [...sim.webhooks.values()].find((h) => h.name === 'Replies')!.id;
		const got = await runBulkSms(fixtures, webhook('get', { webhookId: String(id) }));
		expect(got.output('BulkSMS')).toEqual([expect.objectContaining({ id, name: 'Replies' })]);

		const listed = await runBulkSms(fixtures, webhook('getAll', { returnAll: true }));
		expect(listed.output('BulkSMS').map((h) => h.id)).toEqual([...sim.webhooks.keys()]);

		const updated = await runBulkSms(
			fixtures,
			webhook('update', {
				webhookId: String(id),
				name: 'Status',
				url: receiverUrl,
				triggerScope: 'SENT',
				additionalFields: { active: false },
			}),
		);
		expect(updated.output('BulkSMS')).toEqual([
			expect.objectContaining({ id, name: 'Status', triggerScope: 'SENT', active: false }),
		]);
		const update = sim.requests({ method: 'POST' }).pop()!;
		expect([update.path, update.body]).toEqual([
			`/v1/webhooks/${id}`,
			{ name: 'Status', url: receiverUrl, triggerScope: 'SENT', active: false },
		]);

		const deleted = await runBulkSms(fixtures, webhook('delete', { webhookId: String(id) }));
		expect(deleted.output('BulkSMS')).toEqual([{ id: String(id), deleted: true }]);
		expect(sim.requests({ method: 'DELETE' }).pop()?.path).toBe(`/v1/webhooks/${id}`);
		expect(sim.webhooks.has(id)).toBe(false);

		const missing = await runBulkSms(fixtures, webhook('get', { webhookId: String(id) }));
		expect(missing.error?.message).toBe(`BulkSMS: Not Found: Webhook with id '${id}' does not exist [item 0]`);
		expect(missing.error?.httpCode).toBe('404');
	});

	it('lists the webhooks by name for the Webhook picker', async () => {
		for (const name of ['b-hook', 'a-hook']) {
			await runBulkSms(fixtures, webhook('create', { name, url: receiverUrl, triggerScope: 'SENT' }));
		}
		const node = bulkSmsNode(webhook('get'));
		const bulkSms = new BulkSms();
		const context = loadOptionsContext({ [node.type]: bulkSms }, node, fixtures, 'parameters.webhookId');
		const options = await bulkSms.methods.loadOptions.getWebhooks.call(context);
		expect(options.map((o) => o.name)).toEqual(['a-hook', 'b-hook']);
		expect(options[0]).toEqual({
			name: 'a-hook',
			value: String([...sim.webhooks.values()].find((h) => h.name === 'a-hook')!.id),
			description: `SENT → ${receiverUrl}`,
		});
	});
});
