import { isOver, isRunning, newTimer, pause, remainingMs, reset, start, type TimerState } from '$lib/domain/workshop/timer';

/** What the timer times: each golden rule, each stage, or nothing. */
export type TimerScope = 'rule' | 'stage';

/**
 * The workshop's optional countdown. It lives in memory only: a timebox is about this meeting,
 * not part of the assessment, so it is neither saved nor exported.
 */
class WorkshopTimer {
  #state = $state<TimerState>(newTimer(5 * 60_000));
  #now = $state(Date.now());
  #scope = $state<TimerScope>('rule');
  #interval: ReturnType<typeof setInterval> | undefined;

  /** Milliseconds left. */
  get remaining(): number {
    return remainingMs(this.#state, this.#now);
  }

  get running(): boolean {
    return isRunning(this.#state);
  }

  /** True once the timebox has run out. */
  get over(): boolean {
    return isOver(this.#state, this.#now);
  }

  /** True when it was started at least once since the last reset. */
  get used(): boolean {
    return this.running || this.#state.elapsedBeforeMs > 0;
  }

  get minutes(): number {
    return Math.round(this.#state.durationMs / 60_000);
  }

  get scope(): TimerScope {
    return this.#scope;
  }

  set scope(value: TimerScope) {
    this.#scope = value;
  }

  /** Sets a new length and starts again from it, stopped. */
  setMinutes(minutes: number): void {
    this.#stopTicking();
    this.#state = newTimer(minutes * 60_000);
  }

  start(): void {
    this.#state = start(this.#state, Date.now());
    this.#now = Date.now();
    this.#stopTicking();
    this.#interval = setInterval(() => {
      this.#now = Date.now();
      if (this.over) {
        this.#state = pause(this.#state, this.#now);
        this.#stopTicking();
      }
    }, 250);
  }

  pause(): void {
    this.#state = pause(this.#state, Date.now());
    this.#stopTicking();
  }

  reset(): void {
    this.#stopTicking();
    this.#state = reset(this.#state);
    this.#now = Date.now();
  }

  /** Called when the workshop moves on: restarts the count when the scope says so, if it was used. */
  moved(from: { rule: string; stage: string }, to: { rule: string; stage: string }): void {
    if (!this.used) return;
    const restart = this.#scope === 'rule' ? from.rule !== to.rule : from.stage !== to.stage;
    if (!restart) return;
    // A timebox that was running, or that ran out, starts again for the next rule or stage.
    const resume = this.running || this.over;
    this.reset();
    if (resume) this.start();
  }

  #stopTicking(): void {
    clearInterval(this.#interval);
    this.#interval = undefined;
  }
}

export const workshopTimer = new WorkshopTimer();
