import { eventually, type Session } from './webkit';

/** A file the page downloaded: its name, and its text or (asked for binary) its bytes. */
export interface Download {
  name: string;
  text: string;
}

/**
 * Records the files the page hands to the browser's download (a Blob URL on an `<a download>`
 * that is clicked) instead of letting MiniBrowser save them: WebDriver has no download API, and
 * this is the same file the user would get. Install it on the page before the click.
 */
export async function recordDownloads(session: Session): Promise<void> {
  await session.execute(() => {
    const w = window as unknown as { downloads?: { name: string; blob: Blob }[] };
    if (w.downloads) return;
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = create(object);
      if (object instanceof Blob) blobs.set(url, object);
      return url;
    };
    w.downloads = [];
    document.addEventListener(
      'click',
      (event) => {
        const link = (event.target as Element | null)?.closest?.('a[download]') as HTMLAnchorElement | null;
        const blob = link && blobs.get(link.href);
        if (!link || !blob) return;
        event.preventDefault();
        w.downloads!.push({ name: link.download, blob });
      },
      true
    );
  });
}

/**
 * Waits for the next file the page downloads and returns its name and text; with `binary`, its
 * bytes in base64 instead (a DOCX is a ZIP archive), for `Buffer.from(text, 'base64')`.
 */
export async function nextDownload(session: Session, { binary = false } = {}): Promise<Download> {
  return eventually(
    session,
    async () => {
      const file = await session.execute(async (asBytes: boolean) => {
        const downloads = (window as unknown as { downloads?: { name: string; blob: Blob }[] }).downloads;
        if (!downloads) return 'not recording';
        const item = downloads.shift();
        if (!item) return null;
        if (!asBytes) return { name: item.name, text: await item.blob.text() };
        const bytes = new Uint8Array(await item.blob.arrayBuffer());
        let binaryText = '';
        for (let at = 0; at < bytes.length; at += 0x8000) binaryText += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
        return { name: item.name, text: btoa(binaryText) };
      }, binary);
      if (file === 'not recording') throw new Error('this page does not record downloads: it changed after recordDownloads()');
      if (!file) throw new Error('no download yet');
      return file;
    },
    'a download'
  );
}
