const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A cached Intl.DateTimeFormat in UTC: document dates are days ("2026-04-01" is that day's UTC
 * midnight, see model/dates.ts), so the reader's time zone must not move them to the day before.
 * A tag Intl rejects falls back to English rather than throwing into the host page.
 */
export function dateFormat(intlLocale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${intlLocale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    const utc = { ...options, timeZone: 'UTC' };
    try {
      format = new Intl.DateTimeFormat(intlLocale, utc);
    } catch {
      format = new Intl.DateTimeFormat('en', utc);
    }
    formats.set(key, format);
  }
  return format;
}

/** A day in words: "1 October 2026", "1 октября 2026 г.". */
export function formatDay(instant: number, intlLocale: string): string {
  return dateFormat(intlLocale, { day: 'numeric', month: 'long', year: 'numeric' }).format(instant);
}

/** A month, short: "Apr 2026", "апр. 2026 г.", as measurements every few months are told apart. */
export function formatMonth(instant: number, intlLocale: string): string {
  return dateFormat(intlLocale, { month: 'short', year: 'numeric' }).format(instant);
}
