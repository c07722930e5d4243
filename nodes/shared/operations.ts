import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { chunk, forEachConcurrent } from './concurrency';
import { redactError, secretValues } from './errors';
import { alphabetically } from './descriptions';

/** Output items an operation builds itself (for example with binary data); pairing is added by the runner. */
export class ExecutionItems {
	constructor(readonly items: Array<Pick<INodeExecutionData, 'json' | 'binary'>>) {}
}

/** What one item turns into: one output item, several (a fan-out), or items with binary data. */
export type OperationOutput = IDataObject | IDataObject[] | ExecutionItems;

interface OperationBase {
	/** The operation's fields, each showing only for its resource and operation (see `updateDisplayOptions`). */
	description: INodeProperties[];
}

/** An operation that turns each item into requests on its own; items run with bounded concurrency. */
export interface ItemOperation extends OperationBase {
	execute(this: IExecuteFunctions, itemIndex: number): Promise<OperationOutput>;
	/** Run one item at a time, for operations whose items must not overlap. */
	sequential?: boolean;
}

/** An operation whose items are grouped into as few requests as the provider allows. */
export interface BatchOperation<T = unknown> extends OperationBase {
	/** Reads and validates one item. Sends nothing: every item is checked before the first request. */
	prepare(this: IExecuteFunctions, itemIndex: number): Promise<T>;
	/** Items per request. */
	batchSize(this: IExecuteFunctions): number;
	/** Sends one batch; returns one output (or a per-entry error) for each entry, in order. */
	executeBatch(
		this: IExecuteFunctions,
		batch: Array<{ itemIndex: number; value: T }>,
	): Promise<Array<OperationOutput | Error>>;
}

export type Operation = ItemOperation | BatchOperation;

export interface RunnerSettings {
	provider: string;
	credentialType: string;
	/** Requests in flight at once when the operation has no Concurrency option of its own. */
	defaultConcurrency: number;
}

function isBatch(operation: Operation): operation is BatchOperation {
	return 'executeBatch' in operation;
}

/**
 * Makes any error an n8n error that names its item. An error already claimed by another item (one failed batch
 * request fails all its items) is copied, so that every item gets its own.
 */
function itemError(this: IExecuteFunctions, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	let e =
		error instanceof NodeApiError || error instanceof NodeOperationError
			? error
			: new NodeOperationError(this.getNode(), error as Error, { itemIndex });
	if (claimed.has(e)) {
		e = Object.assign(Object.create(Object.getPrototypeOf(e) as object) as typeof e, e, {
			context: { ...e.context },
			message: e.message.replace(/ \[item \d+\]$/, ''),
		});
	}
	claimed.add(e);
	e.context.itemIndex = itemIndex;
	if (!/\[item \d+\]$/.test(e.message)) e.message = `${e.message} [item ${itemIndex}]`;
	return e;
}

/** Errors already attached to an item. */
const claimed = new WeakSet<Error>();

function toItems(output: OperationOutput, itemIndex: number): INodeExecutionData[] {
	const pairedItem = { item: itemIndex };
	if (output instanceof ExecutionItems) return output.items.map((item) => ({ ...item, pairedItem }));
	const list = Array.isArray(output) ? output : [output];
	return list.map((json) => ({ json, pairedItem }));
}

function errorItem(error: NodeApiError | NodeOperationError, itemIndex: number): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
	if (error.context.providerCode !== undefined) json.code = error.context.providerCode as string;
	return { json, pairedItem: { item: itemIndex } };
}

/**
 * Runs an operation over every input item: bounded concurrency, output in input order, every output item paired
 * with its input item, one error item per failed input item with "Continue On Fail", and no credential value in
 * any error.
 */
export async function runOperation(
	this: IExecuteFunctions,
	operation: Operation,
	settings: RunnerSettings,
): Promise<INodeExecutionData[][]> {
	const count = this.getInputData().length;
	const continueOnFail = this.continueOnFail();
	const results: Array<OperationOutput | NodeApiError | NodeOperationError | undefined> = new Array(count);
	const concurrency = Math.max(
		1,
		this.getNodeParameter('options.concurrency', 0, settings.defaultConcurrency) as number,
	);
	let secrets: string[] | undefined;
	const fail = async (error: unknown, itemIndex: number) => {
		secrets ??= secretValues(await this.getCredentials(settings.credentialType).catch(() => undefined));
		const e = redactError(itemError.call(this, error, itemIndex), secrets);
		results[itemIndex] = e;
		if (!continueOnFail) throw e;
	};

	if (isBatch(operation)) {
		const prepared: Array<{ itemIndex: number; value: unknown }> = [];
		for (let i = 0; i < count; i++) {
			try {
				prepared.push({ itemIndex: i, value: await operation.prepare.call(this, i) });
			} catch (error) {
				await fail(error, i);
			}
		}
		const batches = chunk(prepared, Math.max(1, operation.batchSize.call(this)));
		await forEachConcurrent(batches.length, concurrency, async (b) => {
			const batch = batches[b];
			let outputs: Array<OperationOutput | Error>;
			try {
				outputs = await operation.executeBatch.call(this, batch);
			} catch (error) {
				outputs = batch.map(() => error as Error);
			}
			for (let k = 0; k < batch.length; k++) {
				const output = outputs[k];
				if (output instanceof Error) await fail(output, batch[k].itemIndex);
				else results[batch[k].itemIndex] = output;
			}
		});
	} else {
		await forEachConcurrent(count, operation.sequential ? 1 : concurrency, async (i) => {
			try {
				results[i] = await operation.execute.call(this, i);
			} catch (error) {
				await fail(error, i);
			}
		});
	}

	const out: INodeExecutionData[] = [];
	results.forEach((result, i) => {
		if (result === undefined) return;
		if (result instanceof NodeApiError || result instanceof NodeOperationError) out.push(errorItem(result, i));
		else out.push(...toItems(result, i));
	});
	return [out];
}

export type ResourceOperations = Record<string, Operation>;

export interface RouterSettings extends RunnerSettings {
	resources: Record<string, ResourceOperations>;
}

/** The node's `execute`: finds the operation module by resource and operation and runs it over the items. */
export function createRouter(settings: RouterSettings) {
	return async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const resource = this.getNodeParameter('resource', 0) as string;
		const operationName = this.getNodeParameter('operation', 0) as string;
		const operation = settings.resources[resource]?.[operationName];
		if (!operation) {
			throw new NodeOperationError(
				this.getNode(),
				`The operation "${operationName}" is not known for the resource "${resource}"`,
			);
		}
		return await runOperation.call(this, operation, settings);
	};
}

/** The `operation` selector of one resource, from its operations' options (sorted by name, as n8n wants). */
export function operationSelector(
	resource: string,
	options: Array<INodePropertyOptions & { action: string }>,
	defaultOperation: string,
): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: [...options].sort((a, b) => alphabetically(a.name, b.name)),
		default: defaultOperation,
	};
}
