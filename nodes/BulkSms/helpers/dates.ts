const DATE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Minutes a time zone is ahead of UTC at an instant. */
function zoneOffsetMinutes(at: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(at));
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	return (Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - at) / 60_000;
}

/**
 * A date as BulkSMS wants it: `yyyy-MM-ddThh:mm:ss` with `Z` or an offset, never milliseconds. A value without an
 * offset (what n8n's date picker gives) is a wall-clock time in `timeZone`. Undefined when it is not a date.
 */
export function toBulkSmsDate(value: string, timeZone: string): string | undefined {
	const match = DATE.exec(value.trim());
	if (!match) return undefined;
	const [, year, month, day, hour, minute, second = '00', offset] = match;
	if (offset)
		return `${year}-${month}-${day}T${hour}:${minute}:${second}${offset.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`;
	const wall = Date.UTC(+year, +month - 1, +day, +hour, +minute, +second);
	let utc = wall - zoneOffsetMinutes(wall, timeZone) * 60_000;
	// Once more with the offset that applies at the found instant, for times near a daylight-saving change.
	utc = wall - zoneOffsetMinutes(utc, timeZone) * 60_000;
	if (Number.isNaN(utc)) return undefined;
	return new Date(utc).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
