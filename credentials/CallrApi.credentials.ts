import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

export class CallrApi implements ICredentialType {
	name = 'callrApi';

	displayName = 'CALLR API';

	icon: Icon = { light: 'file:../icons/callr.svg', dark: 'file:../icons/callr.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-telephony/n8n-nodes-telephony#callr-credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: [
				{ name: 'API Key', value: 'apiKey' },
				{ name: 'Login & Password (Legacy)', value: 'basic' },
			],
			default: 'apiKey',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			hint: 'Create one at https://app.callr.com/api/keys',
			displayOptions: { show: { authentication: ['apiKey'] } },
		},
		{
			displayName: 'Login',
			name: 'login',
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show: { authentication: ['basic'] } },
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: { show: { authentication: ['basic'] } },
		},
		{
			displayName: 'Login As',
			name: 'loginAsType',
			type: 'options',
			options: [
				{ name: 'Account Hash', value: 'account.hash' },
				{ name: 'No One (Own Account)', value: 'none' },
				{ name: 'User Login', value: 'user.login' },
			],
			default: 'none',
			description: 'Act as a sub-account or another user of the account (CALLR-Login-As header)',
		},
		{
			displayName: 'Login As Target',
			name: 'loginAsTarget',
			type: 'string',
			default: '',
			required: true,
			description: 'The user login or the account hash to act as',
			// `show`, not `hide`: n8n's public API builds its credential schema from `show` conditions only.
			displayOptions: { show: { loginAsType: ['account.hash', 'user.login'] } },
		},
		{
			displayName: 'API URL',
			name: 'apiUrl',
			type: 'string',
			default: 'https://api.callr.com/json-rpc/v1.1/',
			description: 'The JSON-RPC endpoint; change it only for a sandbox',
		},
	];

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const authorization =
			credentials.authentication === 'basic'
				? `Basic ${Buffer.from(`${credentials.login}:${credentials.password}`).toString('base64')}`
				: `Api-Key ${credentials.apiKey}`;
		const loginAs =
			credentials.loginAsType && credentials.loginAsType !== 'none'
				? { 'CALLR-Login-As': `${credentials.loginAsType} ${credentials.loginAsTarget}` }
				: {};
		return { ...requestOptions, headers: { ...requestOptions.headers, Authorization: authorization, ...loginAs } };
	}

	// A bad credential fails at HTTP level; a JSON-RPC error (HTTP 200) has no `result`, which the rule catches.
	test: ICredentialTestRequest = {
		request: {
			method: 'POST',
			url: '={{$credentials.apiUrl}}',
			headers: { 'Content-Type': 'application/json-rpc; charset=utf-8' },
			body: { jsonrpc: '2.0', id: 1, method: 'system.get_timestamp', params: [] },
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'result',
					value: undefined,
					message: 'CALLR answered with a JSON-RPC error instead of the server time',
				},
			},
		],
	};
}
