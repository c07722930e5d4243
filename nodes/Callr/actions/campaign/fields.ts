import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { callrRequest } from '../../transport';

const campaignIdField: INodeProperties = {
	displayName: 'Campaign ID',
	name: 'campaignId',
	type: 'string',
	default: '',
	required: true,
	description: 'The ID (hash) of the SENDR campaign, as the CALLR portal shows it',
};

/** The fields of an operation on one campaign. */
export const campaignDescription = (operation: string) =>
	updateDisplayOptions({ show: { resource: ['campaign'], operation: [operation] } }, [campaignIdField]);

export function readCampaignId(this: IExecuteFunctions, itemIndex: number): string {
	const hash = String(this.getNodeParameter('campaignId', itemIndex)).trim();
	if (!hash) throw inputError(this.getNode(), itemIndex, 'Campaign ID', 'a campaign ID is required');
	return hash;
}

/** Starts, pauses, stops or deletes a campaign; the output says which campaign and what CALLR answered. */
export async function changeCampaign(
	this: IExecuteFunctions,
	itemIndex: number,
	call: 'startCampaign' | 'pauseCampaign' | 'stopCampaign' | 'deleteCampaign',
	outcome: string,
): Promise<IDataObject> {
	const hash = readCampaignId.call(this, itemIndex);
	return { hash, [outcome]: await callrRequest(this, call, { hash }, itemIndex) };
}
