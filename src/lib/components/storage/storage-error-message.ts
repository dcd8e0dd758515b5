import { t } from '$lib/i18n/i18n.svelte';
import type { StorageErrorCode } from '$lib/storage/errors';

/** The translated explanation of a storage failure, with what to do about it. */
export function storageErrorMessage(code: StorageErrorCode): string {
  return code === 'reload-needed' ? t('storage:errors.reloadNeeded') : t(`storageError.${code}`);
}
