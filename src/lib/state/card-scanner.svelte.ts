import { recordReadings, startScan, summariseScan, type CardScan, type ScanSummary } from '$lib/domain/workshop/card-scan';
import { adoptCardSet, loadCardSet } from './vote-card-set';
import type { CardDecoder } from './card-decoder';

/**
 * Where a scan is: loading the decoder and opening the camera, reading, paused (the page was
 * hidden, so the camera was let go), or a reason it cannot read: permission refused, no camera,
 * no camera API (an old browser, or a page not served over HTTPS), or another failure.
 */
export type ScanStatus = 'starting' | 'scanning' | 'paused' | 'denied' | 'no-camera' | 'unsupported' | 'failed';

/**
 * One scan of the room's vote cards with the rear camera. The camera runs only between start()
 * and stop(): it is let go when the scan ends, when the page is hidden (another app, the tablet
 * locked) and when the scanner is thrown away with its panel. Frames are read in memory and
 * dropped; no image is kept anywhere.
 */
export class CardScanner {
  #status = $state<ScanStatus>('starting');
  #scan = $state<CardScan>(startScan(loadCardSet()?.id ?? null));
  readonly #handedOut = loadCardSet()?.cards ?? 0;
  #stream: MediaStream | null = null;
  #video: HTMLVideoElement | null = null;
  #decoder: Promise<CardDecoder> | null = null;
  /** Bumped by every start and stop, so a loop or a start that is overtaken gives up. */
  #run = 0;
  /** When the camera was asked for, and when the last expected card was read (for the bench's figure). */
  #openedAt = 0;
  #completeAt = 0;

  get status(): ScanStatus {
    return this.#status;
  }

  /** What has been read so far. */
  get summary(): ScanSummary {
    return summariseScan(this.#scan, this.#handedOut);
  }

  /** Opens the rear camera into this video element and reads every frame until stop(). */
  async start(video: HTMLVideoElement): Promise<void> {
    const run = ++this.#run;
    this.#video = video;
    this.#status = 'starting';
    if (!navigator.mediaDevices?.getUserMedia) {
      this.#status = 'unsupported';
      return;
    }
    try {
      // The decoder first: on a first scan its WebAssembly compiles while nothing is filmed yet.
      const loadStart = performance.now();
      const decoder = await (this.#decoder ??= import('./card-decoder').then((m) => m.loadCardDecoder()));
      if (run !== this.#run) return;
      performance.clearMeasures(frameMeasure);
      performance.clearMeasures(allReadMeasure);
      performance.measure(decoderMeasure, { start: loadStart });
      this.#openedAt = performance.now();
      this.#completeAt = 0;
      const stream = await navigator.mediaDevices.getUserMedia({
        audio: false,
        // The rear camera, at a resolution that leaves each card's modules a few pixels wide across a room.
        video: { facingMode: { ideal: 'environment' }, width: { ideal: 1920 }, height: { ideal: 1080 } }
      });
      if (run !== this.#run) {
        stopTracks(stream);
        return;
      }
      this.#stream = stream;
      video.srcObject = stream;
      await video.play();
      // Hidden while the video was starting: stop() has let the camera go and said "paused".
      if (run !== this.#run) return;
      this.#status = 'scanning';
      await this.#readFrames(run, decoder, video);
    } catch (error) {
      if (run !== this.#run) return;
      this.#release();
      // A decoder that failed to load (its file missing from an incomplete cache) is tried again next time.
      this.#decoder = null;
      this.#status = statusOf(error);
      if (this.#status === 'failed') console.error(error);
    }
  }

  /** Lets the camera go; the cards read so far stay. */
  stop(): void {
    this.#run++;
    this.#release();
    if (this.#status === 'scanning' || this.#status === 'starting') this.#status = 'paused';
  }

  /** Forgets the cards read, to read the room again. */
  clear(): void {
    this.#scan = startScan(loadCardSet()?.id ?? null);
    this.#completeAt = 0;
  }

  /** The scan's set, remembered on a device that had none, when its votes are used. */
  keepCardSet(): void {
    if (this.#scan.setId) adoptCardSet(this.#scan.setId, this.summary.expected);
  }

  /** Stops on hidden, so the camera is never on behind another app; the panel offers to resume. */
  onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') this.stop();
  };

  async #readFrames(run: number, decoder: CardDecoder, video: HTMLVideoElement): Promise<void> {
    while (run === this.#run) {
      if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
        const decodeStart = performance.now();
        const texts = await decoder.detect(video);
        if (run !== this.#run) return;
        performance.measure(frameMeasure, { start: decodeStart, detail: { codes: texts.length, decoder: decoder.kind } });
        const next = recordReadings(this.#scan, texts);
        if (next !== this.#scan) {
          this.#scan = next;
          const { read, expected } = this.summary;
          if (!this.#completeAt && expected > 0 && read >= expected) {
            this.#completeAt = performance.now();
            performance.measure(allReadMeasure, { start: this.#openedAt, end: this.#completeAt });
          }
        }
      }
      // One read per painted frame at most: the decoder then never queues frames behind itself.
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  #release(): void {
    if (this.#stream) stopTracks(this.#stream);
    this.#stream = null;
    if (this.#video) this.#video.srcObject = null;
  }
}

/**
 * User Timing entries (`performance.getEntriesByName`), read by `npm run bench`: each frame's
 * decode, the decoder's loading, and the time from asking for the camera to the last expected
 * card read. Cleared at each start, so a long scan keeps the entries of this scan only.
 */
const decoderMeasure = 'tessera:vote-cards:decoder';
const frameMeasure = 'tessera:vote-cards:frame';
const allReadMeasure = 'tessera:vote-cards:all-read';

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

/** getUserMedia's errors, told apart as the panel words them. */
function statusOf(error: unknown): ScanStatus {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError') return 'no-camera';
  return 'failed';
}
