import { describe, expect, it } from 'vitest';
import { canShareFile, shareOrDownloadFile, type OutgoingFile } from './save-file';
import { fakeBrowser } from './test-browser';

const file: OutgoingFile = { name: 'childminder-finder-2026-11-23.tessera.json', text: '{"a":1}\n', type: 'application/json' };

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
