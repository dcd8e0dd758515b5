/**
 * Sizes for photos and files. A camera photo (4032 × 3024, 3–5 MB) becomes a WebP of a few
 * hundred kilobytes at 2,048 px, so a workshop's thirty photos take megabytes, not hundreds.
 */
export const evidenceLimits = {
  /** Longest edge of a stored photo, in pixels. */
  imageEdge: 2048,
  /** Encoder quality of a re-encoded photo (WebP, or JPEG where WebP cannot be written). */
  imageQuality: 0.8,
  /** Longest edge of a thumbnail. */
  thumbnailEdge: 320,
  /** An image smaller than this, within the edge and not a JPEG, is stored as it is. */
  keepImageBelowBytes: 1024 * 1024,
  /** Largest file accepted, before any processing, and largest stored attachment: 25 MB. */
  fileBytes: 25 * 1024 * 1024,
  /** Attachments per golden rule. */
  perRule: 50,
  /** Characters of a caption. */
  captionLength: 500,
  /** Characters of a file name. */
  nameLength: 200
} as const;
