import { eventually, type Session } from './webkit';

/**
 * Records the files the page hands to the browser's download (a Blob URL on an `<a download>`
 * that is clicked) instead of letting MiniBrowser save them: WebDriver has no download API, and
 * this is the same file the user would get. Install it on the page before the click.
 */
export async function recordDownloads(session: Session): Promise<void> {
  await session.execute(() => {
    const w = window as unknown as { downloads?: { name: string; text: Promise<string> }[] };
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
        w.downloads!.push({ name: link.download, text: blob.text() });
      },
      true
    );
  });
}

/** Waits for the next file the page downloads and returns its name and text. */
export async function nextDownload(session: Session): Promise<{ name: string; text: string }> {
  return eventually(
    session,
    async () => {
      const file = await session.execute(async () => {
        const downloads = (window as unknown as { downloads?: { name: string; text: Promise<string> }[] }).downloads;
        if (!downloads) return 'not recording';
        const item = downloads.shift();
        return item ? { name: item.name, text: await item.text } : null;
      });
      if (file === 'not recording') throw new Error('this page does not record downloads: it changed after recordDownloads()');
      if (!file) throw new Error('no download yet');
      return file;
    },
    'a download'
  );
}
