import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/operations';
import * as buy from './buy.operation';
import * as getAll from './getAll.operation';
import * as getAreaCodes from './getAreaCodes.operation';
import * as getCountries from './getCountries.operation';
import * as getQuote from './getQuote.operation';
import * as getTypes from './getTypes.operation';

export const operations = { buy, getAll, getAreaCodes, getCountries, getQuote, getTypes };

export const description: INodeProperties[] = [
	operationSelector(
		'phoneNumber',
		[
			{
				name: 'Buy',
				value: 'buy',
				description: 'Reserve numbers in an area code and buy them',
				action: 'Buy phone numbers',
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
				name: 'Get Quote',
				value: 'getQuote',
				description: 'Get the price of numbers before buying them',
				action: 'Get a phone number quote',
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
];
