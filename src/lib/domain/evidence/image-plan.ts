import { evidenceLimits } from './limits';

export interface Size {
  width: number;
  height: number;
}

/** The size that fits within `maxEdge` on the longer side, keeping the proportions; never larger. */
export function fitWithin(size: Size, maxEdge: number): Size {
  const longest = Math.max(size.width, size.height);
  if (longest <= maxEdge || longest === 0) return { width: size.width, height: size.height };
  const scale = maxEdge / longest;
  return {
    width: Math.max(1, Math.round(size.width * scale)),
    height: Math.max(1, Math.round(size.height * scale))
  };
}

/** What to do with a decoded image before storing it. */
export type ImagePlan = { action: 'keep' } | { action: 'encode'; width: number; height: number };

/**
 * Keep a picked image as it is, or re-encode it (downscaled to the edge if larger)?
 * Re-encoded: anything over the edge, anything over the size threshold, and every JPEG, since
 * camera JPEGs carry EXIF data such as where the photo was taken, which re-encoding drops.
 */
export function planImage(image: Size & { type: string; bytes: number }, limits = evidenceLimits): ImagePlan {
  const target = fitWithin(image, limits.imageEdge);
  const fits = target.width === image.width && target.height === image.height;
  if (fits && image.type !== 'image/jpeg' && image.bytes < limits.keepImageBelowBytes) return { action: 'keep' };
  return { action: 'encode', ...target };
}

/** Of the original and the re-encoded image, the one to store: the smaller, unless the original is too big or a JPEG. */
export function preferEncoded(original: { type: string; bytes: number } & Size, encodedBytes: number, limits = evidenceLimits): boolean {
  const fits = Math.max(original.width, original.height) <= limits.imageEdge;
  if (!fits || original.type === 'image/jpeg') return true;
  return encodedBytes < original.bytes;
}
