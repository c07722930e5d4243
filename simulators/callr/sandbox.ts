import type { SandboxEntry } from '..';
import { CallrSimulator, RPC_PATH } from '.';

export const sandbox: SandboxEntry = {
	port: 5702,
	create: () => new CallrSimulator(),
	credentials: (baseUrl) => [
		{
			name: 'CALLR sandbox',
			type: 'callrApi',
			data: {
				authentication: 'apiKey',
				apiKey: CallrSimulator.defaults.apiKey,
				loginAsType: 'none',
				// n8n's public API requires every `required` field whose displayOptions use `hide`, even when hidden
				loginAsTarget: '',
				apiUrl: `${baseUrl}${RPC_PATH}`,
			},
		},
	],
};
