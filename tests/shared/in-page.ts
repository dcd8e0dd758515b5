/*
 * Functions that run inside the page, shared by the Chromium journeys (Playwright's evaluate) and
 * the WebKit journeys (WebDriver's execute). Each is self-contained: its source text is sent to
 * the browser, so it may use nothing from outside.
 */

/**
 * A photo as a tablet camera makes it: a JPEG of a "whiteboard" with sticky notes, drawn in the
 * page and returned as base64 (4032 × 3024 by default, as a tablet camera takes them).
 */
export async function drawCameraPhoto({ width, height }: { width: number; height: number }): Promise<string> {
  const canvas = Object.assign(document.createElement('canvas'), { width, height });
  const c = canvas.getContext('2d')!;
  c.fillStyle = '#f4f4ef';
  c.fillRect(0, 0, width, height);
  const colours = ['#ffd84d', '#8fd3ff', '#ff9fb2', '#a6e3a1'];
  for (let i = 0; i < 60; i++) {
    c.fillStyle = colours[i % colours.length];
    const x = (i % 10) * (width / 10) + 40;
    const y = Math.floor(i / 10) * (height / 6) + 40;
    c.fillRect(x, y, width / 12, height / 8);
    c.fillStyle = '#222';
    c.font = `${Math.round(height / 40)}px sans-serif`;
    c.fillText(`need ${i + 1}`, x + 20, y + height / 16);
  }
  // Noise, as a real photo has, so the JPEG is megabytes like a camera's.
  const noise = c.getImageData(0, 0, width, 200);
  for (let i = 0; i < noise.data.length; i++) noise.data[i] = (noise.data[i] + ((i * 7919) % 23)) & 0xff;
  c.putImageData(noise, 0, height - 200);
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no JPEG'))), 'image/jpeg', 0.92));
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Every row of every object store of Tessera's database but the team change log, read with the
 * raw IndexedDB API (not through the app), as JSON text: equal text means equal data.
 */
export async function dumpDatabase(): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('tessera');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  // The team change log is left out: its markers are hints a sync reads (storage/team/team-changes.ts),
  // rewritten by every write, an undo's too, and hold nothing of the facilitator's.
  const stores = [...db.objectStoreNames].filter((name) => name !== 'teamChanges').sort();
  const dump: Record<string, unknown[]> = {};
  for (const name of stores) {
    dump[name] = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  db.close();
  return JSON.stringify(dump);
}
