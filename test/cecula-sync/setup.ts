/** What every Cecula Sync test file shares: the simulator, the credential fixtures and the node types. */
import type { ICredentialDataDecryptedObject, IDataObject, INode } from 'n8n-workflow';

import { CeculaSyncApi } from '../../credentials/CeculaSyncApi.credentials';
import { CeculaSync } from '../../nodes/CeculaSync/CeculaSync.node';
import { CeculaSyncTrigger } from '../../nodes/CeculaSync/CeculaSyncTrigger.node';
import { CeculaSyncSimulator } from '../../simulators/cecula-sync';
import type { CredentialFixtures } from '../engine';
import { packageNode, runWorkflow } from '../engine';

export const CREDENTIAL = 'ceculaSyncApi';

export const nodeTypes = {
	'n8n-nodes-telephony.ceculaSync': new CeculaSync(),
	'n8n-nodes-telephony.ceculaSyncTrigger': new CeculaSyncTrigger(),
};

export type Fixtures = CredentialFixtures & { credentials: Record<string, ICredentialDataDecryptedObject> };

/** A started simulator and credentials pointing at it (with the prefix the cloud URL has). */
export async function startSimulator(): Promise<{ sim: CeculaSyncSimulator; fixtures: Fixtures }> {
	const sim = new CeculaSyncSimulator();
	const baseUrl = await sim.start();
	return {
		sim,
		fixtures: {
			credentialTypes: { [CREDENTIAL]: new CeculaSyncApi() },
			credentials: { [CREDENTIAL]: { apiKey: sim.apiKey, baseUrl: `${baseUrl}/sync/api` } },
		},
	};
}

export const ceculaNode = (parameters: IDataObject, extra: Partial<INode> = {}) =>
	packageNode('ceculaSync', parameters, CREDENTIAL, { name: 'Cecula Sync', ...extra });

export function runner(fixtures: () => Fixtures) {
	return (parameters: IDataObject, input: IDataObject[] = [{}], extra: Partial<INode> = {}) =>
		runWorkflow({ nodeTypes, ...fixtures(), nodes: [ceculaNode(parameters, extra)], input });
}
