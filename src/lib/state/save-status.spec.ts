import { describe, expect, it, vi } from 'vitest';
import { saveStatus } from './save-status.svelte';

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
