import { describe, expect, it } from 'vitest';
import { elapsedMs, formatClock, isOver, isRunning, newTimer, pause, remainingMs, reset, start } from './timer';

const min = 60_000;

describe('workshop timer', () => {
  it('counts down from the clock while running', () => {
    const t = start(newTimer(5 * min), 1_000);
    expect(isRunning(t)).toBe(true);
    expect(remainingMs(t, 1_000 + 2 * min)).toBe(3 * min);
  });

  it('keeps the time that ran across a pause, and stands still while paused', () => {
    let t = start(newTimer(5 * min), 0);
    t = pause(t, 2 * min);
    expect(isRunning(t)).toBe(false);
    expect(remainingMs(t, 60 * min)).toBe(3 * min);
    t = start(t, 60 * min);
    expect(remainingMs(t, 61 * min)).toBe(2 * min);
    expect(elapsedMs(t, 61 * min)).toBe(3 * min);
  });

  it('is over at zero and never goes negative', () => {
    const t = start(newTimer(min), 0);
    expect(isOver(t, min - 1)).toBe(false);
    expect(isOver(t, min)).toBe(true);
    expect(remainingMs(t, 10 * min)).toBe(0);
  });

  it('resets to the full length, stopped', () => {
    const t = reset(start(newTimer(min), 0));
    expect(t).toEqual(newTimer(min));
  });

  it('starting twice does not restart the count', () => {
    const t = start(start(newTimer(min), 0), 30_000);
    expect(t.startedAt).toBe(0);
  });

  it.each([
    [5 * min, '5:00'],
    [65_000, '1:05'],
    [500, '0:01'],
    [0, '0:00']
  ])('shows %i ms as %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });
});
