import type { SandboxEntry } from '../core/server';
import { CECULA_SYNC_TEST_API_KEY, CeculaSyncSimulator } from '.';

/** The sandbox's Cecula Sync: reports arrive a few seconds after a send, as on a real network. */
export const sandbox: SandboxEntry = {
	port: 5703,
	create() {
		const simulator = new CeculaSyncSimulator();
		simulator.deliveryDelayMs = 3000;
		simulator.callDelayMs = 5000;
		return simulator;
	},
	credentials(baseUrl) {
		return [
			{
				name: 'Cecula Sync sandbox',
				type: 'ceculaSyncApi',
				data: { apiKey: CECULA_SYNC_TEST_API_KEY, baseUrl: `${baseUrl}/sync/api` },
			},
		];
	},
};
