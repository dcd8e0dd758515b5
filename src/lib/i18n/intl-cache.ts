// Building an Intl formatter costs far more than using one; long lists format hundreds of values.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The one cached number format for this language and these options. */
export function numberFormatFor(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

const listFormats = new Map<string, Intl.ListFormat>();

/** The one cached list format for this language and these options. */
export function listFormatFor(locale: string, options: Intl.ListFormatOptions = {}): Intl.ListFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(locale, options)));
  return format;
}
