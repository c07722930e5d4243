import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { callrRequest, callrSearch } from '../transport';

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

type App = IDataObject & { package?: IDataObject };

async function apps(ctx: ILoadOptionsFunctions, keep: (app: App) => boolean = () => true) {
	const list = (await callrRequest(ctx, 'listApps', undefined)) as App[];
	return list
		.filter(keep)
		.map((app) => ({
			name: String(app.name),
			value: String(app.hash),
			description: String(app.package?.name ?? ''),
		}))
		.sort(byName);
}

export async function getApps(this: ILoadOptionsFunctions) {
	return await apps(this);
}

/** Apps a number can be assigned to: CALLR says which in each app's package (`has_did`). */
export async function getAppsTakingNumbers(this: ILoadOptionsFunctions) {
	return await apps(this, (app) => app.package?.has_did === true);
}

export async function getClickToCallApps(this: ILoadOptionsFunctions) {
	return await apps(this, (app) => app.package?.name === 'CLICKTOCALL10');
}

export async function getRealtimeApps(this: ILoadOptionsFunctions) {
	return await apps(this, (app) => app.package?.name === 'REALTIME10');
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
