import type { RuleId } from '$lib/domain/methodology/types';
import type { Attachment } from '$lib/domain/evidence/types';
import { attachments, type AttachmentUsage } from '$lib/storage/attachments-repository';
import { LiveQuery, type Live } from './live.svelte';

export type { AttachmentUsage };

/** The photos and files of one golden rule, live. */
export function liveAttachmentsOfRule(assessmentId: () => string, ruleId: () => RuleId): Live<Attachment[]> {
  return new LiveQuery(() => attachments.watchForRule(assessmentId(), ruleId()));
}

/** How many photos and files the device holds and their size, live. */
export function liveAttachmentUsage(): Live<AttachmentUsage> {
  return new LiveQuery(() => attachments.watchUsage());
}

/** The same, for some assessments only; nothing is followed while `ids` gives null. */
export function liveAttachmentUsageOf(ids: () => readonly string[] | null): Live<AttachmentUsage> {
  return new LiveQuery(() => {
    const assessmentIds = ids();
    return assessmentIds ? attachments.watchUsageFor(assessmentIds) : null;
  });
}

/** The photos and files of one assessment, live; nothing is followed while `id` gives null. */
export function liveAttachmentsOfAssessment(id: () => string | null): Live<Attachment[]> {
  return new LiveQuery(() => {
    const assessmentId = id();
    return assessmentId ? attachments.watchForAssessment(assessmentId) : null;
  });
}
