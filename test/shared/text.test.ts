import { analyzeSmsText, isGsm7 } from '../../nodes/shared/text';

describe('analyzeSmsText', () => {
	it('counts a plain GSM-7 text', () => {
		expect(analyzeSmsText('Hello @ £5')).toMatchObject({ encoding: 'GSM-7', units: 10, segments: 1, characters: 10 });
		expect(analyzeSmsText('')).toMatchObject({ segments: 0, units: 0 });
	});

	it('counts extension characters twice', () => {
		expect(analyzeSmsText('€[]')).toMatchObject({ encoding: 'GSM-7', units: 6, characters: 3 });
	});

	it('switches to UCS-2 for characters outside GSM-7 and names them', () => {
		const a = analyzeSmsText('Café naïve ✓');
		expect(a.encoding).toBe('UCS-2');
		expect(a.nonGsmCharacters).toEqual(['ï', '✓']);
	});

	it('uses 160 / 153 septets per part', () => {
		expect(analyzeSmsText('a'.repeat(160)).segments).toBe(1);
		expect(analyzeSmsText('a'.repeat(161)).segments).toBe(2);
		expect(analyzeSmsText('a'.repeat(306)).segments).toBe(2);
		expect(analyzeSmsText('a'.repeat(307)).segments).toBe(3);
	});

	it('never splits an escape pair across parts', () => {
		// 152 septets then "€" (2 septets) does not fit in the first 153-septet part
		expect(analyzeSmsText('a'.repeat(152) + '€' + 'a'.repeat(10)).segments).toBe(2);
		// 306 septets would fit two parts if the pair could be split; it cannot
		expect(analyzeSmsText('a'.repeat(152) + '€' + 'a'.repeat(151)).segments).toBe(2);
		expect(analyzeSmsText('a'.repeat(152) + '€' + 'a'.repeat(152)).segments).toBe(3);
	});

	it('uses 70 / 67 units per UCS-2 part and keeps surrogate pairs whole', () => {
		expect(analyzeSmsText('ж'.repeat(70)).segments).toBe(1);
		expect(analyzeSmsText('ж'.repeat(71)).segments).toBe(2);
		expect(analyzeSmsText('ж'.repeat(134)).segments).toBe(2);
		const emoji = analyzeSmsText('ж'.repeat(66) + '😀' + 'ж');
		expect(emoji).toMatchObject({ units: 69, characters: 68, segments: 1 });
		expect(analyzeSmsText('ж'.repeat(66) + '😀' + 'ж'.repeat(5)).segments).toBe(2);
		// 66 units + a 2-unit emoji would split the pair at 67: it moves whole to the second part
		expect(analyzeSmsText('ж'.repeat(66) + '😀' + 'ж'.repeat(65)).segments).toBe(2);
		expect(analyzeSmsText('ж'.repeat(66) + '😀' + 'ж'.repeat(66)).segments).toBe(3);
	});

	it('tells whether a text is GSM-7', () => {
		expect(isGsm7('Price: 5€ {ok}')).toBe(true);
		expect(isGsm7('Grüße')).toBe(true);
		expect(isGsm7('Cześć')).toBe(false);
	});
});
