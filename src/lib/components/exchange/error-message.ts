import { describeErrorPath, type ErrorPath, type ExchangeError } from '$lib/domain/exchange';
import { t } from '$lib/i18n/i18n.svelte';
import { formatBytes, formatNumber } from '$lib/i18n/format';

/** Where an error sits, in words: "assessment 2, rule strategy.rule.3, field rating". */
export function errorLocation(path: ErrorPath): string {
  const parts = describeErrorPath(path).map((part) => {
    switch (part.kind) {
      case 'assessment':
        return t('exchange:path.assessment', { n: formatNumber(part.n) });
      case 'attachment':
        return t('exchange:path.attachment', { n: formatNumber(part.n) });
      case 'snapshot':
        return t('exchange:path.snapshot', { n: formatNumber(part.n) });
      case 'rule':
        return t('exchange:path.rule', { id: part.id });
      case 'action':
        return t('exchange:path.action', { id: part.id });
      case 'field':
        return t('exchange:path.field', { name: part.name });
    }
  });
  return parts.length > 0 ? parts.join(t('exchange:path.separator')) : t('exchange:path.file');
}

/** Numbers the messages show as amounts, formatted for the language; sizes in bytes as such. */
function formatParams(error: ExchangeError): Record<string, string | number> {
  const params: Record<string, string | number> = { ...error.params };
  if (error.code === 'too-large') {
    params.size = formatBytes(Number(error.params.size));
    params.max = formatBytes(Number(error.params.max));
  } else {
    for (const key of ['count', 'max', 'min'] as const) {
      if (typeof params[key] === 'number') params[key] = formatNumber(params[key]);
    }
  }
  return params;
}

/**
 * The translated message for an error, saying what is wrong and where. An error's detail picks the
 * finer message through i18next's context (`error.invalid_missing`, `error.bad-version_wrong-type`).
 */
export function errorMessage(error: ExchangeError): string {
  return t(`exchange:error.${error.code}`, {
    ...formatParams(error),
    path: errorLocation(error.path),
    context: error.detail
  });
}
