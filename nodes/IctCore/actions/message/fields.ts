import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { QUALITY, readId, textField } from '../../helpers/fields';

/** The four message objects behind sends: SMS texts, voice recordings, fax documents, e-mail templates. */
export type Kind = 'text' | 'recording' | 'document' | 'template';

/** Fields per kind: required ones (top level on create) and optional ones. */
export const FIELDS: Record<Kind, { required: INodeProperties[]; optional: INodeProperties[] }> = {
	text: {
		required: [textField('Name', 'name'), textField('Message', 'data', { typeOptions: { rows: 3 } })],
		optional: [
			textField('Charset', 'type', {
				placeholder: 'UTF-8',
				description: 'Character set passed to the SMS gateway, e.g. UTF-8 or GSM',
			}),
			textField('Description', 'description'),
		],
	},
	recording: { required: [textField('Name', 'name')], optional: [textField('Description', 'description')] },
	document: { required: [textField('Name', 'name')], optional: [textField('Description', 'description'), QUALITY] },
	template: {
		required: [
			textField('Name', 'name'),
			textField('Subject', 'subject'),
			textField('HTML Body', 'body', { typeOptions: { rows: 4 } }),
		],
		optional: [
			textField('Description', 'description'),
			textField('Text Body', 'bodyAlt', { typeOptions: { rows: 3 } }),
		],
	},
};

export const KINDS = Object.keys(FIELDS) as Kind[];
export const kindOf = (ctx: IExecuteFunctions, i: number) => ctx.getNodeParameter('messageType', i) as Kind;
export const basePath = (kind: Kind) => `/messages/${kind}s`;

/** The kind of the item's message, refused when it is a text: texts have no media. */
export function mediaKindOf(ctx: IExecuteFunctions, i: number): Exclude<Kind, 'text'> {
	const kind = kindOf(ctx, i);
	if (kind === 'text') throw inputError(ctx.getNode(), i, 'Message Type', 'texts have no media');
	return kind;
}

/** Shows a field for one message type only. */
export const forKind = (kind: Kind, field: INodeProperties): INodeProperties => ({
	...field,
	displayOptions: { ...field.displayOptions, show: { ...field.displayOptions?.show, messageType: [kind] } },
});

export const messageId: INodeProperties = {
	displayName: 'Message ID',
	name: 'messageId',
	type: 'string',
	default: '',
	required: true,
	description: 'ID of the text, recording, document or template',
};

export const itemPath = (ctx: IExecuteFunctions, i: number) =>
	`${basePath(kindOf(ctx, i))}/${readId.call(ctx, i, 'messageId')}`;
