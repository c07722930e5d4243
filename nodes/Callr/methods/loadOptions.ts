import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { callrRequest, callrSearch } from '../transport';

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

async function apps(ctx: ILoadOptionsFunctions, packageName?: string): Promise<INodePropertyOptions[]> {
	const list = (await callrRequest(ctx, 'listApps', undefined)) as IDataObject[];
	return list
		.filter((app) => !packageName || (app.package as IDataObject | undefined)?.name === packageName)
		.map((app) => ({
			name: String(app.name),
			value: String(app.hash),
			description: String((app.package as IDataObject)?.name ?? ''),
		}))
		.sort(byName);
}

export async function getApps(this: ILoadOptionsFunctions) {
	return await apps(this);
}

export async function getClickToCallApps(this: ILoadOptionsFunctions) {
	return await apps(this, 'CLICKTOCALL10');
}

export async function getRealtimeApps(this: ILoadOptionsFunctions) {
	return await apps(this, 'REALTIME10');
}

export async function getNumbers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const numbers = await callrSearch(this, 'searchNumbers', {}, { returnAll: true, limit: Infinity });
	return numbers
		.map((n) => ({ name: String(n.intl_number), value: String(n.hash), description: String(n.type ?? '') }))
		.sort(byName);
}

export async function getMedia(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const byId = (await callrRequest(this, 'listMedia', undefined)) as Record<string, IDataObject>;
	return Object.values(byId)
		.map((m) => ({ name: String(m.name), value: Number(m.id), description: String(m.status ?? '') }))
		.sort(byName);
}
