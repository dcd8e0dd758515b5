import { vi } from 'vitest';
import type { FileEnvironment } from './save-file';

/* For tests only: a browser's share sheet and downloads, recorded. */

/** A browser whose share sheet takes the given types, recording what it shared and downloaded. */
export function fakeBrowser(shareable: string[] | null, share: (data: ShareData) => Promise<void> = async () => {}) {
  const shared: File[] = [];
  const downloads: { href: string; download: string }[] = [];
  const blobs: Blob[] = [];
  const env: FileEnvironment = {
    navigator:
      shareable === null
        ? undefined
        : {
            canShare: (data?: ShareData) => (data?.files ?? []).every((f) => shareable.includes(f.type)),
            share: async (data?: ShareData) => {
              await share(data ?? {});
              shared.push(...(data?.files ?? []));
            }
          },
    document: {
      createElement: () => {
        const link = {
          href: '',
          download: '',
          rel: '',
          style: {},
          click: () => downloads.push({ href: link.href, download: link.download }),
          remove: () => {}
        };
        return link;
      },
      body: { append: () => {} }
    } as unknown as Document,
    URL: {
      createObjectURL: (blob: Blob) => {
        blobs.push(blob);
        return `blob:${blobs.length}`;
      },
      revokeObjectURL: vi.fn()
    }
  };
  return { env, shared, downloads, blobs };
}
