import type { INodeProperties } from 'n8n-workflow';


export const templatePicker: INodeProperties = {
	displayName: 'SMS Template Name or ID',
	name: 'templateId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getSmsTemplates' },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const templateFields: INodeProperties[] = [
	{ displayName: 'Media URL', name: 'templateMediaUrl', type: 'string', default: '', description: 'Picture sent with the template (makes it an MMS)' },
	{
		displayName: 'Text',
		name: 'templateText',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'Variables are uppercase between double percent signs, with an optional fallback: %%FIRSTNAME|there%%',
	},
];
