import type { INodeProperties } from 'n8n-workflow';

export const hmacAlgorithmField: INodeProperties = {
	displayName: 'HMAC Algorithm',
	name: 'hmacAlgorithm',
	type: 'options',
	options: ['MD5', 'SHA1', 'SHA256', 'SHA512'].map((value) => ({ name: value, value })),
	default: 'SHA256',
	description: 'Hash function of the event signature',
};
