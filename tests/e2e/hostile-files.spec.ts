import type { Locator, Page } from '@playwright/test';
import { createAssessment, expect, expectSaved, test, waitForApp } from './support/fixtures';
import { openSections } from './support/sections';
import { openExchange, pickFile, previewItem, rawDatabase, storedAssessments } from './support/exchange';
import { checkA11y } from './support/a11y';

/*
 * Files that look valid but were made to harm: each class of hole found by a sweep of hostile
 * files (issue #15) has a file of its own in tests/fixtures/exchange/hostile-*.json.
 */

/** The assessment of v2-with-attachment.tessera.json, stored first so a hostile file has something to aim at. */
const storedId = '4f0c2b1e-7a5d-4c8e-9b61-2d3f8a9e1c07';

/** Imports a file on the exchange page, keeping the default choices, and waits for the result. */
async function importFile(page: Page, file: string): Promise<void> {
  await openExchange(page);
  await pickFile(page, file);
  await page.getByRole('button', { name: /^Import \d+ assessments?$/ }).click();
  await expect(page.getByRole('heading', { name: 'Import complete' })).toBeFocused();
}

/** Picks a file, expects it refused with exactly these messages, and nothing stored changed. */
async function expectRefused(page: Page, file: string, messages: string[]): Promise<void> {
  await openExchange(page);
  const before = await rawDatabase(page);
  await pickFile(page, file);
  const refused = page.getByRole('region', { name: 'This file cannot be imported' });
  await expect(refused.getByRole('listitem')).toHaveText(messages);
  await expect(refused.getByText('Nothing was changed on this device.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  expect(await rawDatabase(page)).toBe(before);
}

test('days no calendar has (31 February, 30 February at 10:00 UTC, 31 April) are refused where they are', async ({ page }) => {
  await importFile(page, 'v2-with-attachment.tessera.json');
  await expectRefused(page, 'hostile-impossible-dates.json', [
    '“2026-02-31” is not a valid date (assessment 1, field workshopDate).',
    '“2026-02-30T10:00:00Z” is not a valid date (assessment 1, field updatedAt).',
    '“2026-04-31” is not a valid date (assessment 1, rule strategy.rule.1, field nextSteps.1.due).'
  ]);
});

test('a format version written as text is told it must be a number', async ({ page }) => {
  await expectRefused(page, 'hostile-version-as-text.json', [
    'The format version in this file, “2”, is not a number: it must be written as a number, without quotation marks.'
  ]);
});

test('ids with & and # open exactly their own assessment, from every link', async ({ page }) => {
  await importFile(page, 'v2-with-attachment.tessera.json');
  await importFile(page, 'hostile-link-ids.json');

  // From the import result: "<stored id>&x=1" must not open the stored assessment.
  await page.getByRole('region', { name: 'Import complete' }).getByRole('link', { name: 'Lookalike permits' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lookalike permits' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('id')).toBe(`${storedId}&x=1`);

  const sections = page.getByRole('navigation', { name: 'Sections of Lookalike permits' });
  await sections.getByRole('link', { name: '1. Strategy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Strategy' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Rating of golden rule 1' }).getByRole('radio', { name: 'Fully' })).toBeChecked();
  for (const [link, heading] of [
    ['Results', 'Results'],
    ['Overview', 'Lookalike permits']
  ]) {
    await openSections(page);
    await page.getByRole('navigation', { name: 'Sections of Lookalike permits' }).getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }

  // From the list: "x&stage=design#" opens its overview, and its Strategy link opens Strategy, not Design.
  await page.goto('/');
  await waitForApp(page);
  await page.getByRole('link', { name: 'Ampersand permits' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ampersand permits' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('id')).toBe('x&stage=design#');
  await page.getByRole('navigation', { name: 'Sections of Ampersand permits' }).getByRole('link', { name: '1. Strategy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Strategy' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Other stages' }).getByRole('link', { name: 'Design' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Design' })).toBeVisible();
  await openSections(page);
  await page.getByRole('navigation', { name: 'Sections of Ampersand permits' }).getByRole('link', { name: 'Workshop mode' }).click();
  // The workshop's own bar: the service name and where the room is (the stage page also shows the name).
  await expect(page.getByText('Golden rule 1 of 26', { exact: true })).toBeVisible();
  await expect(page.getByText('Ampersand permits', { exact: true })).toBeVisible();
  // Moving between rules rewrites the address: the id must survive that too.
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => new URL(page.url()).searchParams.get('rule')).toBe('strategy.rule.2');
  expect(new URL(page.url()).searchParams.get('id')).toBe('x&stage=design#');
  await page.getByRole('link', { name: 'Leave workshop mode' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ampersand permits' })).toBeVisible();
});

/** Unicode's direction controls, which let one name pose as another. */
const bidiControl = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;

/** True once an element inside `scope` holds exactly `text` and isolates it from the text around it. */
async function expectIsolated(scope: Locator, text: string): Promise<void> {
  await expect
    .poll(() =>
      scope
        .first()
        .evaluate(
          (root, text) =>
            [root, ...root.querySelectorAll('*')].some(
              (el) => el.textContent?.trim() === text && ['isolate', 'isolate-override', 'plaintext'].includes(getComputedStyle(el).unicodeBidi)
            ),
          text
        )
    )
    .toBe(true);
}

test('direction controls are stripped from every imported text, and names typed here are shown isolated', async ({ page }) => {
  await openExchange(page);
  await pickFile(page, 'hostile-bidi-names.json');
  // The name that posed as "Tax office" shows what it really says.
  await expect(previewItem(page, 'eciffo xaT')).toBeVisible();
  await expectIsolated(previewItem(page, 'eciffo xaT').getByRole('heading', { level: 4 }), 'eciffo xaT');
  await page.getByRole('button', { name: 'Import 2 assessments' }).click();
  await expect(page.getByRole('heading', { name: 'Import complete' })).toBeFocused();
  const stored = await rawDatabase(page);
  expect(stored).toContain('eciffo xaT');
  expect(stored).toContain('Call the office');
  expect(stored).not.toMatch(bidiControl);

  // Text typed on the device keeps its controls (it is the facilitator's own), but cannot reorder what surrounds it.
  const typed = '\u202Eeciffo xaT';
  const id = await createAssessment(page, typed);
  await expectIsolated(page.getByRole('heading', { level: 1 }), typed);
  await expectIsolated(page.getByRole('navigation', { name: `Sections of ${typed}` }), typed);
  await page.goto('/');
  await waitForApp(page);
  await expectIsolated(page.getByRole('article').filter({ hasText: 'Municipality of Patras' }).getByRole('heading', { level: 2 }), typed);
  await page.goto(`/assessment/report?id=${id}`);
  await waitForApp(page);
  await expectIsolated(page.getByRole('heading', { level: 1 }), typed);
  await page.goto(`/assessment/workshop?id=${id}`);
  await waitForApp(page);
  await expectIsolated(page.getByRole('main'), typed);
});

test('a tag listed twice is kept once, and the list shows the assessment', async ({ page }) => {
  await importFile(page, 'hostile-duplicate-tags.json');
  await page.goto('/');
  await waitForApp(page);
  const item = page.getByRole('article').filter({ has: page.getByRole('link', { name: 'Harbour permits' }) });
  await expect(item.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['port', 'permits']);
  await expect(page.getByText('Loading…')).toHaveCount(0);
});

test('a next-step id used on two rules is refused where it is used again', async ({ page }) => {
  await expectRefused(page, 'hostile-next-step-reused.json', ['The same entry appears twice (assessment 1, rule design.rule.1, field nextSteps.1.id).']);
});

/** A next step as stored. */
const storedStep = (id: string, text: string) => ({ id, text, owner: '', due: '', status: 'open', updatedAt: '2026-11-20T09:00:00.000Z' });

/** A response as stored, with these next steps. */
const storedResponse = (nextSteps: unknown[]) => ({
  rating: 'partly',
  naReason: '',
  note: '',
  evidence: [],
  nextSteps,
  target: null,
  targetDate: '',
  votes: { 'not-started': 0, partly: 0, largely: 0, fully: 0 },
  updatedAt: '2026-11-20T09:00:00.000Z'
});

/** Writes an assessment and its list entry straight into IndexedDB, past every check import makes. */
async function storeRaw(page: Page, assessment: Record<string, unknown>, tags: string[]): Promise<void> {
  // The app creates its database when a page first reads from it (an overview does; the list, on a
  // device with nothing stored, does not). Opened any sooner, the raw open below would create an empty one.
  await page.goto('/assessment?id=not-there-yet');
  await waitForApp(page);
  await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'tessera' && (d.version ?? 0) > 1))).toBe(true);
  await page.evaluate(
    async ({ assessment, tags }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('tessera');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const listing = {
        id: assessment.id,
        serviceName: assessment.serviceName,
        organisation: '',
        workshopDate: '',
        tags,
        createdAt: '2026-11-20T08:00:00.000Z',
        updatedAt: '2026-11-20T09:00:00.000Z',
        closedAt: null,
        progress: { rated: 2, total: 20, actionsDone: 0, actionsTotal: 10 },
        scorePercent: 33,
        changeTimes: []
      };
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['assessments', 'listings'], 'readwrite');
        tx.objectStore('assessments').put(assessment);
        tx.objectStore('listings').put(listing);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { assessment, tags }
  );
}

const rawAssessment = (id: string, serviceName: string, extra: Record<string, unknown> = {}) => ({
  id,
  serviceName,
  organisation: '',
  description: '',
  facilitator: '',
  participants: [],
  workshopDate: '',
  methodologyVersion: '2024-11.1',
  tags: ['port', 'port'],
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
  closedAt: null,
  responses: {
    'strategy.rule.1': storedResponse([storedStep('ns-1', 'Call the port authority')]),
    'design.rule.1': storedResponse([storedStep('ns-1', 'Draw the new form')])
  },
  actions: {},
  parkingLot: [],
  ...extra
});

test('stored data with repeated tags and next-step ids still shows on the list, results and report', async ({ page }) => {
  await storeRaw(page, rawAssessment('dup', 'Harbour permits'), ['port', 'port']);
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByRole('link', { name: 'Harbour permits' })).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);

  await page.goto('/assessment/results?id=dup');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  const plan = page.getByRole('region', { name: 'Action plan' });
  await expect(plan.getByRole('group', { name: '1.1 Need stated' }).getByRole('textbox', { name: 'Next step' })).toHaveValue('Call the port authority');
  const second = plan.getByRole('group', { name: '2.1 Current procedure analysed' }).getByRole('textbox', { name: 'Next step' });
  await expect(second).toHaveValue('Draw the new form');
  // Editing the second step edits that step only, and stores the repaired ids with it.
  await second.fill('Draw the new online form');
  await second.blur();
  await expectSaved(page);
  const stored = (await storedAssessments(page)).find((a) => a.id === 'dup') as {
    tags: string[];
    responses: Record<string, { nextSteps: { id: string; text: string }[] }>;
  };
  expect(stored.tags).toEqual(['port']);
  expect(stored.responses['strategy.rule.1'].nextSteps.map((x) => [x.id, x.text])).toEqual([['ns-1', 'Call the port authority']]);
  expect(stored.responses['design.rule.1'].nextSteps.map((x) => [x.id, x.text])).toEqual([['ns-1~2', 'Draw the new online form']]);

  await page.goto('/assessment/report?id=dup');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Harbour permits' })).toBeVisible();
  // The report's action plan lists the steps of every rule together, keyed by their ids.
  await expect(page.getByRole('cell', { name: 'Call the port authority' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Draw the new online form' })).toBeVisible();
});

test('a page that fails while drawing says so and offers a way back, never an endless “Loading…”', async ({ page }) => {
  // No actions at all: nothing in the app foresees this, so the overview throws while drawing it.
  const broken = rawAssessment('broken', 'Broken permits', { actions: null });
  await storeRaw(page, broken, []);
  await page.goto('/assessment?id=broken');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'This page could not be shown' })).toBeFocused();
  await expect(page.getByText('Loading…')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  await checkA11y(page, 'a page that failed');
  await page.getByRole('link', { name: 'Back to assessments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Broken permits' })).toBeVisible();
});

/** Photos, files and snapshots as stored, raw, without their bytes. */
async function storedEvidence(
  page: Page
): Promise<{ attachments: Record<string, string>[]; snapshots: { id: string; assessmentId: string; label: string }[] }> {
  const dump = JSON.parse(await rawDatabase(page)) as {
    attachments: Record<string, string>[];
    snapshots: { id: string; assessmentId: string; label: string }[];
  };
  return { attachments: dump.attachments, snapshots: dump.snapshots };
}

test('a new assessment’s photo and snapshot cannot take over another’s by reusing their ids', async ({ page }) => {
  await importFile(page, 'v2-with-attachment.tessera.json');
  const before = await storedEvidence(page);
  const wall = before.attachments.find((a) => a.id === '8d3c1f2a-5b6e-4c7d-9e8f-0a1b2c3d4e5f')!;

  await openExchange(page);
  await pickFile(page, 'hostile-evidence-takeover.json');
  const item = previewItem(page, 'Harbour permits');
  await expect(item.getByRole('listitem')).toHaveText([
    '1 photo or file is added as a new one: its id belonged to another assessment on this device, which keeps its own.',
    '1 snapshot is added as a new one: its id belonged to another assessment on this device.'
  ]);
  await page.getByRole('button', { name: 'Import 1 assessment' }).click();
  await expect(page.getByRole('heading', { name: 'Import complete' })).toBeFocused();

  const after = await storedEvidence(page);
  // The stored photo keeps its bytes, name, caption and owner; the file's is stored beside it.
  expect(after.attachments.find((a) => a.id === wall.id)).toEqual(wall);
  const harbour = after.attachments.filter((a) => a.assessmentId === 'c1d2e3f4-0000-4000-8000-000000000030');
  expect(harbour.map((a) => [a.name, a.caption])).toEqual([['harbour-minutes.pdf', 'Not the wall photo']]);
  expect(harbour[0].id).not.toBe(wall.id);
  for (const s of before.snapshots) expect(after.snapshots).toContainEqual(s);
  expect(after.snapshots.filter((s) => s.assessmentId === 'c1d2e3f4-0000-4000-8000-000000000030').map((s) => s.label)).toEqual(['Harbour workshop']);

  // Undo takes back only what the import added.
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByRole('button', { name: 'Undo import' })).toHaveCount(0);
  expect(await storedEvidence(page)).toEqual(before);
});

test('replacing keeps a snapshot that is already here, and adds a changed one beside the stored one', async ({ page }) => {
  await importFile(page, 'v2-with-attachment.tessera.json');
  const before = await storedEvidence(page);
  await openExchange(page);
  await pickFile(page, 'hostile-snapshot-changed.json');
  const item = previewItem(page, 'Άδεια κατάληψης κοινόχρηστου χώρου');
  await item.getByRole('radio', { name: 'Replace' }).check();
  await expect(item.getByRole('listitem')).toHaveText([
    '1 snapshot differs from the one stored under its id. Snapshots never change, so it is added as a new one.',
    '1 snapshot is already on this device and stays as it is.'
  ]);
  await page.getByRole('button', { name: 'Import 1 assessment' }).click();
  await expect(page.getByRole('heading', { name: 'Import complete' })).toBeFocused();
  const after = await storedEvidence(page);
  for (const s of before.snapshots) expect(after.snapshots).toContainEqual(s);
  expect(after.snapshots.map((s) => s.label).sort()).toEqual(['Δεύτερο εργαστήριο', 'Πρώτο εργαστήριο', 'Πρώτο εργαστήριο (διορθωμένο)']);
});
