import type * as v from 'valibot';
import { exchangeErrorDetails, type ErrorPath, type ExchangeError, type ExchangeErrorDetail } from './errors';

type Issue = v.BaseIssue<unknown>;

const isDetail = (message: string): message is ExchangeErrorDetail => (exchangeErrorDetails as readonly string[]).includes(message);

const maxShownLength = 60;

/** A received value as short text for a message: strings cut, containers summarised. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') {
    const chars = Array.from(value);
    return chars.length > maxShownLength ? `${chars.slice(0, maxShownLength).join('')}…` : value;
  }
  if (value === undefined) return '';
  if (Array.isArray(value)) return '[…]';
  if (value !== null && typeof value === 'object') return '{…}';
  return String(value);
}

/** Splits a valibot path into assessment, attachment or snapshot number, rule or action id and the field within. */
export function errorPathOf(keys: readonly unknown[]): ErrorPath {
  const path: ErrorPath = {};
  let rest = keys;
  let inAssessment = false;
  if (keys[0] === 'assessments' && typeof keys[1] === 'number') {
    path.assessment = keys[1] + 1;
    rest = keys.slice(2);
    inAssessment = true;
  } else if (keys[0] === 'attachments' && typeof keys[1] === 'number') {
    path.attachment = keys[1] + 1;
    rest = keys.slice(2);
  } else if (keys[0] === 'snapshots' && typeof keys[1] === 'number') {
    path.snapshot = keys[1] + 1;
    rest = keys.slice(2);
    // A snapshot's frozen assessment is located like any assessment, within the snapshot.
    if (rest[0] === 'assessment' && rest.length > 1) {
      rest = rest.slice(1);
      inAssessment = true;
    }
  }
  if (inAssessment && (rest[0] === 'responses' || rest[0] === 'actions') && typeof rest[1] === 'string') {
    if (rest[0] === 'responses') path.ruleId = rest[1];
    else path.actionId = rest[1];
    rest = rest.slice(2);
  }
  if (rest.length > 0) path.field = rest.map((k) => (typeof k === 'number' ? String(k + 1) : String(k))).join('.');
  return path;
}

function detailOf(issue: Issue): ExchangeErrorDetail {
  if (isDetail(issue.message)) return issue.message;
  const last = issue.path?.at(-1);
  if (issue.type === 'strict_object' && last?.origin === 'key') {
    return issue.expected === 'never' ? 'unknown-key' : 'missing';
  }
  switch (issue.type) {
    case 'picklist':
    case 'literal':
      return 'not-allowed';
    case 'max_length':
    case 'max_code_points':
      return 'too-long';
    case 'min_length':
      return 'empty';
    case 'integer':
    case 'min_value':
    case 'max_value':
      return 'out-of-range';
    default:
      return issue.kind === 'schema' ? 'wrong-type' : 'not-allowed';
  }
}

/** The ExchangeError a valibot issue stands for, with a path the UI can show. */
export function issueToError(issue: Issue): ExchangeError {
  const keys = (issue.path ?? []).map((item) => item.key);
  const path = errorPathOf(keys);
  if (issue.type === 'max_length' && Array.isArray(issue.input)) {
    return { code: 'too-many', params: { count: issue.input.length, max: Number(issue.requirement) }, path };
  }
  const detail = detailOf(issue);
  const params: ExchangeError['params'] = { value: showValue(issue.input) };
  if (issue.expected !== null) params.expected = issue.expected;
  if (typeof issue.requirement === 'number') params[issue.type.startsWith('min') ? 'min' : 'max'] = issue.requirement;
  return { code: 'invalid', params, path, detail };
}
