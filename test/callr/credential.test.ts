import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { CallrApi } from '../../credentials/CallrApi.credentials';
import { CallrSimulator, RPC_PATH } from '../../simulators/callr';
import { shutdownEngine } from '../engine';

const sim = new CallrSimulator();
const credential = new CallrApi();
let apiUrl: string;

beforeAll(async () => {
	apiUrl = `${await sim.start()}${RPC_PATH}`;
});
afterAll(async () => {
	await sim.stop();
	shutdownEngine();
});

/** The credential test as n8n runs it: the request with `authenticate` applied, then the status and the rules. */
async function testCredential(data: IDataObject): Promise<{ status: 'OK' | 'Error'; message?: string }> {
	const request = credential.test.request;
	const options = await credential.authenticate({ apiUrl, ...data }, {
		...request,
		url: apiUrl,
	} as IHttpRequestOptions);
	const response = await fetch(options.url, {
		method: options.method,
		headers: options.headers as Record<string, string>,
		body: JSON.stringify(options.body),
	});
	if (!response.ok) return { status: 'Error', message: `HTTP ${response.status}` };
	const body = (await response.json()) as IDataObject;
	for (const rule of credential.test.rules ?? []) {
		if (rule.type === 'responseSuccessBody' && body[rule.properties.key] === rule.properties.value) {
			return { status: 'Error', message: rule.properties.message };
		}
	}
	return { status: 'OK' };
}

describe('CALLR API credential', () => {
	it('asks system.get_timestamp with the API key', async () => {
		expect(await testCredential({ authentication: 'apiKey', apiKey: sim.apiKey, loginAsType: 'none' })).toEqual({
			status: 'OK',
		});
		const request = sim.requests({ path: RPC_PATH }).pop()!;
		expect(request.method).toBe('POST');
		expect(request.headers.authorization).toBe(`Api-Key ${sim.apiKey}`);
		expect(request.headers['content-type']).toBe('application/json-rpc; charset=utf-8');
		expect(request.body).toEqual({ jsonrpc: '2.0', id: 1, method: 'system.get_timestamp', params: [] });
		expect(credential.test.request.url).toBe('={{$credentials.apiUrl}}');
	});

	it('fails for a wrong key or login at HTTP level', async () => {
		expect(await testCredential({ authentication: 'apiKey', apiKey: 'nope', loginAsType: 'none' })).toEqual({
			status: 'Error',
			message: 'HTTP 401',
		});
		expect(
			await testCredential({ authentication: 'basic', login: sim.login, password: 'nope', loginAsType: 'none' }),
		).toMatchObject({ status: 'Error' });
		expect(
			await testCredential({ authentication: 'basic', login: sim.login, password: sim.password, loginAsType: 'none' }),
		).toEqual({ status: 'OK' });
	});

	it('fails on a JSON-RPC error at HTTP 200', async () => {
		sim.addFault({
			status: 200,
			times: 1,
			body: { jsonrpc: '2.0', id: 1, error: { code: 100, message: 'This feature is not allowed' } },
		});
		expect(await testCredential({ authentication: 'apiKey', apiKey: sim.apiKey, loginAsType: 'none' })).toEqual({
			status: 'Error',
			message: 'CALLR answered with a JSON-RPC error instead of the server time',
		});
	});

	it('adds CALLR-Login-As only when set', async () => {
		const plain = await credential.authenticate(
			{ authentication: 'apiKey', apiKey: 'k', loginAsType: 'none', loginAsTarget: 'x' },
			{ url: '' },
		);
		expect(plain.headers).toEqual({ Authorization: 'Api-Key k' });
		const as = await credential.authenticate(
			{ authentication: 'apiKey', apiKey: 'k', loginAsType: 'account.hash', loginAsTarget: 'SUBACC01' },
			{ url: '' },
		);
		expect(as.headers).toEqual({ Authorization: 'Api-Key k', 'CALLR-Login-As': 'account.hash SUBACC01' });
	});
});
