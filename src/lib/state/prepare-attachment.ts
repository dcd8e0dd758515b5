import { extensionFor, kindOf, resolveType, withExtension } from '$lib/domain/evidence/file-types';
import { fitWithin, planImage, preferEncoded } from '$lib/domain/evidence/image-plan';
import { evidenceLimits } from '$lib/domain/evidence/limits';
import { sha256Hex } from '$lib/domain/evidence/sha256';
import { decodeImage, encodeImage } from './image-encoding';

/** A picked file, ready to store: downscaled and re-encoded if it is a photo, hashed. */
export interface PreparedFile {
  blob: Blob;
  name: string;
  type: string;
  size: number;
  sha256: string;
  thumbnail: Blob | null;
}

/** Why a picked file is not stored. */
export type PrepareFailure = 'too-large' | 'unsupported' | 'unreadable';

export type PrepareResult = { ok: true; file: PreparedFile } | { ok: false; reason: PrepareFailure };

/** Images every browser Tessera supports decodes; one of these that does not decode is damaged. */
const commonImages = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];

/** A small copy for the thumbnail grid, or null when the image is small enough to show itself. */
export async function makeThumbnail(bitmap: ImageBitmap): Promise<Blob | null> {
  const size = { width: bitmap.width, height: bitmap.height };
  const target = fitWithin(size, evidenceLimits.thumbnailEdge);
  if (target.width === size.width) return null;
  return encodeImage(bitmap, target, 0.7);
}

async function prepareImage(file: File, type: string): Promise<PrepareResult | { ok: true; keep: true; thumbnail: Blob | null }> {
  const bitmap = await decodeImage(file);
  if (!bitmap) {
    // HEIC or AVIF this browser cannot decode: stored as it is, shown as a file.
    return commonImages.includes(type) ? { ok: false, reason: 'unreadable' } : { ok: true, keep: true, thumbnail: null };
  }
  try {
    const original = { width: bitmap.width, height: bitmap.height, type, bytes: file.size };
    const plan = planImage(original);
    const thumbnail = await makeThumbnail(bitmap);
    if (plan.action === 'encode') {
      const encoded = await encodeImage(bitmap, plan, evidenceLimits.imageQuality);
      if (encoded && preferEncoded(original, encoded.size)) {
        return { ok: true, file: await described(encoded, withExtension(file.name, extensionFor(encoded.type)), encoded.type, thumbnail) };
      }
    }
    return { ok: true, keep: true, thumbnail };
  } finally {
    bitmap.close();
  }
}

async function described(blob: Blob, name: string, type: string, thumbnail: Blob | null): Promise<PreparedFile> {
  const sha256 = await sha256Hex(await blob.arrayBuffer());
  return { blob, name: name.slice(-evidenceLimits.nameLength), type, size: blob.size, sha256, thumbnail };
}

/**
 * Checks a picked file and makes it ready to store. Too large files are refused before they are
 * read; photos are downscaled to 2,048 px and re-encoded (WebP, else JPEG, at 0.8); other files
 * are kept byte for byte, under the type Tessera allows for them.
 */
export async function prepareAttachment(file: File): Promise<PrepareResult> {
  if (file.size > evidenceLimits.fileBytes) return { ok: false, reason: 'too-large' };
  const type = resolveType(file.name, file.type);
  if (!type) return { ok: false, reason: 'unsupported' };
  let thumbnail: Blob | null = null;
  if (kindOf(type) === 'image') {
    const image = await prepareImage(file, type);
    if (!image.ok || !('keep' in image)) return image;
    thumbnail = image.thumbnail;
  }
  try {
    // Re-typed: the stored Blob carries the allowed type, whatever the system reported.
    const blob = new Blob([await file.arrayBuffer()], { type });
    return { ok: true, file: await described(blob, file.name || 'file', type, thumbnail) };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
