import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../shared/errors';

/** The WebhookEntry of Create and Update from the shared webhook fields. */
export function webhookEntry(this: IExecuteFunctions, i: number): IDataObject {
	const url = (this.getNodeParameter('url', i) as string).trim();
	if (!/^https?:\/\/\S+$/i.test(url))
		throw inputError(this.getNode(), i, 'URL', `"${url}" is not an http or https URL`);
	const name = (this.getNodeParameter('name', i) as string).trim();
	if (name === '') throw inputError(this.getNode(), i, 'Name', 'a name is required');
	const extra = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	return { name, url, triggerScope: this.getNodeParameter('triggerScope', i), ...extra };
}
