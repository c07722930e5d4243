import type { INodeProperties } from 'n8n-workflow';

export const clickToCallIdField: INodeProperties = {
	displayName: 'Call ID',
	name: 'callId',
	type: 'string',
	default: '',
	required: true,
	description: 'The ID Start Click-to-Call returned',
};
