import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as assignToApp from './assignToApp.operation';
import * as buy from './buy.operation';
import * as buyOrder from './buyOrder.operation';
import * as cancelOrder from './cancelOrder.operation';
import * as getAll from './getAll.operation';
import * as getAreaCodes from './getAreaCodes.operation';
import * as getCountries from './getCountries.operation';
import * as getOrder from './getOrder.operation';
import * as getQuote from './getQuote.operation';
import * as getStoreQuota from './getStoreQuota.operation';
import * as getTypes from './getTypes.operation';
import * as release from './release.operation';
import * as unassignFromApp from './unassignFromApp.operation';

export const operations = {
	assignToApp,
	buy,
	buyOrder,
	cancelOrder,
	getAll,
	getAreaCodes,
	getCountries,
	getOrder,
	getQuote,
	getStoreQuota,
	getTypes,
	release,
	unassignFromApp,
};

export const description: INodeProperties[] = [
	operationSelector(
		'phoneNumber',
		[
			{
				name: 'Assign to Voice App',
				value: 'assignToApp',
				description: 'Send the calls of a number to a Voice App',
				action: 'Assign a phone number to a voice app',
			},
			{
				name: 'Buy',
				value: 'buy',
				description: 'Reserve numbers in an area code and buy them',
				action: 'Buy phone numbers',
			},
			{
				name: 'Buy Reserved Order',
				value: 'buyOrder',
				description: 'Buy the numbers of a reservation',
				action: 'Buy a reserved order',
			},
			{
				name: 'Cancel Order',
				value: 'cancelOrder',
				description: 'Cancel a reservation without buying its numbers',
				action: 'Cancel an order',
			},
			{
				name: 'Get Area Codes',
				value: 'getAreaCodes',
				description: 'List the area codes of a country with numbers for sale',
				action: 'Get area codes',
			},
			{
				name: 'Get Countries',
				value: 'getCountries',
				description: 'List the countries with numbers for sale',
				action: 'Get countries',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the numbers of the account',
				action: 'Get many phone numbers',
			},
			{
				name: 'Get Number Types',
				value: 'getTypes',
				description: 'List the number types for sale in a country',
				action: 'Get number types',
			},
			{
				name: 'Get Order',
				value: 'getOrder',
				description: 'Get a reservation with its numbers, cost and expiry',
				action: 'Get an order',
			},
			{
				name: 'Get Quote',
				value: 'getQuote',
				description: 'Get the price of numbers before buying them',
				action: 'Get a phone number quote',
			},
			{
				name: 'Get Store Quota',
				value: 'getStoreQuota',
				description: 'How many numbers the account has and may still buy',
				action: 'Get the store quota',
			},
			{
				name: 'Release',
				value: 'release',
				description: 'End the subscription of a number and give it back',
				action: 'Release a phone number',
			},
			{
				name: 'Unassign From Voice App',
				value: 'unassignFromApp',
				description: 'Detach a number from its Voice App',
				action: 'Unassign a phone number from its voice app',
			},
		],
		'getAll',
	),
	...getAll.description,
	...getCountries.description,
	...getTypes.description,
	...getAreaCodes.description,
	...getQuote.description,
	...buy.description,
	...getOrder.description,
	...buyOrder.description,
	...cancelOrder.description,
	...assignToApp.description,
	...unassignFromApp.description,
	...release.description,
	...getStoreQuota.description,
];
