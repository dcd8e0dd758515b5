/** Why a file could not be read; the UI translates `exchange:error.<code>`. */
export const exchangeErrorCodes = ['not-json', 'wrong-format', 'newer-version', 'bad-version', 'invalid', 'too-large', 'too-many'] as const;
export type ExchangeErrorCode = (typeof exchangeErrorCodes)[number];

/**
 * A finer reason for an `invalid` error; the UI may pass it as an i18next context
 * (`error.invalid_missing`), which falls back to `error.invalid`.
 */
export const exchangeErrorDetails = [
  'missing',
  'unknown-key',
  'unknown-rule',
  'unknown-action',
  'wrong-type',
  'not-allowed',
  'too-long',
  'empty',
  'bad-date',
  'bad-url',
  'out-of-range',
  'duplicate-id',
  'migration-failed',
  'bad-data',
  'bad-size',
  'bad-hash',
  'unknown-assessment'
] as const;
export type ExchangeErrorDetail = (typeof exchangeErrorDetails)[number];

/** Where in the file the problem is: assessment, attachment and snapshot numbers are 1-based, as people count. */
export interface ErrorPath {
  assessment?: number;
  attachment?: number;
  snapshot?: number;
  ruleId?: string;
  actionId?: string;
  /** The field inside the rule, action, assessment or envelope, dotted; list positions 1-based. */
  field?: string;
}

export interface ExchangeError {
  code: ExchangeErrorCode;
  /** Interpolation values for the message, e.g. `version`, `value`, `max`, `count`, `size`. */
  params: Record<string, string | number>;
  path: ErrorPath;
  detail?: ExchangeErrorDetail;
}

/** Parsing reports at most this many errors: enough to fix a file, few enough to read. */
export const MAX_ERRORS = 20;

/** One part of an error's location, for the UI to translate with `exchange:path.<kind>`. */
export type ErrorPathPart =
  | { kind: 'assessment'; n: number }
  | { kind: 'attachment'; n: number }
  | { kind: 'snapshot'; n: number }
  | { kind: 'rule'; id: string }
  | { kind: 'action'; id: string }
  | { kind: 'field'; name: string };

/** The location of an error as ordered parts, outermost first; empty for the whole file. */
export function describeErrorPath(path: ErrorPath): ErrorPathPart[] {
  const parts: ErrorPathPart[] = [];
  if (path.assessment !== undefined) parts.push({ kind: 'assessment', n: path.assessment });
  if (path.attachment !== undefined) parts.push({ kind: 'attachment', n: path.attachment });
  if (path.snapshot !== undefined) parts.push({ kind: 'snapshot', n: path.snapshot });
  if (path.ruleId !== undefined) parts.push({ kind: 'rule', id: path.ruleId });
  if (path.actionId !== undefined) parts.push({ kind: 'action', id: path.actionId });
  if (path.field !== undefined) parts.push({ kind: 'field', name: path.field });
  return parts;
}

/** An error about the file as a whole. */
export function fileError(code: ExchangeErrorCode, params: ExchangeError['params'] = {}): ExchangeError {
  return { code, params, path: {} };
}
