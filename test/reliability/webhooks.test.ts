/**
 * Hostile webhooks: for every trigger, a generated corpus of more than 1,000 requests goes through the trigger's
 * `webhook()` in n8n-core's real WebhookContext, after the routing n8n itself does (the request path must be the
 * trigger's registered path, computed by n8n-core). Genuine requests must all start an execution; forged ones
 * (missing, wrong, truncated, re-cased or foreign secret or signature, tampered bodies) must get 401 — or 404 from
 * n8n where the secret is the path — and start nothing; replays must do what the provider's entry says; malformed
 * JSON, wrong content types, huge bodies and unexpected shapes must never make the trigger throw.
 */
import type { IDataObject, INode, IWebhookData, IWebhookResponseData, Workflow } from 'n8n-workflow';
import { HookContext } from 'n8n-core';

import { callWebhook, makeAdditionalData, makeWorkflow, shutdownEngine, triggerNode } from '../engine';
import type { Row } from './figures';
import { recordFigures } from './figures';
import type { ForgeWay, ProviderEntry, TriggerSpec, WebhookRequest } from './providers';
import { PROVIDERS } from './providers';
import { hostileBodies } from './corpus';

const FORGE_WAYS: ForgeWay[] = ['missing', 'wrong', 'tampered', 'otherKey', 'truncated', 'case'];

interface Outcome {
	status: number;
	executions: number;
	threw?: string;
}

/** n8n's routing (404 for a path that is not registered), then the trigger's webhook(). */
async function deliver(
	target: { spec: TriggerSpec; node: INode; workflow: Workflow },
	registeredSegment: string,
	request: WebhookRequest,
): Promise<Outcome> {
	if (request.pathSegment !== undefined && request.pathSegment !== registeredSegment)
		return { status: 404, executions: 0 };
	const { spec, node, workflow } = target;
	let result: IWebhookResponseData;
	let status: number | undefined;
	try {
		const call = await callWebhook(
			spec.type,
			node,
			{},
			{
				body: request.body,
				rawBody: request.rawBody,
				headers: request.headers,
				query: request.query,
				workflow,
			},
		);
		result = call.result;
		status = call.response.statusCode;
		if (status !== undefined && status !== 401) return { status, executions: 0, threw: `unexpected status ${status}` };
	} catch (error) {
		return { status: 500, executions: 0, threw: (error as Error).message };
	}
	const items = result.workflowData?.[0] ?? [];
	if (items.some((item) => typeof item.json.event !== 'string'))
		return { status: 200, executions: 1, threw: 'item without event' };
	if (status === 401 && (result.workflowData || !result.noWebhookResponse)) {
		return {
			status,
			executions: result.workflowData ? 1 : 0,
			threw: '401 but not noWebhookResponse',
		};
	}
	return { status: status ?? 200, executions: result.workflowData ? 1 : 0 };
}

/** The last path segment of the trigger's production webhook URL, as n8n-core computes it. */
function registeredSegment(provider: ProviderEntry, spec: TriggerSpec): string {
	const node = triggerNode(spec.nodeName, spec.parameters, provider.credentialType);
	const workflow = makeWorkflow({ [node.type]: spec.type }, [node]);
	const webhookDescription = spec.type.description.webhooks![0];
	const ctx = new HookContext(workflow, node, makeAdditionalData({}), 'trigger', 'activate', {
		webhookDescription,
		node: node.name,
		workflowId: workflow.id,
	} as unknown as IWebhookData);
	return new URL(ctx.getNodeWebhookUrl('default')!).pathname.split('/').pop()!;
}

const rows: Row[] = [];

afterAll(() => {
	// Polling triggers take no inbound request: listed so that the table covers every trigger.
	for (const provider of PROVIDERS)
		for (const { nodeName } of provider.pollingTriggers ?? [])
			rows.push({ trigger: nodeName, requests: '-', 'unexpected throws/answers': 'polls only: no inbound HTTP' });
	recordFigures('hostile webhooks', rows);
	shutdownEngine();
});

const cases = PROVIDERS.flatMap((provider) =>
	provider.triggers.map((spec) => ({ provider, spec, label: spec.label ?? spec.nodeName })),
);

describe.each(cases)('$label', ({ provider, spec, label: triggerLabel }) => {
	it('refuses every forged request, accepts every genuine one and never throws', async () => {
		// One workflow for the whole corpus, so static data (secrets, recent event ids) persists as in n8n.
		const node = triggerNode(spec.nodeName, spec.parameters, provider.credentialType);
		const workflow = makeWorkflow({ [node.type]: spec.type }, [node], {}, { [`node:${node.name}`]: spec.activate() });
		const staticData = workflow.staticData[`node:${node.name}`] as IDataObject;
		const target = { spec, node, workflow };
		const segment = registeredSegment(provider, spec);
		const counts = {
			genuine: 0,
			accepted: 0,
			forged: 0,
			refused401: 0,
			refused404: 0,
			replays: 0,
			hostile: 0,
			hostileRefused: 0,
			pings: 0,
		};
		const problems: string[] = [];
		const started = Date.now();
		let total = 0;
		const check = (label: string, outcome: Outcome, ok: (o: Outcome) => boolean) => {
			total++;
			if (!outcome.threw && ok(outcome)) return;
			problems.push(`${label}: ${JSON.stringify(outcome)}`);
		};

		for (let n = 0; n < 300; n++) {
			// Genuine events: each starts exactly one execution.
			const request = spec.genuine(staticData, n);
			const outcome = await deliver(target, segment, request);
			counts.genuine++;
			if (outcome.executions === 1 && outcome.status === 200) counts.accepted++;
			check(`genuine ${n}`, outcome, (o) => o.status === 200 && o.executions === 1);
			// The same request again: deduplicated or accepted, as the provider's entry says.
			if (n % 3 === 0) {
				const replay = await deliver(target, segment, request);
				counts.replays++;
				check(`replay ${n}`, replay, (o) => o.status === 200 && o.executions === (spec.replay === 'ignored' ? 0 : 1));
			}
		}
		for (let n = 0; n < 80; n++) {
			for (const way of FORGE_WAYS) {
				const forged = spec.forge(staticData, 1000 + n, way);
				if (!forged) continue;
				const outcome = await deliver(target, segment, forged);
				counts.forged++;
				if (outcome.status === 401) counts.refused401++;
				if (outcome.status === 404) counts.refused404++;
				check(`forged (${way}) ${n}`, outcome, (o) => (o.status === 401 || o.status === 404) && o.executions === 0);
			}
		}
		for (let n = 0; n < 12; n++) {
			for (const { label, request } of hostileBodies(n)) {
				// With genuine authentication: no throw; whatever starts carries an event.
				const signed = spec.authenticate(staticData, request);
				const outcome = await deliver(target, segment, signed);
				counts.hostile++;
				check(`hostile authenticated (${label})`, outcome, (o) => o.status === 200);
				// Without it: refused, nothing starts.
				const way = FORGE_WAYS[n % FORGE_WAYS.length] === 'tampered' ? 'wrong' : FORGE_WAYS[n % FORGE_WAYS.length];
				const forged = {
					...request,
					...(spec.forge(staticData, n, way) ?? {}),
					body: request.body,
					rawBody: request.rawBody,
				};
				if (forged.headers && request.headers) forged.headers = { ...request.headers, ...forged.headers };
				if (way === 'missing' && forged.headers) delete forged.headers['x-callr-hmacsignature'];
				const refused = await deliver(target, segment, forged);
				counts.hostile++;
				counts.forged++;
				if (refused.status === 401) counts.refused401++;
				if (refused.status === 404) counts.refused404++;
				if (refused.status === 401 || refused.status === 404) counts.hostileRefused++;
				// BulkSMS's URL check posts [] without the secret; it is answered 200 and starts nothing.
				const ping = Array.isArray(request.body) && request.body.length === 0;
				if (ping && refused.status === 200 && refused.executions === 0) counts.pings++;
				check(
					`hostile forged (${label})`,
					refused,
					(o) => o.executions === 0 && (o.status === 401 || o.status === 404 || ping),
				);
			}
		}

		rows.push({
			trigger: triggerLabel,
			requests: total,
			genuine: counts.genuine,
			accepted: counts.accepted,
			replays: counts.replays,
			replay: spec.replay,
			forged: counts.forged,
			'refused 401': counts.refused401,
			'refused 404 (n8n routing)': counts.refused404,
			'URL checks ([] unsigned)': counts.pings,
			'hostile bodies': counts.hostile,
			'unexpected throws/answers': problems.length,
			seconds: ((Date.now() - started) / 1000).toFixed(1),
		});
		expect(problems.slice(0, 20)).toEqual([]);
		expect(total).toBeGreaterThanOrEqual(1000);
		expect(counts.accepted).toBe(counts.genuine);
		expect(counts.refused401 + counts.refused404 + counts.pings).toBe(counts.forged);
	}, 120_000);
});
