import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { appUrl, createAssessment, storedAssessments, expectSaved, press, rating, tick, visit } from './support/app';
import { nextDownload, recordDownloads } from './support/downloads';
import { SwitchableOrigin } from './support/switchable-origin';
import { byLabel, byRole, byText, closeWebKit, closest, eventually, openWebKit, type Session } from './support/webkit';

let session: Session;
let colleague: SwitchableOrigin;
let dir: string;
beforeAll(async () => {
  session = await openWebKit();
  // The colleague's device: another origin, so its own empty storage.
  colleague = await SwitchableOrigin.open(appUrl());
  dir = await mkdtemp(join(tmpdir(), 'tessera-webkit-'));
});
afterAll(async () => {
  await closeWebKit(session);
  await colleague?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Downloads the full backup from the exchange page and returns it. */
async function downloadBackup(): Promise<{ name: string; text: string }> {
  await visit(session, '/exchange');
  await recordDownloads(session);
  await press(await byRole(session, 'button', 'Download backup'));
  return nextDownload(session);
}

/** Picks the file in the colleague's import section, through the file input. */
async function pickOnColleague(file: { name: string; text: string }) {
  await visit(session, '/exchange', colleague.url);
  const path = join(dir, file.name);
  await writeFile(path, file.text);
  const input = await byLabel(session, 'Choose a file');
  // Files from an iPad's Files app are only offered when the picker accepts plain text too.
  expect(((await input.getAttribute('accept')) ?? '').split(',')).toEqual(expect.arrayContaining(['.json', 'text/plain']));
  await input.addValue(path);
}

test('a backup exported in WebKit imports into a fresh profile with a preview, then merges a newer one: the same data', async () => {
  const id = await createAssessment(session, 'Childminder finder');
  await visit(session, `/assessment/stage?id=${id}&stage=strategy`);
  await tick(await rating(session, 1, 'Largely'));
  await expectSaved(session);
  const first = await downloadBackup();
  expect(first.name).toMatch(/^childminder-finder-\d{4}-\d{2}-\d{2}\.tessera\.json$/);

  // The colleague previews the file before anything is stored, then imports it.
  await pickOnColleague(first);
  await byText(session, '1 assessment: 1 new, 0 already on this device.');
  expect(await storedAssessments(session, colleague.url)).toEqual([]);
  await pickOnColleague(first);
  await press(await byRole(session, 'button', 'Import 1 assessment'));
  await byRole(session, 'heading', 'Import complete');
  expect(await storedAssessments(session, colleague.url)).toEqual(await storedAssessments(session, appUrl()));

  // The first facilitator goes on; the colleague merges the newer file into their copy.
  await visit(session, `/assessment/stage?id=${id}&stage=strategy`);
  await tick(await rating(session, 2, 'Partly'));
  await expectSaved(session);
  const second = await downloadBackup();
  await pickOnColleague(second);
  const item = await closest(session, await byRole(session, 'heading', 'Childminder finder', { level: 4 }), 'li');
  await byText(session, /^Already here: the file has changes this device does not have/, { within: item });
  const merge = await byRole(session, 'radio', /^Merge\b/, {
    within: await byRole(session, 'group', 'What to do with “Childminder finder”', { within: item })
  });
  await eventually(session, () => merge.isSelected(), 'Merge offered first for a newer file');
  await tick(merge);
  await press(await byRole(session, 'button', 'Import 1 assessment'));
  await byText(session, '1 merged with the version on this device');
  expect(await storedAssessments(session, colleague.url)).toEqual(await storedAssessments(session, appUrl()));
});
