import type { IExecuteFunctions } from 'n8n-workflow';

import { getManyOperation } from '../../helpers/entity';
import { readId } from '../../helpers/fields';
import { transmissionFilters } from '../transmissionLists';
import { PROGRAM } from './fields';

export const { description, execute } = getManyOperation(
	{ ...PROGRAM, idKey: 'transmission_id' },
	transmissionFilters.filter((f) => f.name !== 'programId'),
	{
		operation: 'getTransmissions',
		fields: [{ ...PROGRAM.idField, required: true }],
		path(this: IExecuteFunctions, i: number) {
			return `/programs/${readId.call(this, i, 'programId')}/transmissions`;
		},
	},
);
