import { beforeEach, describe, expect, it, vi } from 'vitest';

// A fresh status for each test: the module exports one shared instance.
let saveStatus: typeof import('./save-status.svelte').saveStatus;
beforeEach(async () => {
  vi.resetModules();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  ({ saveStatus } = await import('./save-status.svelte'));
});

const quota = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
const ok = () => Promise.resolve();

describe('save status', () => {
  it('says saved once a write succeeds', async () => {
    expect(await saveStatus.track(ok)).toBe(true);
    expect(saveStatus.state).toBe('saved');
  });

  it('never turns a failure into "saved" when a later write succeeds', async () => {
    await saveStatus.track(quota);
    await saveStatus.track(ok);
    expect(saveStatus.state).toBe('error');
    expect(saveStatus.error).toBe('quota');
    expect(saveStatus.canRetry).toBe(true);
  });

  it('retries every failed write in order, not only the last one', async () => {
    const stored: string[] = [];
    let full = true;
    const write = (what: string) => () => (full ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : Promise.resolve(void stored.push(what)));
    await saveStatus.track(write('rating'));
    await saveStatus.track(write('note'));
    full = false;
    expect(await saveStatus.retry()).toBe(true);
    expect(stored).toEqual(['rating', 'note']);
    expect(saveStatus.state).toBe('saved');
    expect(saveStatus.canRetry).toBe(false);
  });

  it('keeps the failure and the way out when the retry fails again', async () => {
    await saveStatus.track(quota);
    expect(await saveStatus.retry()).toBe(false);
    expect(saveStatus.state).toBe('error');
    expect(saveStatus.canRetry).toBe(true);
  });

  it('offers no retry when reloading is the only way out', async () => {
    const { ReloadNeededError } = await import('$lib/storage/errors');
    await saveStatus.track(() => Promise.reject(new ReloadNeededError()));
    expect(saveStatus.error).toBe('reload-needed');
    expect(saveStatus.canRetry).toBe(false);
  });
});

/** A write that finishes when the test says so. */
function deferredWrite() {
  let finish: (ok: boolean) => void = () => {};
  const write = () => new Promise<void>((resolve, reject) => (finish = (ok) => (ok ? resolve() : reject(new Error('disk')))));
  return { write, finish: (ok = true) => finish(ok) };
}

describe('saveStatus.settled', () => {
  it('resolves at once when nothing is being written', async () => {
    await expect(saveStatus.settled()).resolves.toBeUndefined();
  });

  it('waits until every running write has finished', async () => {
    const first = deferredWrite();
    const second = deferredWrite();
    void saveStatus.track(first.write);
    void saveStatus.track(second.write);
    const settled = vi.fn();
    void saveStatus.settled().then(settled);

    first.finish();
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).not.toHaveBeenCalled();

    second.finish();
    await vi.waitFor(() => expect(settled).toHaveBeenCalled());
    expect(saveStatus.state).toBe('saved');
  });

  it('also resolves when a write fails, leaving the failure in the state', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const write = deferredWrite();
    void saveStatus.track(write.write);
    const settled = saveStatus.settled();
    write.finish(false);
    await settled;
    expect(saveStatus.state).toBe('error');
  });
});
