/**
 * Evidence links end up in `href`s, so a file must not be able to smuggle in `javascript:` or
 * `data:` links. Only web and mail links pass; the evidence form should use the same check.
 */
// eslint-disable-next-line no-control-regex -- control characters are what a safe link must not hold
const safeUrl = /^(?:https?:\/\/|mailto:)[^\u0000-\u001f\u007f]*$/iu;

/** True for an empty link or an http(s)/mailto URL without control characters. */
export function isSafeEvidenceUrl(url: string): boolean {
  return url === '' || safeUrl.test(url);
}
