import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { requirePhoneNumbers } from '../../../shared/phone';
import type { Target } from '../../api';
import { requireUrl } from '../../helpers/format';
import { mediaField, timeoutField } from '../common.descriptions';

/** The Voice App types the node creates and edits, by CALLR package name. */
export const APP_TYPES = {
	CALLTRACKING10: 'Call Tracking',
	CLICKTOCALL10: 'Click-to-Call',
	REALTIME10: 'Real-Time',
} as const;
export type AppType = keyof typeof APP_TYPES;

export const callbackUrlField: INodeProperties = {
	displayName: 'Callback URL',
	name: 'url',
	type: 'string',
	default: '',
	placeholder: 'https://example.com/callr/realtime',
	description: 'CALLR posts the call status to this URL, and its answers control the call',
};

export const forwardToField: INodeProperties = {
	displayName: 'Forward To',
	name: 'forwardTo',
	type: 'string',
	default: '',
	placeholder: '+33612345678, +33698765432',
	description: 'Numbers the calls are forwarded to, in E.164 format, tried in turn (comma-separated)',
};

export const forwardTimeoutField = timeoutField('forwardTimeout', 'Forward Ring Timeout');

/** A setting of an app's parameters (`p`), and where it goes for each app type that has it. */
interface AppSetting {
	property: INodeProperties;
	/** Path in the app parameters: a top-level key, or [object, key]. */
	paths: Partial<Record<AppType, [string] | [string, string]>>;
}

const mediaSetting = (label: string, description: string, keys: [string, string]): AppSetting => ({
	property: {
		...mediaField,
		name: `${label.toLowerCase()}Media`,
		displayName: `${label} Media Name or ID`,
		required: false,
		description: `${description}. ${mediaField.description}`,
	},
	paths: { CALLTRACKING10: ['medias', keys[0]], CLICKTOCALL10: ['medias', keys[1]] },
});

const SETTINGS: AppSetting[] = [
	mediaSetting('Bridge', 'Played to both parties before they are connected', ['bridge', 'AB_bridge']),
	{
		property: {
			displayName: 'Callback Login',
			name: 'login',
			type: 'string',
			default: '',
			description: 'Login, if the callback URL is protected with HTTP Basic authentication',
		},
		paths: { REALTIME10: ['login'] },
	},
	{
		property: {
			displayName: 'Callback Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Password, if the callback URL is protected with HTTP Basic authentication',
		},
		paths: { REALTIME10: ['password'] },
	},
	{
		property: {
			displayName: 'Google Analytics Property ID',
			name: 'googleAnalytics',
			type: 'string',
			default: '',
			placeholder: 'UA-12345678-1',
			description: 'Web property the calls are reported to',
		},
		paths: { CALLTRACKING10: ['ga', 'ua'] },
	},
	{
		property: {
			displayName: 'Party A Attempts',
			name: 'attempts',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 5 },
			default: 1,
			description: 'How many times party A is called (1 to 5)',
		},
		paths: { CLICKTOCALL10: ['options', 'A_attempts'] },
	},
	{
		property: {
			displayName: 'Party A Retry Pause',
			name: 'retryPause',
			type: 'number',
			typeOptions: { minValue: 30, maxValue: 300 },
			default: 60,
			description: 'Seconds between two attempts to call party A (30 to 300)',
		},
		paths: { CLICKTOCALL10: ['options', 'A_retrypause'] },
	},
	{
		property: {
			displayName: 'Record Calls',
			name: 'recordCalls',
			type: 'boolean',
			default: false,
			description: 'Whether CALLR records the calls',
		},
		paths: { CALLTRACKING10: ['options', 'record_calls'], CLICKTOCALL10: ['options', 'record_calls'] },
	},
	mediaSetting('Ringtone', 'Played to the caller (party A) while the other party rings', ['ringtone', 'A_ringtone']),
	mediaSetting('Welcome', 'Played to the caller (party A) first', ['welcome', 'A_welcome']),
	mediaSetting('Whisper', 'Played only to the called party (party B) before it is connected', ['whisper', 'B_whisper']),
];

const typesOf = (setting: AppSetting) => Object.keys(setting.paths) as AppType[];
const labels = (types: AppType[]) => types.map((type) => APP_TYPES[type]).join(' and ');

/** The settings of the chosen app type, for Create (each shown only for the types that have it). */
export const createSettingOptions: INodeProperties[] = SETTINGS.map((s) => ({
	...s.property,
	displayOptions: { show: { '/appType': typesOf(s) } },
}));

/** Every setting, for Update (the app's type is checked when the node runs). */
export const updateSettingOptions: INodeProperties[] = [
	{ ...callbackUrlField, description: `Real-Time apps only. ${callbackUrlField.description}` },
	{ ...forwardToField, description: `Call Tracking apps only. ${forwardToField.description}` },
	{ ...forwardTimeoutField, description: `Call Tracking apps only. ${forwardTimeoutField.description}` },
	...SETTINGS.map((s) => ({
		...s.property,
		description: `${labels(typesOf(s))} apps only. ${s.property.description}`,
	})),
];

/**
 * The app parameters (`p`) CALLR takes for an app type: the current ones (when editing) with the given settings
 * applied. A setting of another app type is an input error.
 */
export function appParams(
	node: INode,
	itemIndex: number,
	type: AppType,
	settings: IDataObject,
	current: IDataObject = {},
): IDataObject {
	const params: IDataObject = type === 'REALTIME10' ? { data_format: 'JSON', ...current } : { ...current };
	const only = (field: string, allowed: AppType) => {
		if (type !== allowed)
			throw inputError(node, itemIndex, field, `applies to ${APP_TYPES[allowed]} apps, not ${APP_TYPES[type]} apps`);
	};
	if (settings.url !== undefined) {
		only('Callback URL', 'REALTIME10');
		params.url = requireUrl(node, itemIndex, 'Callback URL', settings.url);
	}
	if (settings.forwardTo !== undefined || settings.forwardTimeout !== undefined) {
		only(settings.forwardTo !== undefined ? 'Forward To' : 'Forward Ring Timeout', 'CALLTRACKING10');
		const numbers =
			settings.forwardTo !== undefined
				? requirePhoneNumbers(node, itemIndex, 'Forward To', settings.forwardTo)
				: ((params.targets as Target[] | undefined) ?? []).map((t) => t.number);
		const timeout = Number(settings.forwardTimeout ?? forwardTimeoutField.default);
		params.targets = numbers.map((number) => ({ number, timeout }));
	}
	for (const setting of SETTINGS) {
		const value = settings[setting.property.name];
		if (value === undefined || value === '') continue;
		const path = setting.paths[type];
		if (!path) {
			const why = `applies to ${labels(typesOf(setting))} apps, not ${APP_TYPES[type]} apps`;
			throw inputError(node, itemIndex, setting.property.displayName, why);
		}
		const [group, key] = path;
		if (key === undefined) params[group] = value;
		else
			params[group] = {
				...(params[group] as IDataObject | undefined),
				[key]: setting.property.type === 'options' ? Number(value) : value,
			};
	}
	return params;
}
