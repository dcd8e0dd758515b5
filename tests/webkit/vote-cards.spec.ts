import { afterAll, beforeAll, expect, test } from 'vitest';
import { createAssessment, expectSaved, press } from './support/app';
import { byRole, byText, closeWebKit, eventually, gone, openWebKit, roleQuery, type Session } from './support/webkit';

let session: Session;
// MiniBrowser with WebKit's mock capture device as its camera.
beforeAll(async () => (session = await openWebKit({ camera: true })));
afterAll(() => closeWebKit(session));

/*
 * An iPad has no BarcodeDetector: the cards are read by ZXing compiled to WebAssembly, which the
 * app's content security policy must let WebKit compile ('wasm-unsafe-eval'), from frames of a
 * camera stream drawn into its canvas. First WebKit's own mock camera (a generated picture, no
 * cards): the scan runs and WebKit decodes its frames. Then the room holds up three printed cards,
 * the print view's own codes, filmed as a canvas stream. (WebKitGTK's WebDriver answers an element
 * screenshot with the whole window, so the cards are drawn from their codes' SVG.)
 */

/** In the page: records every camera stream; with `cards` (the codes' SVG), films them instead of the camera. */
function watchCamera(cards: string[] | null): void {
  const w = window as unknown as { cameraStreams?: MediaStream[]; realGetUserMedia?: MediaDevices['getUserMedia'] };
  const media = navigator.mediaDevices;
  w.cameraStreams ??= [];
  w.realGetUserMedia ??= media.getUserMedia.bind(media);
  media.getUserMedia = async (constraints) => {
    let stream: MediaStream;
    if (!cards) stream = await w.realGetUserMedia!(constraints);
    else {
      const canvas = document.createElement('canvas');
      canvas.width = 1280;
      canvas.height = 720;
      const context = canvas.getContext('2d')!;
      const images = await Promise.all(
        cards.map(async (svg) => {
          const image = new Image();
          image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
          await image.decode();
          return image;
        })
      );
      const draw = () => {
        context.fillStyle = '#b9b3a8';
        context.fillRect(0, 0, canvas.width, canvas.height);
        images.forEach((image, i) => context.drawImage(image, 40 + i * 420, (canvas.height - image.height) / 2));
      };
      draw();
      stream = canvas.captureStream(15);
      // A canvas stream sends a frame when the canvas is drawn: the wall is filmed over and over.
      const timer = setInterval(draw, 100);
      stream.getVideoTracks()[0].addEventListener('ended', () => clearInterval(timer));
    }
    w.cameraStreams!.push(stream);
    return stream;
  };
}

const liveTracks = () =>
  session.execute(
    () =>
      ((window as unknown as { cameraStreams?: MediaStream[] }).cameraStreams ?? []).flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length
  );

/** The decoder that read the scan's frames so far ('zxing' or 'native'), from the scanner's User Timing entries. */
const framesDecodedBy = () =>
  session.execute(() =>
    performance.getEntriesByName('tessera:vote-cards:frame').map((entry) => ((entry as PerformanceMeasure).detail as { decoder: string }).decoder)
  );

test('vote cards on the iPad engine: the camera opens, ZXing’s WebAssembly reads the printed cards under the app’s policy, and the blind votes are counted', async () => {
  await createAssessment(session, 'Building permits');
  await press(await byRole(session, 'button', 'Building permits, other sections'));
  await press(await byRole(session, 'link', 'Workshop mode', { first: true }));
  await press(await byRole(session, 'link', 'Print vote cards', { within: await byRole(session, 'region', 'Votes') }));
  await byRole(session, 'heading', 'Vote cards', { level: 1 });
  const code = async (name: string) =>
    session.execute(
      (card) => {
        const svg = (card as unknown as Element).querySelector('svg.qr')!.cloneNode(true) as SVGSVGElement;
        svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
        svg.setAttribute('width', '360');
        svg.setAttribute('height', '360');
        return svg.outerHTML;
      },
      await byRole(session, 'article', name)
    );
  const cards = [await code('Card 1: Largely'), await code('Card 2: Fully'), await code('Card 3: Partly')];
  await press(await byRole(session, 'link', 'Back to the workshop'));
  const votes = await byRole(session, 'region', 'Votes');
  expect(await (await byRole(session, 'radio', 'Hidden until revealed', { within: votes })).isSelected()).toBe(true);

  // WebKit's own camera: the scan opens it and reads its frames with ZXing; closing lets it go.
  await session.execute(watchCamera, null);
  await press(await byRole(session, 'button', 'Scan vote cards', { within: votes }));
  const scan = await byRole(session, 'dialog', 'Vote cards');
  await byText(session, /^Everyone holds up the card of their level/, { within: scan });
  await eventually(session, async () => (await framesDecodedBy()).length >= 3, 'three frames decoded');
  const decoders = await framesDecodedBy();
  expect(new Set(decoders)).toEqual(new Set(['zxing']));
  expect(await liveTracks()).toBe(1);
  await press(await byRole(session, 'button', 'Cancel', { within: scan }));
  await gone(session, roleQuery('dialog', 'Vote cards'), 'the scan');
  expect(await liveTracks()).toBe(0);

  // The room holds up three cards.
  await session.execute(watchCamera, cards);
  await press(await byRole(session, 'button', 'Scan vote cards', { within: votes }));
  const again = await byRole(session, 'dialog', 'Vote cards');
  await byText(session, '3 of 15 cards read', { within: again });
  await press(await byRole(session, 'button', 'Count these 3 votes', { within: again }));
  await gone(session, roleQuery('dialog', 'Vote cards'), 'the scan');
  expect(await liveTracks()).toBe(0);
  await byText(session, '3 votes cast', { within: votes });
  await expectSaved(session);
  await press(await byRole(session, 'button', 'Reveal the votes', { within: votes }));
  await byText(session, 'Votes revealed: Partly: 1, Largely: 1 and Fully: 1.', { within: votes });
});
