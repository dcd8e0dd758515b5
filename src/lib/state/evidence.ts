import type { RuleId } from '$lib/domain/methodology/types';
import { kindOf } from '$lib/domain/evidence/file-types';
import { evidenceLimits } from '$lib/domain/evidence/limits';
import type { Attachment } from '$lib/domain/evidence/types';
import { decodeImage } from '$lib/state/image-encoding';
import { makeThumbnail, prepareAttachment, type PrepareFailure } from '$lib/state/prepare-attachment';
import { attachments } from '$lib/storage/attachments-repository';
import { describeStorageError, type StorageErrorCode } from '$lib/storage/errors';
import { newId, nowIso } from './clock';
import { saveStatus } from './save-status.svelte';

/** Why one picked file was not attached. */
export type AttachFailure = PrepareFailure | 'full' | StorageErrorCode;

/** What happened to each picked file, in the order picked. */
export type AttachReport = { name: string; size: number } & ({ ok: true; attachment: Attachment } | { ok: false; reason: AttachFailure });

/**
 * Attaches picked files to a golden rule one by one: each is checked, prepared (photos
 * downscaled and re-encoded) and stored; a file that fails leaves the others unaffected.
 */
export async function attachFiles(
  assessmentId: string,
  ruleId: RuleId,
  files: readonly File[],
  onEach?: (report: AttachReport) => void
): Promise<AttachReport[]> {
  const reports: AttachReport[] = [];
  for (const file of files) {
    const report = await attachOne(assessmentId, ruleId, file);
    reports.push(report);
    onEach?.(report);
  }
  return reports;
}

async function attachOne(assessmentId: string, ruleId: RuleId, file: File): Promise<AttachReport> {
  const about = { name: file.name, size: file.size };
  try {
    if ((await attachments.countForRule(assessmentId, ruleId)) >= evidenceLimits.perRule) return { ...about, ok: false, reason: 'full' };
  } catch (err) {
    return { ...about, ok: false, reason: describeStorageError(err) };
  }
  const prepared = await prepareAttachment(file);
  if (!prepared.ok) return { ...about, ok: false, reason: prepared.reason };
  const now = nowIso();
  const attachment: Attachment = { id: newId(), assessmentId, ruleId, caption: '', createdAt: now, updatedAt: now, ...prepared.file };
  const saved = await saveStatus.track(() => attachments.add(attachment));
  return saved ? { ...about, ok: true, attachment } : { ...about, ok: false, reason: saveStatus.error ?? 'write-failed' };
}

/** Saves a caption at once. */
export function saveCaption(id: string, caption: string): Promise<boolean> {
  return saveStatus.track(() => attachments.setCaption(id, caption.slice(0, evidenceLimits.captionLength), nowIso()));
}

/** Removes an attachment; resolves to it (for undo), or null when the removal failed. */
export async function removeAttachment(id: string): Promise<Attachment | null> {
  let removed: Attachment | undefined;
  const ok = await saveStatus.track(async () => (removed = await attachments.remove(id)));
  return ok ? (removed ?? null) : null;
}

/** Puts a removed attachment back. */
export function restoreAttachment(a: Attachment): Promise<boolean> {
  return saveStatus.track(() => attachments.restore(a));
}

const triedThumbnails = new Set<string>();

/**
 * Makes and stores the thumbnail of a photo that has none yet (one that came in an imported
 * file), once per session; small photos stay without one and are shown themselves.
 */
export async function ensureThumbnail(a: Attachment): Promise<void> {
  if (a.thumbnail || kindOf(a.type) !== 'image' || triedThumbnails.has(a.id)) return;
  triedThumbnails.add(a.id);
  const bitmap = await decodeImage(a.blob);
  if (!bitmap) return;
  try {
    const thumbnail = await makeThumbnail(bitmap);
    if (thumbnail) await attachments.setThumbnail(a.id, thumbnail);
  } catch (err) {
    // A missing thumbnail only costs speed: the full photo is shown instead.
    console.warn(err);
  } finally {
    bitmap.close();
  }
}
