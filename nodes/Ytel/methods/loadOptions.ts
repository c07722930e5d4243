import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { nextKeyPage, ytelRequest } from '../transport';
import { collectPages } from '../../shared/pagination';

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

/** The account's numbers, for From and Phone Number pickers. */
export async function getPhoneNumbers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const numbers = await collectPages({ returnAll: true, limit: Infinity }, nextKeyPage.call(this, 0));
	return numbers
		.map((n) => ({ name: n.friendlyName ? `${n.phoneNumber} (${n.friendlyName})` : String(n.phoneNumber), value: String(n.phoneNumber) }))
		.sort(byName);
}

export async function getNumberSets(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const sets = await ytelRequest.call(this, { method: 'GET', path: '/v4/numberset/' }, { idempotent: true });
	return sets.map((s) => ({ name: String(s.name || s.numberSetId), value: String(s.numberSetId) })).sort(byName);
}

export async function getSmsTemplates(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const templates = await ytelRequest.call(this, { method: 'GET', path: '/v4/smstemplate/' }, { idempotent: true });
	return templates.map((t) => ({ name: String(t.templateTitle || t.templateId), value: String(t.templateId) })).sort(byName);
}
