import { beforeEach, describe, expect, it } from 'vitest';
import { parseExport, readExport } from '$lib/domain/exchange';
import { makeAttachment, testBytes } from '$lib/domain/evidence/test-attachments';
import { attachments } from '$lib/storage/attachments-repository';
import { snapshots } from '$lib/storage/snapshots-repository';
import { makeAssessment } from '$lib/domain/exchange/test-assessments';
import { fakeBrowser } from '$lib/state/test-browser';
import { assessments } from '$lib/storage/assessments-repository';
import { TesseraDb, useDb } from '$lib/storage/db';
import { meta } from '$lib/storage/meta-repository';
import { exportAssessments, exportFile, exportFullBackup, localTimestamp } from './export-assessments';

let n = 0;
const first = makeAssessment({ serviceName: 'Childminder finder' }, 'a-1');
const second = makeAssessment({ serviceName: 'Parking permits' }, 'a-2');
const all = [first, second];

beforeEach(async () => {
  useDb(new TesseraDb(`export-test-${++n}`));
  await assessments.save(first);
  await assessments.save(second);
});

describe('localTimestamp', () => {
  it('writes the local day and time with the device’s offset', () => {
    const stamp = localTimestamp(new Date(2026, 10, 23, 0, 30, 5));
    expect(stamp).toMatch(/^2026-11-23T00:30:05[+-]\d{2}:\d{2}$/);
    expect(new Date(stamp).getTime()).toBe(new Date(2026, 10, 23, 0, 30, 5).getTime());
  });
});

describe('exportFile', () => {
  it('exports the stored version of each chosen assessment, and leaves out one deleted meanwhile', async () => {
    const renamed = { ...first, serviceName: 'Renamed since', updatedAt: '2026-11-24T10:00:00.000Z' };
    await assessments.save(renamed);
    await assessments.remove('a-2');
    const parsed = parseExport(await (await exportFile([first, second])).text.text());
    expect(parsed.ok && parsed.envelope.assessments).toEqual([renamed]);
  });

  it('names one assessment after its service and holds a file Tessera reads back', async () => {
    const file = await exportFile([first]);
    expect(file.name).toMatch(/^childminder-finder-\d{4}-\d{2}-\d{2}\.tessera\.json$/);
    expect(file.type).toBe('application/json');
    const parsed = parseExport(await file.text.text());
    expect(parsed.ok && parsed.envelope.assessments).toEqual([first]);
  });

  it('leaves the names of people out when asked, in workshop snapshots too', async () => {
    await assessments.save(first);
    await snapshots.closeWorkshop('a-1', 's-1', 'First workshop', '2026-11-20T16:00:00.000Z');
    const text = await (await exportFile([first], { omitPersonalData: true })).text.text();
    expect(text).not.toContain(first.facilitator);
    expect(text).not.toContain(first.participants[0].name);
    expect(text).toContain('First workshop');
  });

  it('carries the photos and files of the chosen assessments, byte for byte, and their snapshots', async () => {
    await assessments.save(first);
    await assessments.save(second);
    const bytes = testBytes(5000, 7);
    await attachments.add(await makeAttachment({ id: 'mine', assessmentId: 'a-1' }, bytes));
    await attachments.add(await makeAttachment({ id: 'theirs', assessmentId: 'a-2' }));
    const snapshot = await snapshots.closeWorkshop('a-1', 's-1', '', '2026-11-20T16:00:00.000Z');
    const read = await readExport(await (await exportFile([first])).text.text());
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.envelope.attachments.map((a) => a.id)).toEqual(['mine']);
    expect(new Uint8Array(await read.envelope.attachments[0].blob.arrayBuffer())).toEqual(bytes);
    expect(read.envelope.snapshots).toEqual([snapshot]);
  });

  it('leaves photos and files out when asked, but keeps the snapshots', async () => {
    await assessments.save(first);
    await attachments.add(await makeAttachment({ assessmentId: 'a-1' }));
    await snapshots.closeWorkshop('a-1', 's-1', '', '2026-11-20T16:00:00.000Z');
    const parsed = parseExport(await (await exportFile([first], { includeAttachments: false })).text.text());
    expect(parsed.ok && parsed.envelope.attachments).toEqual([]);
    expect(parsed.ok && parsed.envelope.snapshots).toHaveLength(1);
  });
});

describe('exportAssessments', () => {
  it('records a full backup when every assessment left the app with all data', async () => {
    const browser = fakeBrowser(null);
    const result = await exportAssessments(all, 'download', { all, env: browser.env });
    expect(result.outcome).toBe('downloaded');
    expect(browser.downloads.map((d) => d.download)).toEqual([result.fileName]);
    expect(await meta.get('lastFullExportAt')).not.toBeNull();
  });

  it.each([
    ['only some assessments', [first], {}],
    ['names left out', all, { omitPersonalData: true }],
    ['photos and files left out', all, { includeAttachments: false }]
  ])('does not count an export with %s as a full backup', async (_, selected, options) => {
    await exportAssessments(selected, 'download', { all, ...options, env: fakeBrowser(null).env });
    expect(await meta.get('lastFullExportAt')).toBeNull();
  });

  it('does not count a closed share sheet as a backup', async () => {
    const browser = fakeBrowser(['application/json'], async () => {
      throw new DOMException('cancelled', 'AbortError');
    });
    expect((await exportAssessments(all, 'share', { all, env: browser.env })).outcome).toBe('cancelled');
    expect(await meta.get('lastFullExportAt')).toBeNull();
  });
});

describe('exportFullBackup', () => {
  it('exports everything stored, with names, and records it', async () => {
    await assessments.save(first);
    await assessments.save(second);
    const browser = fakeBrowser(null);
    await exportFullBackup('download', { env: browser.env });
    const parsed = parseExport(await browser.blobs[0].text());
    expect(parsed.ok && parsed.envelope.assessments.map((a) => a.id).sort()).toEqual(['a-1', 'a-2']);
    expect(await meta.get('lastFullExportAt')).not.toBeNull();
  });
});
