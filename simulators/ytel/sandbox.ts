import type { SandboxEntry } from '../core/server';
import { YtelSimulator } from '.';

export const sandbox: SandboxEntry = {
	port: 5705,
	create: () => {
		const sim = new YtelSimulator();
		sim.progressionMs = 2000;
		return sim;
	},
	credentials: (baseUrl) => {
		const sim = new YtelSimulator();
		return [
			{
				name: 'Ytel sandbox',
				type: 'ytelApi',
				data: { authMethod: 'password', email: sim.email, password: sim.password, sessionToken: '', baseUrl },
			},
		];
	},
};
