import { createOperation } from '../../helpers/entity';
import { ACCOUNT, accountFields } from './fields';

export const { description, execute } = createOperation(
	ACCOUNT,
	[
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: [
				{ name: 'Account', value: 'account' },
				{ name: 'DID', value: 'did' },
				{ name: 'Extension', value: 'extension' },
			],
			default: 'account',
		},
	],
	accountFields,
);
