import type { AttachmentKind } from './types';

/*
 * The types Tessera stores as evidence: photos and images, PDFs and office documents. The list is
 * closed on purpose. A stored file is later opened from a blob: URL, which runs with the app's own
 * origin, so a type a browser would execute (HTML, SVG with scripts, XML) must never get in,
 * neither from the file picker nor from an imported file.
 */

/** Raster images the browser can show inline and Tessera can re-encode. */
export const imageTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'image/heic', 'image/heif'] as const;

/** Documents kept as they are and opened outside the app, by extension. */
const documentTypes: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  rtf: 'application/rtf'
};

const imageExtensions: Record<string, (typeof imageTypes)[number]> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  heic: 'image/heic',
  heif: 'image/heif'
};

/** Every type an attachment may have. */
export const allowedTypes: readonly string[] = [...imageTypes, ...new Set(Object.values(documentTypes))];

/** The `accept` attribute of the "attach a file" picker. */
export const acceptAttribute = ['image/*', ...new Set(Object.values(documentTypes)), ...Object.keys(documentTypes).map((ext) => `.${ext}`)].join(',');

const extensionOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * The type to store a picked file under, or null when Tessera does not take it. Some systems
 * report no type (or a generic one) for office files, so the extension decides then.
 */
export function resolveType(name: string, reported: string): string | null {
  const type = reported.toLowerCase().split(';')[0].trim();
  if (type === 'image/jpg') return 'image/jpeg';
  if (allowedTypes.includes(type)) return type;
  if (type !== '' && type !== 'application/octet-stream' && type !== 'application/zip') return null;
  const ext = extensionOf(name);
  return imageExtensions[ext] ?? documentTypes[ext] ?? null;
}

/** True for a type the exchange format and storage accept. */
export function isAllowedType(type: string): boolean {
  return allowedTypes.includes(type);
}

/** How an attachment of this type is shown. */
export function kindOf(type: string): AttachmentKind {
  if ((imageTypes as readonly string[]).includes(type)) return 'image';
  return type === 'application/pdf' ? 'pdf' : 'document';
}

/** The file name with its extension changed, e.g. after a photo was re-encoded as WebP. */
export function withExtension(name: string, ext: string): string {
  const base = name.replace(/\.[a-z0-9]+$/i, '') || 'photo';
  return `${base}.${ext}`;
}

/** The usual extension of a re-encoded image type. */
export function extensionFor(type: string): string {
  return type === 'image/jpeg' ? 'jpg' : type.replace(/^image\//, '');
}
