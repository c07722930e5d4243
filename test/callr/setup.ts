import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeType,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { CallrApi } from '../../credentials/CallrApi.credentials';
import { Callr } from '../../nodes/Callr/Callr.node';
import { CallrSimulator, RPC_PATH } from '../../simulators/callr';
import type { SimRequest } from '../../simulators';
import { packageNode, runWorkflow } from '../engine';

/** A node that turns each input item's `file` into binary data `data`, as a file-reading node would. */
class FilesFixture implements INodeType {
	description = {
		displayName: 'Files Fixture',
		name: 'callrFilesFixture',
		group: ['input'],
		version: 1,
		description: 'Test fixture',
		defaults: { name: 'Files' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	} as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const out: INodeExecutionData[] = [];
		for (const item of this.getInputData()) {
			const file = item.json.file as { bytes: string; fileName: string; mimeType: string };
			const data = await this.helpers.prepareBinaryData(
				Buffer.from(file.bytes, 'base64'),
				file.fileName,
				file.mimeType,
			);
			out.push({ json: {}, binary: { data } });
		}
		return [out];
	}
}

/** A WAV file: RIFF header, then `seconds` of 16-bit 48 kHz mono silence. */
export function wav(seconds: number): Buffer {
	const data = Buffer.alloc(seconds * 96_000);
	const header = Buffer.alloc(44);
	header.write('RIFF', 0, 'latin1');
	header.writeUInt32LE(36 + data.length, 4);
	header.write('WAVEfmt ', 8, 'latin1');
	header.writeUInt32LE(16, 16);
	header.writeUInt16LE(1, 20);
	header.writeUInt16LE(1, 22);
	header.writeUInt32LE(48_000, 24);
	header.writeUInt32LE(96_000, 28);
	header.writeUInt16LE(2, 32);
	header.writeUInt16LE(16, 34);
	header.write('data', 36, 'latin1');
	header.writeUInt32LE(data.length, 40);
	return Buffer.concat([header, data]);
}

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
		/** Files Fixture → CALLR Media → Upload Audio, so the node gets binary input as from a file-reading node. */
		uploadAudio(file: { bytes: Buffer; fileName: string; mimeType: string }, parameters: IDataObject = {}) {
			return runWorkflow({
				nodeTypes: { ...nodeTypes, 'n8n-nodes-telephony.callrFilesFixture': new FilesFixture() },
				credentialTypes: fixtures.credentialTypes,
				credentials: fixtures.credentials,
				nodes: [
					packageNode('callrFilesFixture', {}, undefined, { name: 'Files' }),
					packageNode(
						'callr',
						{ resource: 'media', operation: 'uploadAudio', name: 'Greeting', ...parameters },
						'callrApi',
					),
				],
				connections: {
					'Manual Trigger': { main: [[{ node: 'Files', type: NodeConnectionTypes.Main, index: 0 }]] },
					Files: { main: [[{ node: 'callr', type: NodeConnectionTypes.Main, index: 0 }]] },
				},
				input: [{ file: { ...file, bytes: file.bytes.toString('base64') } }],
			});
		},
		/**
		 * Runs one operation that must succeed; returns its output and the JSON-RPC calls it made ([method, params]),
		 * each checked to be a JSON-RPC 2.0 POST with the API key.
		 */
		async call(parameters: IDataObject) {
			const mark = sim.log.length;
			const result = await this.run(parameters);
			if (result.error) throw result.error;
			const requests = this.rpcSince(mark);
			for (const r of requests) {
				expect([r.method, r.path, r.headers.authorization, r.body.jsonrpc]).toEqual([
					'POST',
					RPC_PATH,
					`Api-Key ${sim.apiKey}`,
					'2.0',
				]);
			}
			return { out: result.output('callr'), rpc: requests.map((r) => [r.body.method, r.body.params]) };
		},
		/** JSON-RPC requests the simulator received after a mark (`sim.log.length` taken before). */
		rpcSince(
			mark: number,
		): Array<SimRequest & { body: { jsonrpc: string; id: number; method: string; params: unknown[] } }> {
			return sim.log.slice(mark).filter((r) => r.path === RPC_PATH) as never;
		},
	};
}
