/** The simulator keeps ICTCore's contract (reference §13), which the node's tests rely on. */
import { IctCoreSimulator } from '../../simulators/ictcore';

const sim = new IctCoreSimulator();
let api: string;
const basic = `Basic ${Buffer.from('admin:helloAdmin').toString('base64')}`;

beforeAll(async () => {
	api = `${await sim.start()}/api`;
});
afterAll(async () => {
	await sim.stop();
});

const call = async (method: string, path: string, init: { headers?: Record<string, string>; body?: string } = {}) => {
	const response = await fetch(`${api}${path}`, {
		method,
		headers: { Authorization: basic, Accept: 'application/json', ...init.headers },
		body: init.body,
	});
	return {
		status: response.status,
		type: response.headers.get('content-type'),
		text: await response.text(),
		headers: response.headers,
	};
};

describe('ICTCore simulator', () => {
	it('reads only Authorization (Basic with username or e-mail, or Bearer) and answers 401 with WWW-Authenticate', async () => {
		expect((await call('GET', '/statistics')).status).toBe(200);
		const byEmail = await fetch(`${api}/statistics`, {
			headers: { Authorization: `Basic ${Buffer.from('admin@ictcore.org:helloAdmin').toString('base64')}` },
		});
		expect(byEmail.status).toBe(200);
		const misnamed = await fetch(`${api}/contacts`, { headers: { Authentication: basic } });
		expect(misnamed.status).toBe(401);
		expect(misnamed.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
		expect(await misnamed.json()).toEqual({
			error: { code: 401, message: 'Invalid credentials, access is denied to contacts.' },
		});
		const login = await fetch(`${api}/authenticate`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ username: 'user', password: 'helloUser' }),
		});
		const { token, expires_in, token_type } = (await login.json()) as {
			token: string;
			expires_in: number;
			token_type: string;
		};
		expect([expires_in, token_type]).toEqual([31104000, 'Bearer']);
		expect((await call('GET', '/statistics', { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
	});

	it('answers bare values, text/plain unless Accept is exactly application/json, and honours .json and method override', async () => {
		const created = await call('POST', '/contacts', {
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ phone: '03001234567' }),
		});
		expect([created.status, created.text, created.type]).toEqual([
			200,
			expect.stringMatching(/^\d+$/),
			'application/json',
		]);
		const plain = await fetch(`${api}/contacts/${created.text}.json`, {
			headers: { Authorization: basic, Accept: 'application/json; q=1' },
		});
		expect(plain.headers.get('content-type')).toBe('text/plain');
		expect(await plain.json()).toMatchObject({ contact_id: created.text, phone: '03001234567' }); // values as strings
		const deleted = await call('POST', `/contacts/${created.text}`, {
			headers: { 'X-HTTP-Method-Override': 'DELETE' },
		});
		expect(deleted.text).toBe('true');
	});

	it('ignores a JSON body sent with any other content type (an empty record is created)', async () => {
		const id = (
			await call('POST', '/contacts', {
				headers: { 'Content-Type': 'application/json; charset=utf-8' },
				body: JSON.stringify({ first_name: 'Lost' }),
			})
		).text;
		expect(JSON.parse((await call('GET', `/contacts/${id}`)).text)).toMatchObject({ first_name: null });
	});

	it('creates through the program shortcut, and answers an empty body where PHP returns null', async () => {
		const text = (
			await call('POST', '/messages/texts', {
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ name: 'n', data: 'hi' }),
			})
		).text;
		const tx = await call('POST', '/programs/sendsms/transmissions', {
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ program_data: { text_id: Number(text) }, transmission_data: { phone: '+14155550100' } }),
		});
		expect(tx.text).toMatch(/^\d+$/);
		expect((await call('GET', `/transmissions/${tx.text}/status`)).text).toBe('"pending"');
		const cancel = await call('DELETE', `/transmissions/${tx.text}/schedule`);
		expect([cancel.status, cancel.text]).toEqual([200, '']);
		expect(
			(await call('POST', '/programs/sendsms', { headers: { 'Content-Type': 'application/json' }, body: '{}' })).text,
		).toBe(
			'{"error":{"code":404,"message":"Transmission not found"}}', // Text's misleading load error
		);
	});

	it('refuses media of a type ICTCore does not list (415) and empty files (411)', async () => {
		const id = (
			await call('POST', '/messages/recordings', {
				headers: { 'Content-Type': 'application/json' },
				body: '{"name":"r"}',
			})
		).text;
		expect(
			(await call('PUT', `/messages/recordings/${id}/media`, { headers: { 'Content-Type': 'audio/mpeg' }, body: 'x' }))
				.status,
		).toBe(415);
		expect(
			(await call('PUT', `/messages/recordings/${id}/media`, { headers: { 'Content-Type': 'audio/wav' } })).status,
		).toBe(411);
	});
});
