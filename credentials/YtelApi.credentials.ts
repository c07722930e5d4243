import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	INodeProperties,
} from 'n8n-workflow';

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
		const response = (await this.helpers.httpRequest({
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
		})) as { status?: boolean; payload?: Array<{ accessToken?: string }>; error?: Array<{ message?: string }> };
		const token = response.payload?.[0]?.accessToken;
		if (response.status === false || !token) {
			throw new Error(`Ytel refused the login: ${response.error?.[0]?.message ?? 'no access token in the answer'}`);
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
