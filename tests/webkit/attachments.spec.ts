import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { drawCameraPhoto, dumpDatabase } from '../shared/in-page';
import { createAssessment, expectSaved, press, rating, reload, ruleCard, tick, visit } from './support/app';
import { byLabel, byRole, closeWebKit, countOf, eventually, openWebKit, roleQuery, type Session } from './support/webkit';

let session: Session;
let dir: string;
beforeAll(async () => {
  session = await openWebKit();
  dir = await mkdtemp(join(tmpdir(), 'tessera-webkit-'));
});
afterAll(async () => {
  await closeWebKit(session);
  await rm(dir, { recursive: true, force: true });
});

/** The "Photos and files" region of a rule's card. */
async function attachmentsOf(rule: number) {
  return byRole(session, 'region', 'Photos and files', { within: await ruleCard(session, rule) });
}

/** Whether this WebKit session refuses Blobs in IndexedDB, tried on a scratch database. */
async function blobsRefused(): Promise<boolean> {
  // webdriverio types an async script's result as a promise of a promise.
  return await await session.execute(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('blob-probe', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('probe');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const refused = await new Promise<boolean>((resolve) => {
      const put = db
        .transaction('probe', 'readwrite')
        .objectStore('probe')
        .put(new Blob(['x']), 'x');
      put.onsuccess = () => resolve(false);
      put.onerror = () => resolve(/Blob\/File/.test(put.error?.message ?? ''));
    });
    db.close();
    indexedDB.deleteDatabase('blob-probe');
    return refused;
  });
}

/** The photos and files stored, read with the raw IndexedDB API. */
async function storedAttachmentCount(): Promise<number> {
  return (JSON.parse(await session.execute(dumpDatabase)) as { attachments?: unknown[] }).attachments?.length ?? 0;
}

test('a photo through the file input is kept in WebKit’s IndexedDB and opens in the viewer after a reload, or, where WebKit refuses Blobs (a private window), is refused with a message that says why', async () => {
  const id = await createAssessment(session, 'Childminder finder');
  await visit(session, `/assessment/stage?id=${id}&stage=strategy`);
  await tick(await rating(session, 1, 'Largely'));
  await expectSaved(session);

  // A camera-sized JPEG, drawn by WebKit itself, handed to the photo input as the picker would.
  const photo = join(dir, 'IMG_0042.JPG');
  await writeFile(photo, Buffer.from(await session.execute(drawCameraPhoto, { width: 4032, height: 3024 }), 'base64'));
  await (await byLabel(session, 'Take a photo or choose one', { within: await attachmentsOf(1) })).addValue(photo);

  /*
   * WebKitGTK's WebDriver always runs MiniBrowser with an ephemeral profile (Tools/MiniBrowser/gtk/
   * main.c: automation mode uses webkit_website_data_manager_new_ephemeral()): in storage terms,
   * Safari's Private Browsing. WebKit keeps IndexedDB Blobs in files, and refuses them in such a
   * session ("Error preparing Blob/File data to be stored in object store"). An iPad's home-screen
   * app and its ordinary Safari tabs have persistent storage, where photos are kept; that path is
   * below, and runs here the day WebKitGTK's automation profile can keep Blobs. Until then this
   * proves what a facilitator in a private window gets: a message that says why, and nothing lost.
   */
  if (await blobsRefused()) {
    await byRole(
      session,
      'status',
      /^“IMG_0042\.JPG” was not added\. This browser window cannot keep photos or files: Safari refuses them in Private Browsing\./,
      {
        within: await attachmentsOf(1)
      }
    );
    expect(await storedAttachmentCount()).toBe(0);
    await reload(session);
    expect(await (await rating(session, 1, 'Largely')).isSelected()).toBe(true);
    expect(await countOf(session, roleQuery('button', /^IMG_0042/), await attachmentsOf(1))).toBe(0);
    return;
  }

  // Downscaled and re-encoded on the device: WebP where the browser can write it, else JPEG (Safari).
  const status = await byRole(session, 'status', /^“IMG_0042\.(webp|jpg)” was added\.$/, { within: await attachmentsOf(1) });
  const name = (await status.getText()).match(/IMG_0042\.\w+/)![0];
  expect(await storedAttachmentCount()).toBe(1);

  await reload(session);
  const tile = await byRole(session, 'button', name, { within: await attachmentsOf(1) });
  // The thumbnail is drawn from its blob, read back from IndexedDB.
  await eventually(session, () => session.execute((img) => (img as unknown as HTMLImageElement).naturalWidth === 320, tile.$('img')), 'the thumbnail drawn');

  await press(tile);
  const viewer = await byRole(session, 'dialog', name);
  const large = await byRole(session, 'img', name, { within: viewer });
  await eventually(
    session,
    async () => expect(await session.execute((img) => (img as unknown as HTMLImageElement).naturalWidth, large)).toBe(2048),
    'the photo drawn at 2,048 px'
  );
});
