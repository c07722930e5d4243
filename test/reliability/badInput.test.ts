/**
 * Bad input: invalid parameters (malformed or missing numbers, empty or over-long text, wrong types through
 * expressions, missing ids) must stop the node with a NodeOperationError that names the item and the field, before
 * any request reaches the provider.
 */
import type { IDataObject } from 'n8n-workflow';

import { PACKAGE, packageNode, runWorkflow, shutdownEngine } from '../engine';
import type { Row } from './figures';
import { recordFigures } from './figures';
import { operationsOf } from './operations';
import { PROVIDERS } from './providers';

/** The send operation's recipient and text fields, by provider: [parameter, display name]. */
const SEND_FIELDS: Record<string, { to: [string, string]; text: [string, string]; maxText: boolean }> = {
	BulkSMS: { to: ['to', 'To'], text: ['message', 'Message'], maxText: true },
	// CALLR documents no maximum length: a long text is split into parts by CALLR.
	CALLR: { to: ['to', 'To'], text: ['message', 'Message'], maxText: false },
	'Cecula Sync': { to: ['recipients', 'Recipients'], text: ['text', 'Text'], maxText: true },
	// Neither ICTCore nor Ytel documents a maximum length.
	ICTCore: { to: ['to', 'To'], text: ['message', 'Message'], maxText: false },
	Ytel: { to: ['to', 'To'], text: ['text', 'Text'], maxText: false },
};

const rows: Row[] = [];

afterAll(() => {
	recordFigures('bad input', rows);
	shutdownEngine();
});

describe.each(PROVIDERS)('$name', (provider) => {
	it('refuses invalid parameters with a NodeOperationError naming item and field, sending nothing', async () => {
		const { sim, fixtures } = await provider.start();
		const fields = SEND_FIELDS[provider.name];
		const cases: Array<{ label: string; parameters: IDataObject; field: string }> = [];
		const send = (label: string, field: 'to' | 'text', value: string) =>
			cases.push({
				label: `send: ${label}`,
				parameters: { ...provider.send.parameters, [fields[field][0]]: value },
				field: fields[field][1],
			});
		send('malformed number', 'to', 'call-me-maybe');
		send('too short a number', 'to', '+123');
		send('too long a number', 'to', '+1234567890123456789');
		send('empty number', 'to', '');
		send('number as an object (expression)', 'to', '={{ { "number": 1 } }}');
		send('number as a boolean (expression)', 'to', '={{ true }}');
		send('empty text', 'text', '');
		send('empty text (expression)', 'text', '={{ "" }}');
		if (fields.maxText) send('over-long text (expression)', 'text', '={{ "x".repeat(40000) }}');
		// Every operation with a required id: left empty.
		for (const op of operationsOf(provider.node, provider.chosenParameters)) {
			for (const property of op.required.filter((p) => p.type === 'string' && /(id|hash)$/i.test(p.name))) {
				for (const [how, value] of [
					['empty', ''],
					['empty through an expression', '={{ $json.noSuchField ?? "" }}'],
					['blank through an expression', '={{ "   " }}'],
				]) {
					cases.push({
						label: `${op.resource}.${op.operation}: ${property.displayName} ${how}`,
						parameters: { ...op.parameters, [property.name]: value },
						field: property.displayName,
					});
				}
			}
		}

		const problems: string[] = [];
		let refusedByN8n = 0;
		try {
			for (const { label, parameters, field } of cases) {
				const before = sim.log.length;
				let run: Awaited<ReturnType<typeof runWorkflow>>;
				try {
					run = await runWorkflow({
						nodeTypes: { [`${PACKAGE}.${provider.nodeName}`]: provider.node },
						...fixtures,
						nodes: [packageNode(provider.nodeName, parameters, provider.credentialType, { name: 'Node' })],
						input: [
							{ to: '+15550001234', text: 'ok' },
							{ to: '+15550001234', text: 'ok' },
						],
					});
				} catch (error) {
					// A required field left empty (not through an expression): n8n itself refuses to start the workflow.
					if ((error as Error).name === 'WorkflowHasIssuesError' && Object.values(parameters).includes('')) {
						refusedByN8n++;
						if (sim.log.length > before) problems.push(`${label}: requests reached ${provider.name}`);
						continue;
					}
					throw error;
				}
				const { error } = run;
				const requests = sim.log.length - before;
				if (!error) problems.push(`${label}: no error`);
				else if ((error.name || error.constructor.name) !== 'NodeOperationError')
					problems.push(`${label}: ${error.name}: ${error.message}`);
				else if (!error.message.includes(field) || !/\[item 0\]/.test(error.message))
					problems.push(`${label}: the message does not name "${field}" and item 0: ${error.message}`);
				if (requests > 0) problems.push(`${label}: ${requests} requests reached ${provider.name}`);
			}
		} finally {
			await sim.stop();
		}
		rows.push({
			provider: provider.name,
			cases: cases.length,
			'refused by the node': cases.length - problems.length - refusedByN8n,
			'refused by n8n (empty required field)': refusedByN8n,
			problems: problems.length,
		});
		expect(problems).toEqual([]);
	}, 60_000);
});
