import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

export class CeculaSyncApi implements ICredentialType {
	name = 'ceculaSyncApi';

	displayName = 'Cecula Sync API';

	documentationUrl = 'https://github.com/n8n-nodes-telephony/n8n-nodes-telephony#cecula-sync-credentials';

	icon = { light: 'file:../icons/cecula-sync.svg', dark: 'file:../icons/cecula-sync.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			placeholder: 'CCL.xxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxx',
			description:
				'Generated on the Cecula Sync Platform. Each key belongs to one dedicated number, so use one credential per SIM.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			required: true,
			default: 'https://cecula.com/sync/api',
			description: 'Keep the default for Cecula Sync Cloud; enter your own address for a self-hosted Sync App',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.apiKey}}' } },
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/cecula-balance',
			headers: { 'Content-Type': 'application/json' },
		},
	};
}
