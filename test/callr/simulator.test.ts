import { CallrSimulator, RPC_PATH } from '../../simulators/callr';
import { shutdownEngine } from '../engine';

const sim = new CallrSimulator();
let url: string;

beforeAll(async () => {
	url = `${await sim.start()}${RPC_PATH}`;
});
afterAll(async () => {
	await sim.stop();
	shutdownEngine();
});

const post = async (body: unknown, authorization = `Api-Key ${sim.apiKey}`) => {
	const response = await fetch(url, {
		method: 'POST',
		headers: { authorization, 'content-type': 'application/json-rpc; charset=utf-8' },
		body: typeof body === 'string' ? body : JSON.stringify(body),
	});
	return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
};

describe('CALLR simulator, JSON-RPC envelope', () => {
	it('answers a call with its id and result', async () => {
		const answer = await post({ jsonrpc: '2.0', id: 42, method: 'billing.get_prepaid_credit', params: [] });
		expect(answer).toEqual({
			status: 200,
			type: 'application/json-rpc; charset=utf-8',
			text: JSON.stringify({ jsonrpc: '2.0', id: 42, result: sim.prepaidCredit }),
		});
	});

	it('refuses bad credentials at HTTP level with an empty body', async () => {
		expect(
			await post({ jsonrpc: '2.0', id: 1, method: 'system.get_timestamp', params: [] }, 'Api-Key nope'),
		).toMatchObject({
			status: 401,
			text: '',
		});
		const get = await fetch(url, { headers: { authorization: `Api-Key ${sim.apiKey}` } });
		expect(get.status).toBe(405);
	});

	it.each([
		[[{ jsonrpc: '2.0', id: 1, method: 'system.get_timestamp', params: [] }], -32600],
		[{ jsonrpc: '2.0', id: 1, method: 'sms.get', params: { id: 'X' } }, -32602],
		[{ jsonrpc: '2.0', method: 'system.get_timestamp', params: [] }, -32600],
		[{ jsonrpc: '2.0', id: 1, method: 'sms.nothing', params: [] }, -32601],
		['{"jsonrpc":', -32700],
		[{ jsonrpc: '2.0', id: 1, method: 'sms.send', params: ['', '+33612345678'] }, 150],
		[{ jsonrpc: '2.0', id: 1, method: 'sms.send', params: ['', '0612345678', 'x', null] }, 151],
	])('reports %j as a JSON-RPC error %i at HTTP 200', async (body, code) => {
		const answer = await post(body);
		expect(answer.status).toBe(200);
		expect(JSON.parse(answer.text).error.code).toBe(code);
	});

	it('writes 64-bit call ids as exact integer literals', async () => {
		const answer = await post({
			jsonrpc: '2.0',
			id: 3,
			method: 'cdr.get',
			params: ['IN', '2026-11-01 00:00:00', '2026-11-02 00:00:00', null, null],
		});
		expect(answer.text).toContain('"callid":12345678901234567890,');
	});
});
