import type { Observable } from 'dexie';
import type { Timestamp } from '$lib/domain/assessment/types';
import type { RuleId } from '$lib/domain/methodology/types';
import type { Attachment } from '$lib/domain/evidence/types';
import { getDb, withReconnect } from './db';
import { RecordNotFoundError } from './errors';
import { observe } from './observe';

/** How much the attachments on this device take. */
export interface AttachmentUsage {
  count: number;
  bytes: number;
}

const byCreation = (list: readonly Attachment[]) =>
  [...list].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id.localeCompare(b.id)));

/** The only way the app reads and writes photos and files attached to golden rules. */
export const attachments = {
  /** Stores a new attachment. */
  async add(a: Attachment): Promise<void> {
    await withReconnect(() => getDb().attachments.add(a));
  },

  /** One attachment, or undefined. */
  async get(id: string): Promise<Attachment | undefined> {
    return withReconnect(() => getDb().attachments.get(id));
  },

  /** How many attachments a rule has. */
  async countForRule(assessmentId: string, ruleId: RuleId): Promise<number> {
    return withReconnect(() => getDb().attachments.where('[assessmentId+ruleId]').equals([assessmentId, ruleId]).count());
  },

  /** Every attachment of these assessments, for an export. */
  async listFor(assessmentIds: readonly string[]): Promise<Attachment[]> {
    return withReconnect(async () =>
      byCreation(
        await getDb()
          .attachments.where('assessmentId')
          .anyOf([...assessmentIds])
          .toArray()
      )
    );
  },

  /** Changes the caption, stamping the change. */
  async setCaption(id: string, caption: string, now: Timestamp): Promise<void> {
    const changed = await withReconnect(() => getDb().attachments.update(id, { caption, updatedAt: now }));
    if (changed === 0) throw new RecordNotFoundError(`attachment ${id} not found`);
  },

  /** Stores the thumbnail made for an attachment that had none (not a change: no stamp). */
  async setThumbnail(id: string, thumbnail: Blob): Promise<void> {
    await withReconnect(() => getDb().attachments.update(id, { thumbnail }));
  },

  /** Removes an attachment and returns it, for undo. */
  async remove(id: string): Promise<Attachment | undefined> {
    return withReconnect(() => {
      const db = getDb();
      return db.transaction('rw', db.attachments, async () => {
        const current = await db.attachments.get(id);
        await db.attachments.delete(id);
        return current;
      });
    });
  },

  /** Puts a removed attachment back as it was. */
  async restore(a: Attachment): Promise<void> {
    await withReconnect(() => getDb().attachments.put(a));
  },

  /** Count and bytes of every attachment stored here; reading rows does not read the Blobs' bytes. */
  async usage(): Promise<AttachmentUsage> {
    return withReconnect(() => usageOf());
  },

  /** Live attachments of one rule, oldest first. */
  watchForRule(assessmentId: string, ruleId: RuleId): Observable<Attachment[]> {
    return observe(async () => byCreation(await getDb().attachments.where('[assessmentId+ruleId]').equals([assessmentId, ruleId]).toArray()));
  },

  /** Live attachments of one assessment, oldest first (the report shows them all). */
  watchForAssessment(assessmentId: string): Observable<Attachment[]> {
    return observe(async () => byCreation(await getDb().attachments.where('assessmentId').equals(assessmentId).toArray()));
  },

  /** Live count and bytes of every attachment stored here. */
  watchUsage(): Observable<AttachmentUsage> {
    return observe(() => usageOf());
  },

  /** Live count and bytes of the attachments of these assessments, as an export would carry them (no thumbnails). */
  watchUsageFor(assessmentIds: readonly string[]): Observable<AttachmentUsage> {
    return observe(() => usageOf([...assessmentIds]));
  }
};

/** Count and bytes of every attachment, or of those of some assessments (then without thumbnails, which are not exported). */
async function usageOf(assessmentIds?: string[]): Promise<AttachmentUsage> {
  const usage: AttachmentUsage = { count: 0, bytes: 0 };
  const table = getDb().attachments;
  const rows = assessmentIds ? table.where('assessmentId').anyOf(assessmentIds) : table.toCollection();
  await rows.each((a) => {
    usage.count++;
    usage.bytes += a.size + (assessmentIds ? 0 : (a.thumbnail?.size ?? 0));
  });
  return usage;
}
