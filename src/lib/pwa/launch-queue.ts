/*
 * The File Handling API: when Tessera is installed, the system can open .json files with it
 * (manifest `file_handlers`), and the page receives them through `window.launchQueue`.
 * Chromium on desktop only; elsewhere this does nothing.
 */

interface LaunchParams {
  files?: readonly { kind: string; getFile(): Promise<File> }[];
}
interface LaunchQueue {
  setConsumer(consumer: (params: LaunchParams) => void): void;
}

/** Calls `onfile` with each file the system opens Tessera with; a no-op where unsupported. */
export function consumeLaunchedFiles(onfile: (file: File) => void): void {
  const queue = (globalThis as { launchQueue?: LaunchQueue }).launchQueue;
  if (!queue) return;
  queue.setConsumer(async (params) => {
    // One import at a time: the first file is the one the preview shows.
    const handle = params.files?.find((f) => f.kind === 'file');
    if (!handle) return;
    try {
      onfile(await handle.getFile());
    } catch (err) {
      console.error('could not open the launched file', err);
    }
  });
}
