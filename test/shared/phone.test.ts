import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { requirePhoneNumber, requirePhoneNumbers, splitList, toE164, withoutPlus } from '../../nodes/shared/phone';

const node = { name: 'Send SMS' } as INode;

describe('toE164', () => {
	it.each([
		['+14155550100', '+14155550100'],
		['+1 (415) 555-0100', '+14155550100'],
		['0044 20 7946 0000', '+442079460000'],
		['2348031234567', '+2348031234567'],
		['+234.803.123.4567', '+2348031234567'],
	])('normalises %s', (input, expected) => {
		expect(toE164(input)).toBe(expected);
	});

	it.each(['', 'abc', '+0123456789', '12345', '+1234567890123456', '08031234567', '+1 415 555 01OO'])(
		'rejects %s',
		(input) => {
			expect(toE164(input)).toBeUndefined();
		},
	);

	it('turns national numbers into international ones with a default country code', () => {
		expect(toE164('0803 123 4567', { defaultCountryCode: '234' })).toBe('+2348031234567');
		expect(toE164('08031234567', { defaultCountryCode: '+234' })).toBe('+2348031234567');
	});
});

describe('requirePhoneNumber', () => {
	it('names the item and the field', () => {
		let error: unknown;
		try {
			requirePhoneNumber(node, 4, 'To', 'not a number');
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as NodeOperationError).message).toBe('To: "not a number" is not a valid phone number [item 4]');
		expect((error as NodeOperationError).description).toMatch(/E\.164/);
		expect((error as NodeOperationError).context.itemIndex).toBe(4);
	});

	it('requires a value and accepts numbers given as numbers', () => {
		expect(() => requirePhoneNumber(node, 0, 'From', '  ')).toThrow('From: a phone number is required [item 0]');
		expect(requirePhoneNumber(node, 0, 'To', 14155550100)).toBe('+14155550100');
	});

	it('validates lists and drops duplicates', () => {
		expect(requirePhoneNumbers(node, 0, 'To', '+14155550100, +14155550101;+14155550100\n+14155550102')).toEqual([
			'+14155550100',
			'+14155550101',
			'+14155550102',
		]);
		expect(() => requirePhoneNumbers(node, 2, 'To', ['+14155550100', 'x'])).toThrow('To: "x" is not a valid phone number [item 2]');
		expect(() => requirePhoneNumbers(node, 2, 'To', ' , ')).toThrow('at least one phone number');
	});

	it('splits lists and strips the plus sign', () => {
		expect(splitList('a, b;;c\n')).toEqual(['a', 'b', 'c']);
		expect(splitList(['a', ' b '])).toEqual(['a', 'b']);
		expect(withoutPlus('+14155550100')).toBe('14155550100');
	});
});
