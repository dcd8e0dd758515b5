import { t } from '$lib/i18n/i18n.svelte';
import { formatBytes } from '$lib/i18n/format';
import { evidenceLimits } from '$lib/domain/evidence/limits';
import type { AttachReport } from '$lib/state/evidence';

/** A line of the attach status: what happened to one file. */
export interface AttachMessage {
  text: string;
  problem: boolean;
}

/** The translated outcome of attaching one file. */
export function attachMessage(report: AttachReport): AttachMessage {
  const name = report.name;
  if (report.ok) return { text: t('tracking:evidence.added', { name: report.attachment.name }), problem: false };
  switch (report.reason) {
    case 'too-large':
      return {
        text: t('tracking:evidence.failed.too-large', { name, size: formatBytes(report.size), max: formatBytes(evidenceLimits.fileBytes) }),
        problem: true
      };
    case 'unsupported':
      return { text: t('tracking:evidence.failed.unsupported', { name }), problem: true };
    case 'unreadable':
      return { text: t('tracking:evidence.failed.unreadable', { name }), problem: true };
    case 'full':
      return { text: t('tracking:evidence.failed.full', { name, max: evidenceLimits.perRule }), problem: true };
    default:
      return { text: t('tracking:evidence.failed.storage', { name, reason: t(`storageError.${report.reason}`) }), problem: true };
  }
}
