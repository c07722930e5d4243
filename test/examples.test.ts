/**
 * Every example workflow is importable as it is: its nodes exist (this package's or n8n core nodes of 2.8), this
 * package's nodes use only parameters they declare (or that n8n adds, such as a poller's Poll Times) and their own
 * provider's sandbox credential (which `npm start` creates), connections name existing nodes, and the workflow runs
 * nodes in n8n's current order (v1). The provider tests run the examples' chains against the simulators; the
 * end-to-end tests run them in n8n.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import type { IConnections, IDataObject, INode, INodeProperties, INodeType } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { sandboxEntries } from '../simulators/cli';

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

/** The sandbox credential's name by credential type (simulators/<provider>/sandbox.ts). */
const sandboxCredentials = new Map(
	sandboxEntries().flatMap(({ entry }) => entry.credentials('http://127.0.0.1').map((c) => [c.type, c.name] as const)),
);

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

/**
 * Keys inside collections and fixed collections that the node does not declare. `shown` picks, among parameters of
 * the same name (one per operation, say), the one the node's other parameters show.
 */
function undeclaredOptions(
	properties: INodeProperties[],
	values: IDataObject,
	shown: (p: INodeProperties) => boolean = () => true,
	path = '',
): string[] {
	return Object.entries(values).flatMap(([key, value]) => {
		const declared = properties.filter((p) => p.name === key && shown(p));
		if (declared.length === 0) return [`${path}${key}`];
		const nested = declared.find((p) => p.type === 'collection' || p.type === 'fixedCollection');
		if (!nested || typeof value !== 'object' || value === null || Array.isArray(value)) return [];
		if (nested.type === 'collection')
			return undeclaredOptions((nested.options ?? []) as INodeProperties[], value as IDataObject, undefined, `${path}${key}.`);
		const groups = (nested.options ?? []) as Array<{ name: string; values: INodeProperties[] }>;
		return Object.entries(value as IDataObject).flatMap(([group, entries]) => {
			const fields = groups.find((g) => g.name === group)?.values;
			if (!fields) return [`${path}${key}.${group}`];
			return ([] as IDataObject[])
				.concat(entries as IDataObject[])
				.flatMap((entry) => undeclaredOptions(fields, entry, undefined, `${path}${key}.${group}.`));
		});
	});
}

function problems(workflow: {
	name?: string;
	nodes?: INode[];
	connections?: IConnections;
	settings?: { executionOrder?: string };
}): string[] {
	const found: string[] = [];
	if (!workflow.name) found.push('no name');
	if (workflow.settings?.executionOrder !== 'v1') found.push('settings.executionOrder is not "v1"');
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
		if (node.typeVersion !== type.description.version) found.push(`${node.name}: typeVersion ${node.typeVersion}`);
		const shown = (p: INodeProperties) => NodeHelpers.displayParameter(node.parameters, p, node, type.description);
		const nested = undeclaredOptions(type.description.properties, node.parameters ?? {}, shown).filter((k) => k.includes('.'));
		for (const key of nested) found.push(`${node.name}: option "${key}" is not declared`);
		// n8n adds Poll Times to every polling node itself.
		const implicit = type.description.polling ? ['pollTimes'] : [];
		for (const key of Object.keys(node.parameters ?? {})) {
			if (implicit.includes(key)) continue;
			if (!declared || !(key in declared)) found.push(`${node.name}: parameter "${key}" is not declared or not shown`);
		}
		const allowed = new Set((type.description.credentials ?? []).map((c) => c.name));
		for (const [credential, { name }] of Object.entries(node.credentials ?? {})) {
			if (!allowed.has(credential)) found.push(`${node.name}: credential ${credential} does not belong to ${node.type}`);
			else if (name !== sandboxCredentials.get(credential))
				found.push(`${node.name}: credential "${name}" is not the sandbox's "${sandboxCredentials.get(credential)}"`);
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
