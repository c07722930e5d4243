import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import type { ItemOperation } from '../../../shared/operations';
import { callSidField } from '../common.descriptions';
import { callCommand } from './control';

const properties: INodeProperties[] = [
	callSidField,
	{ displayName: 'Digits', name: 'playDtmf', type: 'string', required: true, default: '', placeholder: '1234#', description: 'DTMF tones to play: 0-9, * and #' },
];

export const operation: ItemOperation = {
	description: updateDisplayOptions({ show: { resource: ['call'], operation: ['sendDigits'] } }, properties),
	async execute(this: IExecuteFunctions, i: number) {
		const playDtmf = String(this.getNodeParameter('playDtmf', i)).replace(/\s/g, '');
		if (!/^[0-9*#]+$/.test(playDtmf)) throw inputError(this.getNode(), i, 'Digits', 'only 0-9, * and # are allowed');
		return await callCommand.call(this, i, 'sendDigit', { playDtmf });
	},
};
