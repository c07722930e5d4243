import type { SandboxEntry } from '../core/server';
import { IctCoreSimulator } from '.';

export const sandbox: SandboxEntry = {
	port: 5704,
	create() {
		const simulator = new IctCoreSimulator();
		// slow enough to watch a transmission progress in the editor
		simulator.attemptMs = 3000;
		simulator.retryDelayMs = 10_000;
		return simulator;
	},
	credentials: (baseUrl) => [
		{
			name: 'ICTCore sandbox',
			type: 'ictCoreRestApi',
			data: {
				baseUrl: `${baseUrl}/api`,
				authMode: 'basic',
				username: 'admin',
				password: 'helloAdmin',
				ignoreSslIssues: false,
				authToken: '',
			},
		},
	],
};
