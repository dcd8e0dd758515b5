/** An image ready for the document: PNG or JPEG bytes and its size in pixels. */
export interface DocImage {
  data: Uint8Array;
  type: 'png' | 'jpg';
  width: number;
  height: number;
}

/** Draws a bitmap into a canvas and encodes it as PNG (Word reads PNG, JPEG, GIF and BMP, not WebP or AVIF). */
async function encodePng(source: CanvasImageSource, width: number, height: number): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(source, 0, 0, width, height);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new Uint8Array(await blob.arrayBuffer());
}

/** A stored photo as the document can hold it: JPEG and PNG as they are, other types re-encoded; null if unreadable. */
export async function photoForDocument(blob: Blob): Promise<DocImage | null> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    return null;
  }
  try {
    const { width, height } = bitmap;
    if (blob.type === 'image/jpeg' || blob.type === 'image/png') {
      return { data: new Uint8Array(await blob.arrayBuffer()), type: blob.type === 'image/png' ? 'png' : 'jpg', width, height };
    }
    return { data: await encodePng(bitmap, width, height), type: 'png', width, height };
  } finally {
    bitmap.close();
  }
}

const styled = ['fill', 'stroke', 'stroke-width', 'font-size', 'font-weight', 'font-family', 'font-style', 'opacity'] as const;

/**
 * The chart on the page as a PNG, twice its size for sharpness. The SVG is drawn from a copy with
 * its computed colours and fonts written on each element: as an image it no longer sees the
 * page's stylesheet. A blob: URL keeps to the app's content security policy.
 */
export async function chartPng(svg: SVGSVGElement, scale = 2): Promise<DocImage> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((el, i) => {
    const style = getComputedStyle(el);
    for (const name of styled) copies[i].setAttribute(name, style.getPropertyValue(name));
  });
  copy.querySelectorAll('title, desc').forEach((el) => el.remove());
  const box = svg.viewBox.baseVal;
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return { data: await encodePng(image, width * scale, height * scale), type: 'png', width: width * scale, height: height * scale };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The size an image takes in the document, in pixels at 96 dpi: at most `maxWidth` wide, proportions kept. */
export function fit(image: Pick<DocImage, 'width' | 'height'>, maxWidth: number): { width: number; height: number } {
  const ratio = Math.min(1, maxWidth / image.width);
  return { width: Math.round(image.width * ratio), height: Math.round(image.height * ratio) };
}
