/*
 * Handing a file the app made to the user: the share sheet on tablets, a download elsewhere.
 * Generic on purpose (JSON exports, CSV reports, anything text): callers pass the name, the text
 * and its real MIME type.
 */

/** A file to hand over: text by default, or bytes as a Blob (a DOCX). */
export interface OutgoingFile<Content extends string | Blob = string> {
  name: string;
  text: Content;
  /** The real type, e.g. application/json or text/csv. */
  type: string;
}

/** How a file left the app, or that the user closed the share sheet. */
export type SaveOutcome = 'shared' | 'downloaded' | 'cancelled';

/** The browser pieces this module uses; tests pass fakes. */
export interface FileEnvironment {
  navigator: Pick<Navigator, 'share' | 'canShare'> | undefined;
  document: Document;
  URL: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
}

const browserEnvironment = (): FileEnvironment => ({ navigator: globalThis.navigator, document, URL });

/**
 * The file as the share sheet will take it: first with its real type, then as text/plain under
 * the same name, because Chrome on Android only shares an allow-list of types (text, CSV, PDF,
 * images) and refuses application/json. Undefined when neither can be shared, e.g. on desktop
 * Linux or in browsers without file sharing.
 */
export function shareableFile(file: OutgoingFile<string | Blob>, env: FileEnvironment = browserEnvironment()): File | undefined {
  const nav = env.navigator;
  if (!nav || typeof nav.share !== 'function' || typeof nav.canShare !== 'function') return undefined;
  const types = file.type === 'text/plain' ? [file.type] : [file.type, 'text/plain'];
  for (const type of types) {
    const candidate = new File([file.text], file.name, { type });
    try {
      if (nav.canShare({ files: [candidate] })) return candidate;
    } catch {
      // Some browsers throw instead of answering false for files they cannot share.
    }
  }
  return undefined;
}

/** True when this browser can hand this kind of file to the share sheet. */
export function canShareFile(type: string, env: FileEnvironment = browserEnvironment()): boolean {
  return shareableFile({ name: 'probe.txt', text: '', type }, env) !== undefined;
}

/** Saves the file through the browser's download, named as given. */
export function downloadFile(file: OutgoingFile<string | Blob>, env: FileEnvironment = browserEnvironment()): SaveOutcome {
  const url = env.URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = env.document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  link.style.display = 'none';
  env.document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty to start it.
  setTimeout(() => env.URL.revokeObjectURL(url), 60_000);
  return 'downloaded';
}

/**
 * Opens the share sheet with the file when the browser can share it, and downloads it otherwise.
 * Must run in a user gesture (a click). Closing the share sheet resolves to 'cancelled'; any other
 * share failure (e.g. the gesture expired) falls back to the download.
 */
export async function shareOrDownloadFile(file: OutgoingFile<string | Blob>, env: FileEnvironment = browserEnvironment()): Promise<SaveOutcome> {
  const shareable = shareableFile(file, env);
  if (!shareable || !env.navigator) return downloadFile(file, env);
  try {
    await env.navigator.share({ files: [shareable], title: file.name });
    return 'shared';
  } catch (err) {
    if ((err as { name?: string })?.name === 'AbortError') return 'cancelled';
    return downloadFile(file, env);
  }
}
