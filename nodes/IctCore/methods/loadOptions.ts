import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { ictCoreList } from '../transport';

/** Lists are unpaginated: newest first, capped so a dropdown stays usable. */
const MAX_OPTIONS = 500;

async function options(
	this: ILoadOptionsFunctions,
	path: string,
	idKey: string,
	label: (row: IDataObject) => string,
): Promise<INodePropertyOptions[]> {
	const rows = await ictCoreList.call(this, path);
	return rows
		.sort((a, b) => Number(b[idKey]) - Number(a[idKey]))
		.slice(0, MAX_OPTIONS)
		.map((row) => ({ name: `${label(row)} (#${row[idKey]})`, value: Number(row[idKey]) }));
}

const fullName = (row: IDataObject) => [row.first_name, row.last_name].filter(Boolean).join(' ');

export async function getAccounts(this: ILoadOptionsFunctions) {
	return await options.call(
		this,
		'/accounts',
		'account_id',
		(r) => [r.phone || r.email, fullName(r)].filter(Boolean).join(' — ') || String(r.username ?? 'account'),
	);
}

export async function getCampaigns(this: ILoadOptionsFunctions) {
	return await options.call(
		this,
		'/campaigns',
		'campaign_id',
		(r) => `${r.program_type ?? 'campaign'} to group ${r.group_id} — ${r.status}`,
	);
}

export async function getGroups(this: ILoadOptionsFunctions) {
	return await options.call(this, '/groups', 'group_id', (r) => `${r.name} (${r.contact_total} contacts)`);
}

export async function getPrograms(this: ILoadOptionsFunctions) {
	return await options.call(this, '/programs', 'program_id', (r) => `${r.name} [${r.type}]`);
}
