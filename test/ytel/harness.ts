import type { ICredentialDataDecryptedObject, IDataObject, INode } from 'n8n-workflow';

import { YtelApi } from '../../credentials/YtelApi.credentials';
import { Ytel } from '../../nodes/Ytel/Ytel.node';
import { YtelTrigger } from '../../nodes/Ytel/YtelTrigger.node';
import { YtelSimulator } from '../../simulators/ytel';
import type { CredentialFixtures } from '../engine';
import { packageNode, runWorkflow, shutdownEngine } from '../engine';

export const nodeTypes = {
	'n8n-nodes-telephony.ytel': new Ytel(),
	'n8n-nodes-telephony.ytelTrigger': new YtelTrigger(),
};

/**
 * A Ytel simulator (fast status progression) and credentials pointing at it, started before and stopped after the
 * tests of the calling file. `fixtures.credentials.ytelApi` is the Email & Password credential; its token persists
 * between runs as n8n keeps it in the credential.
 */
export function ytelHarness() {
	const sim = new YtelSimulator();
	sim.progressionMs = 20;
	sim.callDurationMs = 60_000;
	const fixtures: CredentialFixtures & { credentials: Record<string, ICredentialDataDecryptedObject> } = {
		credentialTypes: { ytelApi: new YtelApi() },
		credentials: {},
	};
	beforeAll(async () => {
		const baseUrl = await sim.start();
		fixtures.credentials.ytelApi = { authMethod: 'password', email: sim.email, password: sim.password, sessionToken: '', baseUrl };
	});
	afterEach(() => {
		sim.clearFaults();
		sim.latencyMs = 0;
	});
	afterAll(async () => {
		await sim.stop();
		shutdownEngine();
	});

	/** Runs one Ytel node after the Manual Trigger. */
	const run = (parameters: IDataObject, input: IDataObject[] = [{}], extra: Partial<INode> = {}) =>
		runWorkflow({ nodeTypes, ...fixtures, nodes: [packageNode('ytel', parameters, 'ytelApi', extra)], input });

	/** The requests the simulator saw from `since` (a log length) on, without the token requests. */
	const seen = (since: number) => sim.log.slice(since).filter((r) => !r.path.startsWith('/auth/'));

	/** The bearer token the credential holds now. */
	const token = () => String(fixtures.credentials.ytelApi.sessionToken);

	return { sim, fixtures, run, seen, token };
}
