import type { IDataObject } from 'n8n-workflow';

/**
 * Every CALLR call the node makes, by name, with its JSON-RPC method, how its named arguments become the
 * positional params, and whether repeating it is harmless (reads, deletes) or could do something twice (sends,
 * purchases). Operations only use the names: when CALLR's JSON-RPC API shuts down (30 June 2027), a REST v2 map of
 * the same names replaces this one without touching an operation.
 */
export interface RpcMapping<A> {
	method: string;
	params: (args: A) => unknown[];
	idempotent: boolean;
}

/** Repeating it changes nothing more: reads, removals, setting the same content again. */
const repeatable = <A = void>(method: string, params: (args: A) => unknown[]): RpcMapping<A> => ({
	method,
	params,
	idempotent: true,
});
/** Repeating it would send, call, subscribe, reserve or buy twice. */
const once = <A = void>(method: string, params: (args: A) => unknown[]): RpcMapping<A> => ({
	method,
	params,
	idempotent: false,
});

interface Hash {
	hash: string;
}
interface Token {
	token: string;
}
/** A phone number (DID) by its hash. */
interface Did {
	did: string;
}
interface MediaId {
	id: number;
}
export interface Target extends IDataObject {
	number: string;
	timeout: number;
}
/** Search.Options of CALLR's paged searches. */
export interface SearchArgs {
	filters: IDataObject;
	options: { offset: number; quantity: number };
}
type Options = IDataObject | null;

export const CALLR_CALLS = {
	getPrepaidCredit: repeatable('billing.get_prepaid_credit', () => []),

	sendSms: once<{ from: string; to: string; text: string; options: Options }>('sms.send', (a) => [
		a.from,
		a.to,
		a.text,
		a.options,
	]),
	getSms: repeatable<Hash>('sms.get', (a) => [a.hash]),
	listSms: repeatable<{ type: string; from: string; to: string }>('sms.get_list', (a) => [a.type, a.from, a.to]),

	startClickToCall: once<{ app: string; aTargets: Target[]; bTargets: Target[]; options: Options }>(
		'clicktocall/calls.start_2',
		(a) => [a.app, a.aTargets, a.bTargets, a.options],
	),
	getClickToCallStatus: repeatable<Hash>('clicktocall/calls.get_status', (a) => [a.hash]),
	cancelClickToCall: repeatable<Hash>('clicktocall/calls.cancel', (a) => [a.hash]),
	broadcastMessage: once<{ target: Target; messages: Array<number | string>; options: Options }>(
		'calls.broadcast_1',
		(a) => [a.target, a.messages, a.options],
	),
	startRealtimeCall: once<{ app: string; target: Target; options: Options }>('calls.realtime', (a) => [
		a.app,
		a.target,
		a.options,
	]),
	getCdrs: repeatable<{ type: string; from: string; to: string; app: string | null; number: string | null }>(
		'cdr.get',
		(a) => [a.type, a.from, a.to, a.app, a.number],
	),

	searchNumbers: repeatable<SearchArgs>('did.search', (a) => [a.filters, a.options]),
	listNumberCountries: repeatable('did/areacode.countries', () => []),
	listAreaCodes: repeatable<{ country: string; type: string | null }>('did/areacode.get_list', (a) => [
		a.country,
		a.type,
	]),
	listNumberTypes: repeatable<{ country: string }>('did/areacode.types', (a) => [a.country]),
	getNumberQuote: repeatable<{ areaCodeId: number; numberClass: string; quantity: number }>(
		'did/store.get_quote',
		(a) => [a.areaCodeId, a.numberClass, a.quantity],
	),
	reserveNumbers: once<{ areaCodeId: number; numberClass: string; quantity: number }>('did/store.reserve', (a) => [
		a.areaCodeId,
		a.numberClass,
		a.quantity,
		'RANDOM',
	]),
	buyReservedNumbers: once<Token>('did/store.buy_order', (a) => [a.token]),
	getOrder: repeatable<Token>('did/store.view_order', (a) => [a.token]),
	cancelOrder: repeatable<Token>('did/store.cancel_order', (a) => [a.token]),
	releaseNumber: repeatable<Did>('did/store.cancel_subscription', (a) => [a.did]),
	getStoreQuota: repeatable('did/store.get_quota_status', () => []),

	searchApps: repeatable<SearchArgs>('apps.search', (a) => [a.filters, a.options]),
	listApps: repeatable('apps.get_list', () => [false]),
	getApp: repeatable<Hash>('apps.get', (a) => [a.hash]),
	deleteApp: repeatable<Hash>('apps.delete', (a) => [a.hash]),
	createApp: once<{ type: string; name: string; params: IDataObject }>('apps.create', (a) => [
		a.type,
		a.name,
		a.params,
	]),
	editApp: repeatable<Hash & { name: string | null; params: IDataObject }>('apps.edit', (a) => [
		a.hash,
		a.name,
		a.params,
	]),
	assignNumber: repeatable<Did & { app: string }>('apps.assign_did', (a) => [a.app, a.did]),
	unassignNumber: repeatable<Did>('apps.remove_did', (a) => [a.did]),

	listMedia: repeatable('media/library.get_list', () => [null]),
	getMedia: repeatable<MediaId>('media/library.get', (a) => [a.id]),
	createMedia: once<{ name: string }>('media/library.create', (a) => [a.name]),
	setTtsContent: repeatable<MediaId & { text: string; voice: string; options: Options }>(
		'media/tts.set_content',
		(a) => [a.id, a.text, a.voice, a.options],
	),
	setAudioContent: repeatable<MediaId & { text: string; audioBase64: string }>('media/library.set_content', (a) => [
		a.id,
		a.text,
		a.audioBase64,
	]),
	deleteMedia: repeatable<MediaId>('media/library.delete', (a) => [a.id]),

	getCampaign: repeatable<Hash>('sendr/10/campaign.get', (a) => [a.hash]),
	startCampaign: once<Hash>('sendr/10/campaign.start', (a) => [a.hash]),
	pauseCampaign: repeatable<Hash>('sendr/10/campaign.pause', (a) => [a.hash]),
	stopCampaign: repeatable<Hash>('sendr/10/campaign.stop', (a) => [a.hash]),
	deleteCampaign: repeatable<Hash>('sendr/10/campaign.delete', (a) => [a.hash]),

	subscribeWebhook: once<{ type: string; endpoint: string; options: Options }>('webhooks.subscribe', (a) => [
		a.type,
		a.endpoint,
		a.options,
	]),
	unsubscribeWebhook: repeatable<Hash>('webhooks.unsubscribe', (a) => [a.hash]),
	listWebhooks: repeatable('webhooks.get_list', () => []),
	listWebhookEventTypes: repeatable('webhooks.get_event_types', () => []),
};

export type CallrCall = keyof typeof CALLR_CALLS;
export type CallrArgs<N extends CallrCall> = (typeof CALLR_CALLS)[N] extends RpcMapping<infer A> ? A : never;
