/**
 * Every example workflow is importable as it is: its nodes exist (this package's or n8n core nodes of 2.8), this
 * package's nodes use only parameters and credentials they declare, and connections name existing nodes.
 * The provider tests run the examples' chains against the simulators; the end-to-end tests run them in n8n.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import type { IConnections, INode, INodeType } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

const ROOT = join(__dirname, '..');
const EXAMPLES = join(ROOT, 'examples');
const CORE_NODES = new Set([
	'n8n-nodes-base.manualTrigger',
	'n8n-nodes-base.scheduleTrigger',
	'n8n-nodes-base.set',
	'n8n-nodes-base.if',
	'n8n-nodes-base.code',
	'n8n-nodes-base.noOp',
	'n8n-nodes-base.stickyNote',
	'n8n-nodes-base.respondToWebhook',
]);

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { n8n: { nodes: string[] } };
const ourTypes = new Map<string, INodeType>();
for (const file of pkg.n8n.nodes) {
	const source = join(ROOT, file.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
	if (!existsSync(source)) continue;
	const className = basename(source, '.node.ts');
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const node = new (require(source) as Record<string, new () => INodeType>)[className]();
	ourTypes.set(`n8n-nodes-telephony.${node.description.name}`, node);
}

const files = existsSync(EXAMPLES) ? readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')) : [];

function problems(workflow: { name?: string; nodes?: INode[]; connections?: IConnections }): string[] {
	const found: string[] = [];
	if (!workflow.name) found.push('no name');
	const nodes = workflow.nodes ?? [];
	const names = new Set(nodes.map((n) => n.name));
	for (const node of nodes) {
		const type = ourTypes.get(node.type);
		if (!type) {
			if (!CORE_NODES.has(node.type)) found.push(`${node.name}: unknown node type ${node.type}`);
			continue;
		}
		const declared = NodeHelpers.getNodeParameters(
			type.description.properties,
			node.parameters,
			true,
			false,
			node,
			type.description,
		);
		// n8n adds Poll Times to every polling node itself.
		const implicit = type.description.polling ? ['pollTimes'] : [];
		for (const key of Object.keys(node.parameters ?? {})) {
			if (implicit.includes(key)) continue;
			if (!declared || !(key in declared)) found.push(`${node.name}: parameter "${key}" is not declared or not shown`);
		}
		const allowed = new Set((type.description.credentials ?? []).map((c) => c.name));
		for (const credential of Object.keys(node.credentials ?? {})) {
			if (!allowed.has(credential)) found.push(`${node.name}: credential ${credential} does not belong to ${node.type}`);
		}
		if (type.description.credentials?.some((c) => c.required) && !node.credentials) {
			found.push(`${node.name}: no credential`);
		}
	}
	for (const [from, outputs] of Object.entries(workflow.connections ?? {})) {
		if (!names.has(from)) found.push(`connection from unknown node ${from}`);
		for (const list of Object.values(outputs)) {
			for (const targets of list ?? []) {
				for (const target of targets ?? []) {
					if (!names.has(target.node)) found.push(`connection to unknown node ${target.node}`);
				}
			}
		}
	}
	return found;
}

describe('example workflows', () => {
	it('exist for every provider', () => {
		const providers = readdirSync(join(ROOT, 'simulators'), { withFileTypes: true })
			.filter((d) => d.isDirectory() && d.name !== 'core')
			.map((d) => d.name);
		for (const provider of providers) {
			expect(files.filter((f) => f.startsWith(`${provider}-`)).length).toBeGreaterThan(0);
		}
	});

	it('are importable as they are', () => {
		const found = Object.fromEntries(
			files
				.map((file) => [file, problems(JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')))] as const)
				.filter(([, list]) => list.length > 0),
		);
		expect(found).toEqual({});
	});
});
