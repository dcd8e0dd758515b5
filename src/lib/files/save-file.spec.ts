import { describe, expect, it, vi } from 'vitest';
import { canShareFile, shareOrDownloadFile, type FileEnvironment, type OutgoingFile } from './save-file';

const file: OutgoingFile = { name: 'childminder-finder-2026-11-23.tessera.json', text: '{"a":1}\n', type: 'application/json' };

/** A browser whose share sheet takes the given types, recording what it shared and downloaded. */
function fakeBrowser(shareable: string[] | null, share: (data: ShareData) => Promise<void> = async () => {}) {
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
        const link = { href: '', download: '', rel: '', style: {}, click: () => downloads.push({ href: link.href, download: link.download }), remove: () => {} };
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

describe('shareOrDownloadFile', () => {
  it('shares the file with its own type where the share sheet takes it', async () => {
    const b = fakeBrowser(['application/json', 'text/plain']);
    expect(await shareOrDownloadFile(file, b.env)).toBe('shared');
    expect(b.shared.map((f) => [f.name, f.type])).toEqual([[file.name, 'application/json']]);
    expect(await b.shared[0].text()).toBe(file.text);
    expect(b.downloads).toEqual([]);
  });

  it('shares JSON as text/plain, same name, where only text is allowed (Chrome on Android)', async () => {
    const b = fakeBrowser(['text/plain']);
    expect(await shareOrDownloadFile(file, b.env)).toBe('shared');
    expect(b.shared.map((f) => [f.name, f.type])).toEqual([[file.name, 'text/plain']]);
  });

  it.each([
    ['no Web Share API', null],
    ['a share sheet that takes no such file', ['image/png']]
  ])('downloads the file with %s', async (_, shareable) => {
    const b = fakeBrowser(shareable);
    expect(await shareOrDownloadFile(file, b.env)).toBe('downloaded');
    expect(b.downloads).toEqual([{ href: 'blob:1', download: file.name }]);
    expect(await b.blobs[0].text()).toBe(file.text);
    expect(b.blobs[0].type).toBe('application/json');
  });

  it('treats a closed share sheet as a quiet cancel, without downloading', async () => {
    const b = fakeBrowser(['application/json'], async () => {
      throw new DOMException('Share canceled', 'AbortError');
    });
    expect(await shareOrDownloadFile(file, b.env)).toBe('cancelled');
    expect(b.downloads).toEqual([]);
  });

  it('downloads instead when sharing fails for another reason', async () => {
    const b = fakeBrowser(['application/json'], async () => {
      throw new DOMException('Must be handling a user gesture', 'NotAllowedError');
    });
    expect(await shareOrDownloadFile(file, b.env)).toBe('downloaded');
    expect(b.downloads).toHaveLength(1);
  });
});

describe('canShareFile', () => {
  it.each<[string[] | null, string, boolean]>([
    [null, 'application/json', false],
    [['text/plain'], 'application/json', true],
    [['text/plain'], 'text/csv', true],
    [['image/png'], 'application/json', false]
  ])('with a share sheet taking %j answers for %s: %s', (shareable, type, expected) => {
    expect(canShareFile(type, fakeBrowser(shareable).env)).toBe(expected);
  });
});
