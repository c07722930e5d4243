import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { bulkSmsRequest } from '../transport';

/** The account's webhooks, by name, for the Webhook pickers. */
export async function getWebhooks(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const hooks = (await bulkSmsRequest.call(this, {
		method: 'GET',
		path: '/webhooks',
		idempotent: true,
	})) as IDataObject[];
	return hooks
		.map((hook) => ({
			name: String(hook.name),
			value: String(hook.id),
			description: `${String(hook.triggerScope)} → ${String(hook.url)}`,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
