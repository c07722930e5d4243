import { parseJsonKeepingBigIntegers } from '../../nodes/Callr/helpers/json';
import { shutdownEngine } from '../engine';

afterAll(() => shutdownEngine());

describe('parseJsonKeepingBigIntegers', () => {
	it('keeps integers beyond 2^53 as their exact digits', () => {
		const parsed = parseJsonKeepingBigIntegers(
			'{"a":12345678901234567890,"b":[9007199254740993,-9007199254740993],"c":42}',
		);
		expect(parsed).toEqual({ a: '12345678901234567890', b: ['9007199254740993', '-9007199254740993'], c: 42 });
	});

	it('makes every call id a string, small ones too', () => {
		expect(
			parseJsonKeepingBigIntegers('{"callid":123,"callid_in":null,"data":{"callid":18446744073709551615}}'),
		).toEqual({
			callid: '123',
			callid_in: null,
			data: { callid: '18446744073709551615' },
		});
	});

	it('leaves strings, decimals, exponents and safe integers alone', () => {
		const text =
			'{"s":"12345678901234567890 \\"quoted\\" 1e400","f":1.5,"e":1e21,"big":1.2345678901234567890,"n":-12,"t":true}';
		expect(parseJsonKeepingBigIntegers(text)).toEqual({
			s: '12345678901234567890 "quoted" 1e400',
			f: 1.5,
			e: 1e21,
			big: 1.2345678901234567,
			n: -12,
			t: true,
		});
	});

	it('still rejects text that is not JSON', () => {
		expect(() => parseJsonKeepingBigIntegers('{"a":')).toThrow(SyntaxError);
		expect(() => parseJsonKeepingBigIntegers('<html>')).toThrow(SyntaxError);
	});
});
