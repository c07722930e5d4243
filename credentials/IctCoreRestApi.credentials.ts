import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

/** The API root without a trailing slash: the server's `/api` alias, as the user typed it. */
const apiRoot = (credentials: ICredentialDataDecryptedObject) => String(credentials.baseUrl ?? '').replace(/\/+$/, '');

export class IctCoreRestApi implements ICredentialType {
	name = 'ictCoreRestApi';

	displayName = 'ICTCore REST API';

	documentationUrl = 'https://github.com/n8n-nodes-telephony/n8n-nodes-telephony#ictcore-credentials';

	icon: Icon = { light: 'file:../icons/ictcore.svg', dark: 'file:../icons/ictcore.dark.svg' };

	properties: INodeProperties[] = [
		{
			displayName: 'API Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://ictcore.example.com/api',
			description: 'The ICTCore server address including the API root, usually the server followed by /api',
		},
		{
			displayName: 'Authentication',
			name: 'authMode',
			type: 'options',
			options: [
				{ name: 'Basic (Username and Password)', value: 'basic' },
				{ name: 'JWT (Token From /authenticate)', value: 'jwt' },
			],
			default: 'basic',
			description:
				'Basic sends the username and password with every request. JWT exchanges them once for a token that ICTCore accepts for 360 days.',
		},
		{
			displayName: 'Username or Email',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Ignore SSL Issues (Insecure)',
			name: 'ignoreSslIssues',
			type: 'boolean',
			default: false,
			description:
				'Whether to connect even if the server certificate cannot be verified, as with self-signed certificates',
		},
		{
			displayName: 'Authorization Token',
			name: 'authToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	/** Builds the Authorization header once: Basic needs no call, JWT asks `POST /authenticate` for a token. */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const username = String(credentials.username ?? '');
		const password = String(credentials.password ?? '');
		if (credentials.authMode !== 'jwt') {
			return { authToken: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` };
		}
		const response = (await this.helpers.httpRequest({
			method: 'POST',
			url: `${apiRoot(credentials)}/authenticate`,
			// ICTCore decodes a JSON body only for this exact content type.
			headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
			body: { username, password },
			skipSslCertificateValidation: credentials.ignoreSslIssues === true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})) as { statusCode: number; body: unknown };
		const token = (response.body as { token?: unknown } | null)?.token;
		// A wrong password for an existing user makes ICTCore fail with HTTP 500 rather than 401.
		if (response.statusCode >= 300 || typeof token !== 'string' || token === '') {
			// Marked as a 401 so that the node reports bad credentials, not a connection failure.
			throw Object.assign(new Error('ICTCore did not issue a token: check the username and password'), {
				httpCode: '401',
				description: `POST /authenticate answered HTTP ${response.statusCode} without a token`,
			});
		}
		return { authToken: `Bearer ${token}` };
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: '={{$credentials.authToken}}' } },
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/statistics',
			headers: { Accept: 'application/json' },
			skipSslCertificateValidation: '={{$credentials.ignoreSslIssues}}',
		},
	};
}
