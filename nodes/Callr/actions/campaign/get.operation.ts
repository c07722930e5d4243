import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { callrRequest } from '../../transport';
import { campaignDescription, readCampaignId } from './fields';

export const description = campaignDescription('get');

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const hash = readCampaignId.call(this, itemIndex);
	return (await callrRequest(this, 'getCampaign', { hash }, itemIndex)) as IDataObject;
}
