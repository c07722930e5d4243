/** What every BulkSMS test file shares: a simulator, the credential fixtures and a runner for the action node. */
import type { ICredentialDataDecryptedObject, IDataObject, INode } from 'n8n-workflow';

import { BulkSmsApi } from '../../credentials/BulkSmsApi.credentials';
import { BulkSms } from '../../nodes/BulkSms/BulkSms.node';
import { BulkSmsSimulator } from '../../simulators/bulksms';
import type { CredentialFixtures } from '../engine';
import { packageNode, runWorkflow } from '../engine';

export const nodeTypes = { 'n8n-nodes-telephony.bulkSms': new BulkSms() };

export type Fixtures = CredentialFixtures & { credentials: Record<string, ICredentialDataDecryptedObject> };

/** Starts a simulator for one test file and gives credentials for it (username/password unless `token`). */
export async function startBulkSms(sim: BulkSmsSimulator, token = false): Promise<Fixtures> {
	await sim.start();
	const { username, password, tokenId, tokenSecret } = BulkSmsSimulator.defaults;
	return {
		credentialTypes: { bulkSmsApi: new BulkSmsApi() },
		credentials: {
			bulkSmsApi: token
				? { username: tokenId, password: tokenSecret, baseUrl: sim.apiUrl }
				: { username, password, baseUrl: sim.apiUrl },
		},
	};
}

export const bulkSmsNode = (parameters: IDataObject, extra: Partial<INode> = {}) =>
	packageNode('bulkSms', parameters, 'bulkSmsApi', { name: 'BulkSMS', ...extra });

/** Manual Trigger → one BulkSMS node with these parameters, fed `input`. */
export function runBulkSms(
	fixtures: Fixtures,
	parameters: IDataObject,
	input: IDataObject[] = [{}],
	extra: Partial<INode> = {},
) {
	return runWorkflow({ nodeTypes, ...fixtures, nodes: [bulkSmsNode(parameters, extra)], input });
}

/** The Basic header BulkSMS expects for a user and secret. */
export const basic = (user: string, secret: string) => `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}`;
