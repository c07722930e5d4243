import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { requirePhoneNumber } from '../../../shared/phone';
import { collection, show } from '../../helpers/entity';
import { requireText } from '../../helpers/fields';
import { oneStepSend, sendOptions } from '../../helpers/send';
import { to } from './fields';

export const description = show('call', 'speakText', [
	to,
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
		description: 'What the call says (text to speech on the ICTCore server)',
	},
	collection('options', sendOptions),
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const phone = requirePhoneNumber(this.getNode(), i, 'To', this.getNodeParameter('to', i));
	// A reused program already holds its text.
	const reuse = Boolean(this.getNodeParameter('options.programId', i, ''));
	return await oneStepSend.call(this, i, {
		programType: 'voicetts',
		recipient: { phone },
		name: `n8n tts ${new Date().toISOString()}`,
		programFields: reuse ? {} : { text: requireText.call(this, i, 'text', 'Text') },
	});
}
