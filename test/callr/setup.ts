import type { ICredentialDataDecryptedObject, IDataObject, INode } from 'n8n-workflow';

import { CallrApi } from '../../credentials/CallrApi.credentials';
import { Callr } from '../../nodes/Callr/Callr.node';
import { CallrSimulator, RPC_PATH } from '../../simulators/callr';
import type { SimRequest } from '../../simulators';
import { packageNode, runWorkflow } from '../engine';

/** One simulator per test file, fast timers, and the engine wiring every CALLR test uses. */
export function callrHarness() {
	const sim = new CallrSimulator();
	sim.smsStatusStepMs = 5;
	sim.webhookMaxTries = 1;
	const credentials: ICredentialDataDecryptedObject = {
		authentication: 'apiKey',
		apiKey: sim.apiKey,
		loginAsType: 'none',
		loginAsTarget: '',
	};
	const fixtures = {
		credentialTypes: { callrApi: new CallrApi() },
		credentials: { callrApi: credentials },
	};
	const nodeTypes = { 'n8n-nodes-telephony.callr': new Callr() };

	return {
		sim,
		fixtures,
		nodeTypes,
		async start() {
			credentials.apiUrl = `${await sim.start()}${RPC_PATH}`;
		},
		/** Runs one CALLR node over the input items through the real WorkflowExecute. */
		run(
			parameters: IDataObject,
			input: IDataObject[] = [{}],
			extra: Partial<INode> = {},
			credentialOverrides: IDataObject = {},
		) {
			return runWorkflow({
				nodeTypes,
				credentialTypes: fixtures.credentialTypes,
				credentials: { callrApi: { ...credentials, ...credentialOverrides } as ICredentialDataDecryptedObject },
				nodes: [packageNode('callr', parameters, 'callrApi', extra)],
				input,
			});
		},
		/** JSON-RPC requests the simulator received after a mark (`sim.log.length` taken before). */
		rpcSince(
			mark: number,
		): Array<SimRequest & { body: { jsonrpc: string; id: number; method: string; params: unknown[] } }> {
			return sim.log.slice(mark).filter((r) => r.path === RPC_PATH) as never;
		},
	};
}
