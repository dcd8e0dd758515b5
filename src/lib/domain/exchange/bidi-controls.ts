/**
 * Unicode's explicit direction controls: embeddings and overrides (U+202A–U+202E), isolates
 * (U+2066–U+2069) and the marks (U+200E, U+200F, U+061C). Hidden in a name, they reorder what is
 * shown, so one name can pose as another ("Trojan Source", CVE-2021-42574).
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'gu');

/** The text without direction controls; most text has none, and is returned as it is. */
export function withoutBidiControls(text: string): string {
  return BIDI_CONTROL.test(text) ? text.replace(BIDI_CONTROLS, '') : text;
}
