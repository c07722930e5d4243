import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { IctCoreRestApi } from '../../credentials/IctCoreRestApi.credentials';
import { IctCore } from '../../nodes/IctCore/IctCore.node';
import { IctCoreTrigger } from '../../nodes/IctCore/IctCoreTrigger.node';
import { IctCoreSimulator } from '../../simulators/ictcore';
import type { CredentialFixtures } from '../engine';
import { packageNode, runWorkflow } from '../engine';

export const sim = new IctCoreSimulator();
sim.attemptMs = 50;
sim.retryDelayMs = 100;

/** Test stand-in for a node that reads files: turns `json.files` ({field, text, mimeType, fileName}) into binary data. */
class FilesFixture implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Files Fixture',
		name: 'filesFixture',
		group: ['transform'],
		version: 1,
		description: 'Makes binary input items',
		defaults: { name: 'Files' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const out: INodeExecutionData[] = [];
		for (const [i, item] of this.getInputData().entries()) {
			const binary: INodeExecutionData['binary'] = {};
			for (const f of (item.json.files as Array<{ field: string; text: string; mimeType: string; fileName: string }>) ??
				[]) {
				binary[f.field] = await this.helpers.prepareBinaryData(Buffer.from(f.text), f.fileName, f.mimeType);
			}
			out.push({ json: item.json, binary, pairedItem: { item: i } });
		}
		return [out];
	}
}

export const nodeTypes = {
	'n8n-nodes-telephony.ictCore': new IctCore(),
	'n8n-nodes-telephony.ictCoreTrigger': new IctCoreTrigger(),
	'n8n-nodes-telephony.filesFixture': new FilesFixture(),
};

export function credentials(
	authMode: 'basic' | 'jwt',
	username = 'admin',
	password = 'helloAdmin',
): CredentialFixtures & { credentials: Record<string, ICredentialDataDecryptedObject> } {
	return {
		credentialTypes: { ictCoreRestApi: new IctCoreRestApi() },
		credentials: {
			ictCoreRestApi: {
				baseUrl: `${sim.baseUrl}/api/`,
				authMode,
				username,
				password,
				ignoreSslIssues: false,
				authToken: '',
			},
		},
	};
}

export const run = async (
	parameters: IDataObject,
	input: IDataObject[] = [{}],
	extra = {},
	fixtures = credentials('basic'),
) =>
	await runWorkflow({
		nodeTypes,
		...fixtures,
		nodes: [packageNode('ictCore', parameters, 'ictCoreRestApi', extra)],
		input,
	});

export type TestFile = { field: string; text: string; mimeType: string; fileName: string };

/** Files Fixture → ICTCore, so the node gets binary input as it would from a file-reading node. */
export async function runWithFiles(parameters: IDataObject, files: TestFile[][], extra = {}) {
	const input = files.map((f) => ({ files: f }));
	return await runWorkflow({
		nodeTypes,
		...credentials('basic'),
		nodes: [
			packageNode('filesFixture', {}, undefined, { name: 'Files' }),
			packageNode('ictCore', parameters, 'ictCoreRestApi', extra),
		],
		connections: {
			'Manual Trigger': { main: [[{ node: 'Files', type: NodeConnectionTypes.Main, index: 0 }]] },
			Files: { main: [[{ node: 'ictCore', type: NodeConnectionTypes.Main, index: 0 }]] },
		},
		input,
	});
}
