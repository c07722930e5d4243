/**
 * Hostile API responses: each simulator answers a send and a read with bodies no provider should send — malformed
 * or truncated JSON, HTML error pages, unexpected JSON types — with success and error statuses. The node must end
 * with a NodeApiError that names the provider (never a TypeError or other unhandled exception), and a send must
 * never report success on an answer it cannot read. Where the credential logs in for a token, the login gets the
 * same answers.
 */
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import type { FaultRule, SimRequest } from '../../simulators';
import { PACKAGE, packageNode, runWorkflow, shutdownEngine } from '../engine';
import type { Row } from './figures';
import { recordFigures } from './figures';
import { PROVIDERS } from './providers';

const HTML = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';

const ANSWERS: Array<{ label: string; fault: FaultRule; unreadable: boolean }> = [
	{
		label: '200 malformed JSON',
		fault: {
			status: 200,
			body: '{"result": {"hash": "AB',
			headers: { 'content-type': 'application/json' },
		},
		unreadable: true,
	},
	{
		label: '200 truncated JSON',
		fault: {
			status: 200,
			body: Buffer.from('[{"id":"1","type":"SENT","to":"+1555'),
			headers: { 'content-type': 'application/json' },
		},
		unreadable: true,
	},
	{
		label: '200 HTML page',
		fault: {
			status: 200,
			body: HTML,
			headers: { 'content-type': 'text/html' },
		},
		unreadable: true,
	},
	{
		label: '200 empty body',
		fault: {
			status: 200,
			body: '',
			headers: { 'content-type': 'application/json' },
		},
		unreadable: true,
	},
	{
		label: '200 binary garbage',
		fault: {
			status: 200,
			body: Buffer.from([0, 255, 254, 1, 2, 3]),
			headers: { 'content-type': 'application/octet-stream' },
		},
		unreadable: true,
	},
	{
		label: '200 JSON null',
		fault: {
			status: 200,
			body: 'null',
			headers: { 'content-type': 'application/json' },
		},
		unreadable: false,
	},
	{
		label: '200 JSON number',
		fault: {
			status: 200,
			body: '42',
			headers: { 'content-type': 'application/json' },
		},
		unreadable: false,
	},
	{
		label: '200 JSON string',
		fault: {
			status: 200,
			body: '"ok"',
			headers: { 'content-type': 'application/json' },
		},
		unreadable: false,
	},
	{
		label: '200 JSON array',
		fault: { status: 200, body: [1, 'two', null] },
		unreadable: false,
	},
	{
		label: '200 JSON object of wrong shape',
		fault: {
			status: 200,
			body: { unexpected: { nested: true }, result: 7, status: [] },
		},
		unreadable: false,
	},
	{
		label: '500 HTML page',
		fault: {
			status: 500,
			body: HTML,
			headers: { 'content-type': 'text/html' },
		},
		unreadable: true,
	},
	{
		label: '403 HTML page',
		fault: {
			status: 403,
			body: HTML,
			headers: { 'content-type': 'text/html' },
		},
		unreadable: true,
	},
	{
		label: '400 malformed JSON',
		fault: {
			status: 400,
			body: '{"error": ',
			headers: { 'content-type': 'application/json' },
		},
		unreadable: true,
	},
	{
		label: '401 plain text',
		fault: { status: 401, body: 'Unauthorized' },
		unreadable: true,
	},
	{
		label: '404 JSON of wrong shape',
		fault: { status: 404, body: [{ detail: 42 }] },
		unreadable: true,
	},
	{
		label: '500 empty body',
		fault: { status: 500, body: '' },
		unreadable: true,
	},
];

const rows: Row[] = [];

afterAll(() => {
	recordFigures('hostile API responses', rows);
	shutdownEngine();
});

describe.each(PROVIDERS)('$name with hostile answers', (provider) => {
	it('turns every unreadable or unexpected answer into a NodeApiError naming the provider', async () => {
		const { sim, fixtures } = await provider.start();
		const problems: string[] = [];
		let runs = 0;
		let apiErrors = 0;
		let readsSucceeded = 0;
		let documented = 0;
		const nodeTypes = { [`${PACKAGE}.${provider.nodeName}`]: provider.node };
		const credentials = fixtures.credentials[provider.credentialType];
		const notLogin = (req: SimRequest) => !provider.login?.isLogin(req);
		const cases: Array<[string, IDataObject, (req: SimRequest) => boolean, ICredentialDataDecryptedObject]> = [
			['send', provider.send.parameters, notLogin, credentials],
			['read', provider.read, notLogin, credentials],
		];
		// The login answered with the same bodies, with a credential that has no token yet.
		if (provider.login) cases.push(['login', provider.read, provider.login.isLogin, provider.login.credentials(credentials)]);
		try {
			// A token credential logs in first, so that the answers below reach the API requests.
			await runWorkflow({
				nodeTypes,
				...fixtures,
				nodes: [packageNode(provider.nodeName, provider.read, provider.credentialType, { name: 'Node' })],
			});
			for (const { label, fault, unreadable } of ANSWERS) {
				for (const [operation, parameters, match, creds] of cases) {
					sim.clearFaults();
					// Statuses the transport retries (429, 502-504) are left to the fault-injection test, to stay fast.
					sim.addFault({ ...fault, match });
					const { error, output } = await runWorkflow({
						nodeTypes,
						credentialTypes: fixtures.credentialTypes,
						credentials: { [provider.credentialType]: operation === 'login' ? { ...creds } : creds },
						nodes: [packageNode(provider.nodeName, parameters, provider.credentialType, { name: 'Node' })],
						input: [{ to: '+15550001234', text: `hostile ${label}` }],
					});
					runs++;
					const where = `${operation} / ${label}`;
					if (!error) {
						if (operation === 'send' && provider.documentedAnswers?.includes(label)) documented++;
						else if (operation !== 'read' || unreadable)
							problems.push(`${where}: reported success: ${JSON.stringify(output('Node'))}`);
						else readsSucceeded++;
						continue;
					}
					const type = error.name || error.constructor.name;
					if (type !== 'NodeApiError') {
						problems.push(`${where}: ${type}: ${error.message}`);
						continue;
					}
					if (!error.message.startsWith(`${provider.name}:`) && !error.message.includes(provider.name)) {
						problems.push(`${where}: message does not name ${provider.name}: ${error.message}`);
						continue;
					}
					if (/Cannot read|undefined|is not a function|Unexpected token|JSON at position/.test(error.message)) {
						problems.push(`${where}: raw exception text in the message: ${error.message}`);
						continue;
					}
					if (/<html|<!DOCTYPE/i.test(error.message) || error.message.length > 300) {
						problems.push(`${where}: the message is not short and readable: ${error.message.slice(0, 100)}…`);
						continue;
					}
					apiErrors++;
				}
			}
		} finally {
			await sim.stop();
		}
		rows.push({
			provider: provider.name,
			'hostile answers': ANSWERS.length,
			runs,
			'login runs': provider.login ? ANSWERS.length : '-',
			NodeApiError: apiErrors,
			'reads that succeeded on odd JSON': readsSucceeded,
			'sends that succeeded on a documented answer': documented,
			'other outcomes': problems.length,
		});
		expect(problems).toEqual([]);
	}, 60_000);
});
