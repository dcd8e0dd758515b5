import type { Timestamp } from '../assessment/types';
import type { RuleId } from '../methodology/types';

/**
 * A photo or file attached to a golden rule of an assessment as evidence (a whiteboard, a wall
 * of sticky notes, a PDF). It is stored apart from the assessment, as a Blob, so the assessment
 * record stays small and a list of assessments never loads megabytes of images.
 */
export interface Attachment {
  id: string;
  assessmentId: string;
  ruleId: RuleId;
  /** The file name, e.g. "whiteboard.webp" (the extension follows the stored type). */
  name: string;
  /** The MIME type of `blob`, one of the allowed types (see file-types.ts). */
  type: string;
  /** Bytes of `blob`. */
  size: number;
  /** SHA-256 of `blob`, 64 lowercase hex digits; exported so an import can verify the bytes. */
  sha256: string;
  caption: string;
  createdAt: Timestamp;
  /** Last change (the caption); merging keeps the newer one. */
  updatedAt: Timestamp;
  blob: Blob;
  /** A small image for the thumbnail grid; null until made (for an imported photo, on first display). */
  thumbnail: Blob | null;
}

/** An attachment's description without its bytes: what the exchange format carries next to `data`. */
export type AttachmentMeta = Omit<Attachment, 'blob' | 'thumbnail'>;

/** How an attachment can be shown: inline as an image, or as a file to open. */
export type AttachmentKind = 'image' | 'pdf' | 'document';

/** The description of an attachment, without blob and thumbnail, in a fixed key order. */
export function metaOf(a: AttachmentMeta): AttachmentMeta {
  return {
    id: a.id,
    assessmentId: a.assessmentId,
    ruleId: a.ruleId,
    name: a.name,
    type: a.type,
    size: a.size,
    sha256: a.sha256,
    caption: a.caption,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt
  };
}
