import type { SandboxEntry } from '../core/server';

import { BulkSmsSimulator } from '.';

export const sandbox: SandboxEntry = {
	port: 5701,
	create() {
		const simulator = new BulkSmsSimulator();
		simulator.statusStepMs = 3000;
		simulator.groups.set('Everyone', {
			id: '1',
			name: 'Everyone',
			members: ['+27001234567', '+27002345678', '+27003456789'],
		});
		return simulator;
	},
	credentials(baseUrl) {
		const { username, password } = BulkSmsSimulator.defaults;
		return [{ name: 'BulkSMS sandbox', type: 'bulkSmsApi', data: { username, password, baseUrl: `${baseUrl}/v1` } }];
	},
};
