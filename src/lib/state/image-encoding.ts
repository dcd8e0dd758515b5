import type { Size } from '$lib/domain/evidence/image-plan';

/*
 * Decoding and re-encoding images in the browser, off the DOM where possible (OffscreenCanvas),
 * with an ordinary canvas where not. No library: the browser's own codecs do the work.
 */

/** The image decoded, upright as the camera held it; null when this browser cannot decode it. */
export async function decodeImage(blob: Blob): Promise<ImageBitmap | null> {
  if (typeof createImageBitmap !== 'function') return null;
  try {
    return await createImageBitmap(blob, { imageOrientation: 'from-image' });
  } catch {
    return null;
  }
}

type Canvas2D = { canvas: OffscreenCanvas | HTMLCanvasElement; context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D };

function canvasOf(size: Size): Canvas2D | null {
  const canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(size.width, size.height) : Object.assign(document.createElement('canvas'), size);
  const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
  return context ? { canvas, context } : null;
}

function toBlob(canvas: OffscreenCanvas | HTMLCanvasElement, type: string, quality: number): Promise<Blob | null> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type, quality }).catch(() => null);
  return new Promise((resolve) => canvas.toBlob(resolve, type, quality));
}

/**
 * The image drawn at `size` and encoded as WebP or, where the browser cannot write WebP (Safari
 * hands back a PNG when asked for a type it lacks), as JPEG. Transparent parts become white, as
 * on paper. Null when the browser has no canvas to draw on.
 */
export async function encodeImage(bitmap: ImageBitmap, size: Size, quality: number): Promise<Blob | null> {
  const target = canvasOf(size);
  if (!target) return null;
  const { canvas, context } = target;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, size.width, size.height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  for (const type of ['image/webp', 'image/jpeg']) {
    const blob = await toBlob(canvas, type, quality);
    if (blob?.type === type) return blob;
  }
  return null;
}
