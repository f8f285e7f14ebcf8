const formats = new Map<string, Intl.NumberFormat>();

/**
 * A cached Intl.NumberFormat for a BCP 47 tag. A tag Intl rejects (a typo in a `locale` attribute)
 * falls back to English rather than throwing into the host page.
 */
export function numberFormat(intlLocale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${intlLocale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(intlLocale, options);
    } catch {
      format = new Intl.NumberFormat('en', options);
    }
    formats.set(key, format);
  }
  return format;
}

/** Formats a number for display ("12 345,5" in ru). */
export function formatNumber(value: number, intlLocale: string, options?: Intl.NumberFormatOptions): string {
  return numberFormat(intlLocale, options).format(value);
}

/**
 * Formats a number for screen-reader text: no group separators, because "12 345" is read as two
 * numbers ("twelve, three hundred forty-five").
 */
export function formatSpokenNumber(value: number, intlLocale: string, options?: Intl.NumberFormatOptions): string {
  return numberFormat(intlLocale, { ...options, useGrouping: false }).format(value);
}
