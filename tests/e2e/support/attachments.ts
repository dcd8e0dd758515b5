import type { Locator, Page } from '@playwright/test';
import { drawCameraPhoto } from '../../shared/in-page';

/** An attachment row as IndexedDB holds it, with its bytes as base64 and, for images, its size in pixels. */
export interface StoredAttachment {
  id: string;
  assessmentId: string;
  ruleId: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
  caption: string;
  blobType: string;
  base64: string;
  width: number | null;
  height: number | null;
  thumbnail: { size: number; width: number; height: number } | null;
}

/** Every stored attachment, read with the raw IndexedDB API (not through the app), by name. */
export async function storedAttachments(page: Page): Promise<StoredAttachment[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tessera');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    if (!db.objectStoreNames.contains('attachments')) return [];
    const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
      const request = db.transaction('attachments').objectStore('attachments').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    const sizeOf = async (blob: Blob) => {
      try {
        const bitmap = await createImageBitmap(blob);
        return { width: bitmap.width, height: bitmap.height };
      } catch {
        return null;
      }
    };
    const out = [];
    for (const row of rows) {
      const blob = row.blob as Blob;
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      const dims = String(row.type).startsWith('image/') ? await sizeOf(blob) : null;
      const thumb = row.thumbnail as Blob | null;
      const thumbDims = thumb ? await sizeOf(thumb) : null;
      out.push({
        id: row.id as string,
        assessmentId: row.assessmentId as string,
        ruleId: row.ruleId as string,
        name: row.name as string,
        type: row.type as string,
        size: row.size as number,
        sha256: row.sha256 as string,
        caption: row.caption as string,
        blobType: blob.type,
        base64: btoa(binary),
        width: dims?.width ?? null,
        height: dims?.height ?? null,
        thumbnail: thumb && thumbDims ? { size: thumb.size, ...thumbDims } : null
      });
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
  });
}

/**
 * A photo as a tablet camera makes it: a 4032 × 3024 JPEG of a "whiteboard" with sticky notes,
 * drawn in the page and returned as bytes.
 */
export async function cameraPhoto(page: Page, width = 4032, height = 3024): Promise<Buffer> {
  return Buffer.from(await page.evaluate(drawCameraPhoto, { width, height }), 'base64');
}

/** A minimal, valid one-page PDF. */
export function smallPdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** The rule card of golden rule `n` on a stage page. */
export function ruleCard(page: Page, n: number): Locator {
  return page.getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`Golden rule ${n}\\b`) }) });
}

/** The "Photos and files" section of a rule card. */
export function attachmentsOf(card: Locator): Locator {
  return card.getByRole('region', { name: 'Photos and files' });
}
