import type { INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { inputError, providerError, redact, redactError, secretValues } from '../../nodes/shared/errors';

const node = { name: 'BulkSMS', type: 'n8n-nodes-telephony.bulkSms' } as INode;

describe('errors', () => {
	it('keeps the provider message and code', () => {
		const e = providerError(node, 'BulkSMS', {
			message: 'Invalid "to" number',
			httpCode: 400,
			code: 'invalid_to',
			detail: 'See the documentation.',
			body: { title: 'Invalid "to" number' },
			itemIndex: 3,
		});
		expect(e).toBeInstanceOf(NodeApiError);
		expect(e.message).toBe('BulkSMS: Invalid "to" number');
		expect(e.description).toBe('BulkSMS rejected the request (HTTP 400, code invalid_to). See the documentation.');
		expect(e.httpCode).toBe('400');
		expect(e.context).toMatchObject({ itemIndex: 3, providerCode: 'invalid_to' });
	});

	it('keeps non-object bodies', () => {
		const e = providerError(node, 'ICTCore', { message: 'failed', body: 'false', httpCode: 200 });
		expect(e.message).toBe('ICTCore: failed');
		expect(e.httpCode).toBe('200');
	});

	it('names item and field for bad input', () => {
		const e = inputError(node, 2, 'Message', 'is empty', 'Type a message.');
		expect(e.message).toBe('Message: is empty [item 2]');
		expect(e.description).toBe('Type a message.');
	});

	it('picks credential values to scrub and replaces them, also in Base64', () => {
		const secrets = secretValues({ username: 'alice-user', password: 'p4ssw0rd!', baseUrl: 'https://api.x', authMode: 'basic' });
		expect(secrets).toEqual(['alice-user', 'p4ssw0rd!']);
		const basic = Buffer.from('p4ssw0rd!').toString('base64');
		expect(redact({ a: ['x p4ssw0rd! y', { b: `Basic ${basic}` }], n: 1 }, secrets)).toEqual({
			a: ['x *** y', { b: 'Basic ***' }],
			n: 1,
		});
		const e = redactError(providerError(node, 'X', { message: 'key p4ssw0rd! refused', body: { echo: 'p4ssw0rd!' } }), secrets);
		expect(e.message).toBe('X: key *** refused');
		expect(JSON.stringify(e.context)).not.toContain('p4ssw0rd!');
	});
});
