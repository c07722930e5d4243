import type { IExecuteFunctions } from 'n8n-workflow';

import { ExecutionItems } from '../../../shared/operations';
import { show } from '../../helpers/entity';
import { OUTPUT_BINARY_PROPERTY, readId } from '../../helpers/fields';
import type { IctCoreFile } from '../../transport';
import { ictCoreRequest } from '../../transport';
import { groupId } from './fields';

export const description = show('group', 'exportCsv', [groupId, OUTPUT_BINARY_PROPERTY]);

export async function execute(this: IExecuteFunctions, i: number): Promise<ExecutionItems> {
	const id = readId.call(this, i, 'groupId');
	const file = (await ictCoreRequest.call(this, {
		method: 'GET',
		path: `/groups/${id}/csv`,
		idempotent: true,
		expect: 'file',
		itemIndex: i,
	})) as IctCoreFile;
	const binary = await this.helpers.prepareBinaryData(file.data, file.fileName ?? `group_${id}.csv`, 'text/csv');
	return new ExecutionItems([
		{ json: { group_id: id }, binary: { [this.getNodeParameter('binaryPropertyName', i) as string]: binary } },
	]);
}
