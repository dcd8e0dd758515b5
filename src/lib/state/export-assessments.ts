import { version as appVersion } from '../../../package.json';
import type { Assessment, Timestamp } from '$lib/domain/assessment/types';
import { exportFileName, serializeExport, type ExportedAttachment } from '$lib/domain/exchange';
import { metaOf } from '$lib/domain/evidence/types';
import { downloadFile, shareOrDownloadFile, type FileEnvironment, type OutgoingFile, type SaveOutcome } from '$lib/state/save-file';
import { assessments as repository } from '$lib/storage/assessments-repository';
import { attachments } from '$lib/storage/attachments-repository';
import { snapshots } from '$lib/storage/snapshots-repository';
import { meta } from '$lib/storage/meta-repository';
import { exchanged } from '$lib/storage/exchanged-repository';
import { t } from '$lib/i18n/i18n.svelte';
import { nowIso } from './clock';
import { exportBlob } from './export-stream';
import type { ProgressListener } from '$lib/domain/exchange';

/** How the user asked to hand the file over. */
export type ExportVia = 'share' | 'download';

export interface ExportOptions {
  /** Leave out the names of people (facilitator, participants, next-step owners). */
  omitPersonalData?: boolean;
  /** Put the photos and files in the file (the default; a full backup always does). */
  includeAttachments?: boolean;
  /** Every assessment stored here (ids suffice), to tell whether this export is a full backup. */
  all?: readonly Chosen[];
  /** The browser's share and download pieces; tests pass fakes. */
  env?: FileEnvironment;
  /** Told how many photos and bytes are in the file so far. */
  onProgress?: ProgressListener;
  /** Aborting it stops the export before the file is handed over; the promise rejects with an AbortError. */
  signal?: AbortSignal;
}

/** What building the file needs to know. */
type BuildOptions = Pick<ExportOptions, 'omitPersonalData' | 'includeAttachments' | 'onProgress' | 'signal'>;

/** An assessment picked for export: its id is enough, the stored version is what goes in the file. */
export type Chosen = Pick<Assessment, 'id'>;

export interface ExportResult {
  outcome: SaveOutcome;
  fileName: string;
}

/** Now as an ISO timestamp in the device's own offset, so a file name carries the local day. */
export function localTimestamp(date = new Date()): Timestamp {
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return `${day}T${time}${offset >= 0 ? '+' : '-'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** The file name an export of these assessments gets: the service's name, or a backup name in the current language. */
export function suggestedFileName(selected: readonly Pick<Assessment, 'serviceName'>[]): string {
  const words = { backup: t('exchange:fileName.backup'), assessment: t('exchange:fileName.assessment') };
  return exportFileName(selected, localTimestamp(), words);
}

/**
 * The photos and files of these assessments: their descriptions, with `data` left empty, and their
 * stored Blobs by id. Reading the records does not read their bytes: each is read on its turn
 * while the file is built (export-stream.ts).
 */
async function exportedAttachments(ids: readonly string[]): Promise<{ list: ExportedAttachment[]; blobs: Map<string, Blob> }> {
  const stored = await attachments.listFor(ids);
  return { list: stored.map((a) => ({ ...metaOf(a), data: '' })), blobs: new Map(stored.map((a) => [a.id, a.blob])) };
}

/**
 * The export file for these assessments as stored now (one deleted meanwhile is left out), named
 * after the service (one) or as a backup (several), with their workshop snapshots and, unless left
 * out, their photos and files.
 */
export async function exportFile(selected: readonly Chosen[], options: BuildOptions = {}): Promise<OutgoingFile<Blob>> {
  return (await buildExport(selected, options)).file;
}

/** The export file, and the assessments exactly as it holds them. */
async function buildExport(
  selected: readonly Chosen[],
  { omitPersonalData = false, includeAttachments = true, onProgress, signal }: BuildOptions
): Promise<{ file: OutgoingFile<Blob>; exported: Assessment[] }> {
  const ids = selected.map((a) => a.id);
  const none = { list: [], blobs: new Map<string, Blob>() };
  const [records, files, history] = await Promise.all([repository.getMany(ids), includeAttachments ? exportedAttachments(ids) : none, snapshots.listFor(ids)]);
  const envelope = serializeExport(records, { appVersion, now: nowIso(), omitPersonalData, attachments: files.list, snapshots: history });
  const blob = await exportBlob(envelope, files.blobs, { onProgress, signal });
  return { file: { name: suggestedFileName(records), text: blob, type: 'application/json' }, exported: envelope.assessments };
}

/**
 * Remembers what a file handed over holds, so that when a colleague's copy comes back, only the
 * fields both sides changed since count as conflicts. A failure here must not fail the export: the
 * file is out; the next import would then only report more conflicts than needed.
 */
async function rememberExported(list: readonly Assessment[]): Promise<void> {
  try {
    await exchanged.remember(list);
  } catch (err) {
    console.warn('Could not record the export for conflict detection', err);
  }
}

/** True when exporting `selected` backs up everything stored here, names included. */
function isFullBackup(selected: readonly Chosen[], options: ExportOptions): boolean {
  if (options.omitPersonalData || options.includeAttachments === false || !options.all || options.all.length === 0) return false;
  const chosen = new Set(selected.map((a) => a.id));
  return options.all.every((a) => chosen.has(a.id));
}

/**
 * Hands these assessments over as one file: the share sheet or a download. Call it straight from
 * a click: the share sheet needs the click's user activation. Reading the assessments and their
 * photos from storage takes a moment first; should the activation have run out by then (browsers
 * allow a few seconds), the share fails and the file is downloaded instead.
 * A full backup is recorded for the backup reminder.
 */
export async function exportAssessments(selected: readonly Chosen[], via: ExportVia, options: ExportOptions = {}): Promise<ExportResult> {
  const { file, exported } = await buildExport(selected, options);
  const outcome = via === 'share' ? await shareOrDownloadFile(file, options.env) : downloadFile(file, options.env);
  if (outcome !== 'cancelled') await rememberExported(exported);
  if (outcome !== 'cancelled' && isFullBackup(selected, options)) await meta.set('lastFullExportAt', nowIso());
  return { outcome, fileName: file.name };
}

/**
 * Exports every assessment stored here with all data: the full backup (e.g. from a reminder). It
 * reads which there are itself, so a list that has drawn only its newest page cannot leave any out.
 */
export async function exportFullBackup(via: ExportVia = 'download', options: Pick<ExportOptions, 'env' | 'onProgress' | 'signal'> = {}): Promise<ExportResult> {
  const all = await repository.summaries();
  return exportAssessments(all, via, { ...options, all });
}
