import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

export class BulkSmsApi implements ICredentialType {
	name = 'bulkSmsApi';

	displayName = 'BulkSMS API';

	icon = { light: 'file:../icons/bulksms.svg', dark: 'file:../icons/bulksms.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-telephony/n8n-nodes-telephony#bulksms-credentials';

	properties: INodeProperties[] = [
		{
			displayName:
				'Use an API token (Settings > Developer Settings > API Tokens) or your account username and password. The BulkSMS Trigger manages webhooks, which may need the username and password rather than a token.',
			name: 'notice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Username or API Token ID',
			name: 'username',
			type: 'string',
			required: true,
			default: '',
		},
		{
			displayName: 'Password or API Token Secret',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.bulksms.com/v1',
			description: 'Change it only to reach a test server',
		},
	];

	// Basic auth sent up front, as BulkSMS asks, rather than after a 401 challenge.
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { auth: { username: '={{$credentials.username}}', password: '={{$credentials.password}}' } },
	};

	test: ICredentialTestRequest = {
		request: { baseURL: '={{$credentials.baseUrl}}', url: '/profile' },
	};
}
