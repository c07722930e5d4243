import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	INodeProperties,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

/** Attempts after a 429 of the token endpoint. */
const LOGIN_RETRIES = 4;

export class YtelApi implements ICredentialType {
	name = 'ytelApi';

	displayName = 'Ytel API';

	documentationUrl = 'https://github.com/n8n-nodes-telephony/n8n-nodes-telephony#ytel-credentials';

	icon = { light: 'file:../icons/ytel.svg', dark: 'file:../icons/ytel.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Authentication',
			name: 'authMethod',
			type: 'options',
			options: [
				{ name: 'Email & Password', value: 'password' },
				{ name: 'Access Token', value: 'accessToken' },
			],
			default: 'password',
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			displayOptions: { show: { authMethod: ['password'] } },
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authMethod: ['password'] } },
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			hint: 'A long-lived token from the Ytel UI. It cannot call the account endpoints (Account → Get, Get Balance): use Email & Password for those.',
			displayOptions: { show: { authMethod: ['accessToken'] } },
		},
		{
			// Filled by preAuthentication: the bearer token issued for the email and password (valid about 120 minutes).
			displayName: 'Session Token',
			name: 'sessionToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.ytel.com',
			description: 'Change only to reach a test server',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		if (credentials.authMethod === 'accessToken') return { sessionToken: credentials.accessToken as string };
		let response: unknown;
		let status = 0;
		for (let attempt = 0; ; attempt++) {
			const full = (await this.helpers.httpRequest({
				method: 'POST',
				url: `${String(credentials.baseUrl).replace(/\/+$/, '')}/auth/v3/token`,
				body: {
					grantType: 'resource_owner_credentials',
					username: credentials.email,
					password: credentials.password,
					refreshToken: '',
					captcha: '',
				},
				json: true,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
			})) as { statusCode: number; headers: Record<string, unknown>; body: unknown };
			// The token endpoint takes 25 logins per second: many items renewing at once wait their turn.
			if (full.statusCode !== 429 || attempt >= LOGIN_RETRIES) {
				response = full.body;
				status = full.statusCode;
				break;
			}
			const seconds = Number(full.headers['retry-after']);
			await sleep(Math.min(30, Number.isFinite(seconds) && seconds > 0 ? seconds : 1) * 1000);
		}
		// Whatever came back (a proxy's page, `null`, a cut-off body) is read defensively: only a token is an answer.
		const answer = (response !== null && typeof response === 'object' ? response : {}) as {
			status?: unknown;
			payload?: unknown;
			error?: unknown;
		};
		const first = (list: unknown) =>
			(Array.isArray(list) && list[0] !== null && typeof list[0] === 'object' ? list[0] : {}) as Record<string, unknown>;
		const token = first(answer.payload).accessToken;
		if (answer.status === false || typeof token !== 'string' || token === '') {
			const message = first(answer.error).message;
			const reason = typeof message === 'string' && message !== '' ? message : 'no access token in the answer';
			// n8n keeps the description and the status of this error; the node names Ytel's reason from them.
			throw Object.assign(new Error(`Ytel refused the login: ${reason}`), {
				description: `The login at /auth/v3/token failed: ${reason} (HTTP ${status}).`,
				httpCode: status >= 400 ? String(status) : '401',
			});
		}
		return { sessionToken: token };
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.sessionToken}}' } },
	};

	test: ICredentialTestRequest = {
		request: { baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}', url: '/v4/timezone/' },
		rules: [
			{ type: 'responseSuccessBody', properties: { key: 'status', value: false, message: 'Ytel refused the token' } },
		],
	};
}
