import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('./card-decoder', () => ({
  loadCardDecoder: () => Promise.resolve({ kind: 'native', detect: () => Promise.resolve([]) })
}));

import { CardScanner } from './card-scanner.svelte';

/** A camera whose tracks say whether they still run, and a video whose play() the test settles. */
function fakeCamera() {
  const tracks = [
    {
      live: true,
      stop() {
        this.live = false;
      }
    }
  ];
  const stream = { getTracks: () => tracks };
  let playing: () => void = () => undefined;
  const video = {
    readyState: 0,
    srcObject: null as unknown,
    play: () => new Promise<void>((resolve) => (playing = resolve))
  };
  return { tracks, stream, video, play: () => playing() };
}

let visibility: DocumentVisibilityState = 'visible';
beforeEach(() => {
  visibility = 'visible';
  vi.stubGlobal('document', {
    get visibilityState() {
      return visibility;
    }
  });
  vi.stubGlobal('HTMLMediaElement', { HAVE_CURRENT_DATA: 2 });
  vi.stubGlobal('requestAnimationFrame', (next: () => void) => setTimeout(next, 0));
  vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => undefined });
});
afterEach(() => vi.unstubAllGlobals());

/** A scanner started on a fake camera, once the camera's stream is in the video (not yet playing). */
async function startScanner() {
  const camera = fakeCamera();
  vi.stubGlobal('navigator', { mediaDevices: { getUserMedia: () => Promise.resolve(camera.stream) } });
  const scanner = new CardScanner();
  const started = scanner.start(camera.video as unknown as HTMLVideoElement);
  await vi.waitFor(() => expect(camera.video.srcObject).toBe(camera.stream));
  return { camera, scanner, started };
}

describe('the card scanner', () => {
  it('stays paused, camera off, when the page is hidden while the video is starting', async () => {
    const { camera, scanner, started } = await startScanner();

    visibility = 'hidden';
    scanner.onVisibilityChange();
    camera.play();
    await started;

    expect(scanner.status).toBe('paused');
    expect(camera.tracks[0].live).toBe(false);
    expect(camera.video.srcObject).toBeNull();
  });

  it('scans once the video plays, and lets the camera go when hidden', async () => {
    const { camera, scanner, started } = await startScanner();
    camera.play();
    await vi.waitFor(() => expect(scanner.status).toBe('scanning'));

    visibility = 'hidden';
    scanner.onVisibilityChange();
    await started;
    expect(scanner.status).toBe('paused');
    expect(camera.tracks[0].live).toBe(false);
  });
});
