import { YtelApi } from '../../credentials/YtelApi.credentials';
import { runWorkflow, packageNode } from '../engine';
import { nodeTypes, ytelHarness } from './harness';

const { sim, fixtures, run, seen } = ytelHarness();

const smsTo = (to: string) => ({
	resource: 'message',
	operation: 'sendSms',
	sendFrom: 'phoneNumber',
	from: '+14155550100',
	sendTo: 'phoneNumber',
	to,
	content: 'text',
	text: 'hi',
});

describe('Ytel credential', () => {
	it('logs in with email and password at /auth/v3/token and sends the token as a bearer', async () => {
		const since = sim.log.length;
		const { run: result, credentialsHelper } = await run({ resource: 'numberSet', operation: 'getAll', returnAll: true });
		expect(result.status).toBe('success');
		expect(credentialsHelper.preAuthenticationCalls.ytelApi).toBe(1);
		const [login, call] = sim.log.slice(since);
		expect(login.path).toBe('/auth/v3/token');
		expect(login.body).toEqual({ grantType: 'resource_owner_credentials', username: sim.email, password: sim.password, refreshToken: '', captcha: '' });
		expect(call.headers.authorization).toBe(`Bearer ${String(fixtures.credentials.ytelApi.sessionToken)}`);
	});

	it('renews an expired token in the middle of 200 items, and every item succeeds', async () => {
		sim.tokenLifetimeRequests = 60;
		fixtures.credentials.ytelApi.sessionToken = '';
		const before = sim.messages.length;
		const tokensBefore = sim.tokens.size;
		const input = Array.from({ length: 200 }, (_, i) => ({ to: `+1949555${String(1000 + i)}` }));
		const { run: result, items, credentialsHelper } = await run(smsTo('={{ $json.to }}'), input);
		sim.tokenLifetimeRequests = Infinity;
		expect(result.status).toBe('success');
		expect(items('ytel').map((i) => i.json.to)).toEqual(input.map((i) => i.to));
		expect(sim.messages.length - before).toBe(200);
		expect(sim.log.some((r) => r.status === 401)).toBe(true);
		expect(credentialsHelper.preAuthenticationCalls.ytelApi).toBeGreaterThanOrEqual(2);
		expect(sim.tokens.size - tokensBefore).toBeGreaterThanOrEqual(2);
	});

	it('names Ytel’s message when the login is refused', async () => {
		const { error } = await runWorkflow({
			nodeTypes,
			credentialTypes: fixtures.credentialTypes,
			credentials: { ytelApi: { ...fixtures.credentials.ytelApi, password: 'wrong', sessionToken: '' } },
			nodes: [packageNode('ytel', { resource: 'numberSet', operation: 'getAll', returnAll: true }, 'ytelApi')],
		});
		expect(error?.message).toMatch(/^Ytel: .*\[item 0\]$/);
		expect(JSON.stringify(error)).not.toContain('wrong');
	});

	it('uses a long-lived access token as it is; Ytel refuses it on the account endpoints', async () => {
		const credentials = { ytelApi: { authMethod: 'accessToken', accessToken: sim.uiToken, sessionToken: '', baseUrl: fixtures.credentials.ytelApi.baseUrl } };
		const since = sim.log.length;
		const ok = await runWorkflow({
			nodeTypes,
			credentialTypes: fixtures.credentialTypes,
			credentials,
			nodes: [packageNode('ytel', { resource: 'phoneNumber', operation: 'get', phoneNumber: '+14155550100' }, 'ytelApi')],
		});
		expect(ok.output('ytel')[0].phoneNumber).toBe('+14155550100');
		expect(seen(since)[0].headers.authorization).toBe(`Bearer ${sim.uiToken}`);
		expect(sim.log.slice(since).some((r) => r.path.startsWith('/auth/'))).toBe(false);

		const refused = await runWorkflow({
			nodeTypes,
			credentialTypes: fixtures.credentialTypes,
			credentials,
			nodes: [packageNode('ytel', { resource: 'account', operation: 'get' }, 'ytelApi')],
		});
		expect(refused.error?.message).toBe('Ytel: Authentication Error [item 0]');
		expect(refused.error?.httpCode).toBe('401');
		expect(refused.error?.description).toContain('A long lived token cannot be used with this endpoint');
		expect(JSON.stringify(refused.error)).not.toContain(sim.uiToken);
	});

	it('tests the credential with the unbilled timezone list and checks the envelope status', async () => {
		const { test, authenticate } = new YtelApi();
		expect(test.request).toEqual({ baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}', url: '/v4/timezone/' });
		expect(test.rules).toEqual([{ type: 'responseSuccessBody', properties: { key: 'status', value: false, message: 'Ytel refused the token' } }]);
		expect(authenticate.properties.headers).toEqual({ Authorization: '=Bearer {{$credentials.sessionToken}}' });
		const answer = await fetch(`${String(fixtures.credentials.ytelApi.baseUrl)}/v4/timezone/`, { headers: { authorization: `Bearer ${sim.uiToken}` } });
		expect(((await answer.json()) as { status: boolean }).status).toBe(true);
	});
});
