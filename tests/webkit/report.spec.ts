import { afterAll, beforeAll, expect, test } from 'vitest';
import { docxParagraphs, unzip } from '../e2e/support/zip';
import { createAssessment, expectSaved, fill, press, rating, ruleCard, tick, visit } from './support/app';
import { nextDownload, recordDownloads } from './support/downloads';
import { byLabel, byRole, byText, closeWebKit, openWebKit, type Session } from './support/webkit';

let session: Session;
beforeAll(async () => (session = await openWebKit()));
afterAll(() => closeWebKit(session));

/*
 * The report is what a facilitator hands to a manager, from an iPad. Its Word copy is made in the
 * browser: the docx library zips it, and the score chart is drawn from the page's SVG into a canvas
 * (an OffscreenCanvas) and encoded as PNG, which WebKit must do as Chromium does.
 */
test('the report of a rated assessment shows its ratings and action plan, and becomes a Word document with the chart in WebKit', async () => {
  const id = await createAssessment(session, 'Childminder finder');
  await visit(session, `/assessment/stage?id=${id}&stage=strategy`);
  await tick(await rating(session, 1, 'Largely'));
  await expectSaved(session);
  await tick(await rating(session, 2, 'Partly'));
  await expectSaved(session);
  const rule1 = await ruleCard(session, 1);
  await press(await byRole(session, 'button', 'Add next step', { within: rule1 }));
  await fill(session, await byLabel(session, 'Next step 1', { within: rule1 }), 'Write the problem statement');
  await fill(session, await byLabel(session, 'Owner', { within: rule1 }), 'Maria');
  await expectSaved(session);

  await visit(session, `/assessment/report?id=${id}`);
  await byRole(session, 'heading', 'Childminder finder', { level: 1 });
  // Named by its title and its description.
  await byRole(session, 'img', /^Score by stage\b/);
  const plan = await byRole(session, 'heading', 'Action plan');
  expect(await plan.isDisplayed()).toBe(true);
  await byText(session, 'Write the problem statement');

  await recordDownloads(session);
  await press(await byRole(session, 'button', 'Download as a Word document (DOCX)'));
  const file = await nextDownload(session, { binary: true });
  expect(file.name).toMatch(/^Childminder finder - report - \d{4}-\d{2}-\d{2}\.docx$/);
  await byText(session, `The report was saved as “${file.name}”.`);

  const parts = unzip(Buffer.from(file.text, 'base64'));
  const paragraphs = docxParagraphs(parts.get('word/document.xml')!.toString('utf8'));
  const styled = (style: string) => paragraphs.filter((p) => p.style === style).map((p) => p.text);
  expect(styled('Title')).toEqual(['Childminder finder']);
  expect(styled('Heading1')).toEqual(expect.arrayContaining(['Summary', 'Stage 1: Strategy', 'Stage 4: Operation', 'Action plan']));
  const text = paragraphs.map((p) => p.text);
  expect(text).toContain('Write the problem statement');
  expect(text).toContain('Maria');
  // The chart, drawn by WebKit from the page's SVG, is the package's one image: a PNG.
  const media = [...parts.keys()].filter((name) => name.startsWith('word/media/'));
  expect(media).toHaveLength(1);
  expect([...parts.get(media[0])!.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
});
