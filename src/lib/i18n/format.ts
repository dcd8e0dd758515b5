import { currentLocale } from './i18n.svelte';
import { listFormatFor, numberFormatFor } from './intl-cache';

// Building an Intl formatter costs far more than using one; long lists format hundreds of values.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${currentLocale()}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(currentLocale(), options)));
  return format;
}

function numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return numberFormatFor(currentLocale(), options);
}

/** A calendar date (YYYY-MM-DD or ISO timestamp) in the current language, e.g. 23 Νοεμβρίου 2026. */
export function formatDate(value: string, style: 'long' | 'medium' | 'short' = 'medium'): string {
  if (!value) return '';
  const date = value.length === 10 ? new Date(`${value}T12:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dateFormat({ dateStyle: style }).format(date);
}

/** A date and time in the current language. */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  // The 24-hour clock in every language: Greek's default 12-hour form ends in "π.μ.", which put a
  // second full stop at the end of every sentence that closes on a time ("…: 9:47 π.μ..").
  return dateFormat({ dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(date);
}

/** A whole percentage in the current language, e.g. 67 % in French. */
export function formatPercent(value: number): string {
  return numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
}

/** A number in the current language. */
export function formatNumber(value: number): string {
  return numberFormat().format(value);
}

/** A byte count in the current language, e.g. 1,5 MB. */
export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return numberFormat({
    style: 'unit',
    unit: units[unit],
    // Whole bytes are spelled out ("290 bytes", "290 octets"): the short form is "290 byte" in English.
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1
  }).format(value);
}

/**
 * Items read as one list in the current language: "a, b and c", "α, β και γ". Use it rather than
 * joining with "; ", which a Greek screen reader reads as a question mark (";" is Greek's "?").
 */
export function formatList(items: readonly string[]): string {
  return listFormatFor(currentLocale(), { type: 'conjunction', style: 'long' }).format(items);
}
