import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { campaignDescription, changeCampaign } from './fields';

export const description = campaignDescription('delete');

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await changeCampaign.call(this, itemIndex, 'deleteCampaign', 'deleted');
}
