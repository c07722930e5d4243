/**
 * Every action operation of a node, read from its description (resource options → operation options), with
 * parameters a user could plausibly enter: defaults, and a value for each required field that is still empty.
 */
import type { IDataObject, INodeProperties, INodeType } from 'n8n-workflow';

export interface OperationCase {
	resource: string;
	operation: string;
	parameters: IDataObject;
	/** The required fields that had to be filled in (bad-input targets). */
	required: INodeProperties[];
}

function shownFor(property: INodeProperties, resource: string, operation: string): boolean {
	const show = property.displayOptions?.show;
	if (!show) return true;
	const resources = show.resource as string[] | undefined;
	const operations = show.operation as string[] | undefined;
	return (!resources || resources.includes(resource)) && (!operations || operations.includes(operation));
}

/** A value for a required field, by its name and type. */
export function plausibleValue(property: INodeProperties): unknown {
	const name = property.name;
	if (property.type === 'number') return 1;
	if (property.type === 'boolean') return true;
	if (property.type === 'options' && property.options?.length)
		return 'value' in property.options[0] ? property.options[0].value : '';
	if (property.type === 'multiOptions')
		return property.options?.[0] && 'value' in property.options[0] ? [property.options[0].value] : [];
	// A picker whose options are loaded from the provider ("Name or ID"): what a user would type as an expression.
	if (property.type === 'options' && property.typeOptions?.loadOptionsMethod === undefined) return '';
	if (/url|endpoint/i.test(name)) return 'https://example.com/hook';
	if (
		/^(to|from|recipients?|phone(Number)?s?|numbers?|destination|caller|callee|target|originator|receiver)$/i.test(name)
	)
		return '+15550001234';
	if (/message|text|body|content/i.test(name)) return 'hello from the reliability suite';
	if (property.type === 'dateTime') return new Date(Date.now() + 86_400_000).toISOString();
	if (/id$|hash|ids$/i.test(name)) return '12345';
	if (/name/i.test(name)) return 'reliability';
	// The field's own example (e.g. DTMF digits "1234#") fits better than a word.
	if (typeof property.placeholder === 'string' && property.placeholder !== '') return property.placeholder;
	return 'test';
}

/**
 * `chosen`: values a user picks for an operation (keyed `resource.operation`) where the default of a selector shown
 * for the whole resource does not fit it (ICTCore's Message Type "Text" has no media to download).
 */
export function operationsOf(node: INodeType, chosen: Record<string, IDataObject> = {}): OperationCase[] {
	const properties = node.description.properties;
	const resourceProperty = properties.find((p) => p.name === 'resource');
	const resources = (resourceProperty?.options ?? []).map((o) => ('value' in o ? String(o.value) : ''));
	const cases: OperationCase[] = [];
	for (const resource of resources) {
		for (const selector of properties.filter((p) => p.name === 'operation' && shownFor(p, resource, ''))) {
			if (!(selector.displayOptions?.show?.resource as string[] | undefined)?.includes(resource)) continue;
			for (const option of selector.options ?? []) {
				if (!('value' in option)) continue;
				const operation = String(option.value);
				const parameters: IDataObject = { resource, operation, ...chosen[`${resource}.${operation}`] };
				// Selectors shown for the whole resource (ICTCore's Message Type) keep their default, as in the editor.
				for (const property of properties) {
					const show = property.displayOptions?.show;
					if (!show || show.operation || !(show.resource as string[] | undefined)?.includes(resource)) continue;
					if (['resource', 'operation'].includes(property.name) || property.type === 'notice') continue;
					parameters[property.name] ??= property.default as IDataObject[string];
				}
				const required: INodeProperties[] = [];
				for (const property of properties) {
					if (['resource', 'operation'].includes(property.name) || property.type === 'notice') continue;
					if (!property.displayOptions?.show?.operation || !shownFor(property, resource, operation)) continue;
					// Shown only for some value of another field (e.g. Sender ID for the sender "Sender ID"): not by default.
					const others = Object.entries(property.displayOptions.show).filter(
						([k]) => !['resource', 'operation'].includes(k),
					);
					if (others.some(([k, allowed]) => !(allowed as unknown[] | undefined)?.includes(parameters[k]))) continue;
					if (parameters[property.name] !== undefined) continue;
					let value = property.default as unknown;
					if (property.required && (value === '' || value === undefined || value === null)) {
						value = plausibleValue(property);
						required.push(property);
					}
					if (property.type === 'resourceLocator')
						value = {
							__rl: true,
							mode: 'id',
							value: String(plausibleValue(property)),
						};
					parameters[property.name] = value as IDataObject[string];
				}
				cases.push({ resource, operation, parameters, required });
			}
		}
	}
	return cases;
}
