import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { callrRequest } from '../../transport';
import { appField } from '../common.descriptions';
import { requiredNumberField } from './fields';

export const description = updateDisplayOptions({ show: { resource: ['phoneNumber'], operation: ['assignToApp'] } }, [
	requiredNumberField,
	appField('getAppsTakingNumbers', {
		description:
			'Calls to the number go to this app; only Call Tracking and Real-Time apps take numbers. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const did = this.getNodeParameter('numberId', itemIndex) as string;
	const app = this.getNodeParameter('appId', itemIndex) as string;
	const assigned = await callrRequest(this, 'assignNumber', { app, did }, itemIndex);
	return { numberId: did, appId: app, assigned };
}
