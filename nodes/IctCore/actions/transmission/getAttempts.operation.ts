import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { ictCoreList } from '../../transport';
import { transmissionDescription, transmissionPath } from './fields';

export const description = transmissionDescription('getAttempts');

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	return await ictCoreList.call(this, transmissionPath(this, i, '/detail'), undefined, i);
}
