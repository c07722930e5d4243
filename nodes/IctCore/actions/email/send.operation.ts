import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { splitList } from '../../../shared/phone';
import { collection, show } from '../../helpers/entity';
import { requireText } from '../../helpers/fields';
import { createWithMedia, oneStepSend, readUpload, requireEmail, sendOptions } from '../../helpers/send';

export const description = show('email', 'send', [
	{
		displayName: 'To',
		name: 'to',
		type: 'string',
		placeholder: 'name@example.com',
		default: '',
		required: true,
		description: 'Recipient e-mail address',
	},
	{ displayName: 'Subject', name: 'subject', type: 'string', default: '', required: true },
	{
		displayName: 'HTML Body',
		name: 'bodyHtml',
		type: 'string',
		typeOptions: { rows: 5 },
		default: '',
		required: true,
	},
	collection('options', [
		...sendOptions,
		{
			displayName: 'Attachments',
			name: 'attachments',
			type: 'string',
			default: '',
			placeholder: 'data, invoice',
			description: 'Names of the binary fields of the input item to attach, separated by commas',
		},
		{
			displayName: 'Text Body',
			name: 'bodyText',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description: 'Plain-text alternative of the HTML body',
		},
	]),
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const email = requireEmail.call(this, i, 'To', this.getNodeParameter('to', i));
	const subject = requireText.call(this, i, 'subject', 'Subject');
	const bodyHtml = requireText.call(this, i, 'bodyHtml', 'HTML Body');
	const files = await Promise.all(
		splitList(this.getNodeParameter('options.attachments', i, '')).map(async (p) => await readUpload.call(this, i, p)),
	);
	const template = {
		name: `n8n email ${new Date().toISOString()}`,
		subject,
		body: bodyHtml,
		body_alt: this.getNodeParameter('options.bodyText', i, '') as string,
	};
	return await oneStepSend.call(this, i, {
		programType: 'sendemail',
		recipient: { email },
		name: template.name,
		createMessage: async () => [
			'template_id',
			await createWithMedia.call(this, i, '/messages/templates', template, files),
		],
	});
}
