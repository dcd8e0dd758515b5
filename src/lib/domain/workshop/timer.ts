/**
 * A countdown for timeboxing a rule or a stage. Pure: the state says when it was started and how
 * much time had already run before the last pause, so the remaining time is always computed from
 * the clock and never drifts when the tablet sleeps or the tab is in the background.
 */
export interface TimerState {
  /** Length of the timebox in milliseconds. */
  durationMs: number;
  /** Epoch ms when it was last started, or null while paused or not started. */
  startedAt: number | null;
  /** Time that ran before the last pause. */
  elapsedBeforeMs: number;
}

/** A timer of this length, not started. */
export function newTimer(durationMs: number): TimerState {
  return { durationMs, startedAt: null, elapsedBeforeMs: 0 };
}

/** True while counting down. */
export function isRunning(t: TimerState): boolean {
  return t.startedAt !== null;
}

/** Time that has run so far. */
export function elapsedMs(t: TimerState, now: number): number {
  return t.elapsedBeforeMs + (t.startedAt === null ? 0 : Math.max(0, now - t.startedAt));
}

/** Time left, never below zero. */
export function remainingMs(t: TimerState, now: number): number {
  return Math.max(0, t.durationMs - elapsedMs(t, now));
}

/** True once the whole timebox has run. */
export function isOver(t: TimerState, now: number): boolean {
  return elapsedMs(t, now) >= t.durationMs;
}

/** Starts or resumes counting. */
export function start(t: TimerState, now: number): TimerState {
  return t.startedAt === null ? { ...t, startedAt: now } : t;
}

/** Pauses, keeping the time that has run. */
export function pause(t: TimerState, now: number): TimerState {
  return t.startedAt === null ? t : { ...t, startedAt: null, elapsedBeforeMs: elapsedMs(t, now) };
}

/** Back to the full length, not running. */
export function reset(t: TimerState): TimerState {
  return newTimer(t.durationMs);
}

/** Minutes and seconds for display, e.g. 4:05; whole seconds rounded up so 0:00 means over. */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
