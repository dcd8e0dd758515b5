import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AttachmentDataScanner, scanAttachmentData, type ScannedFile } from './attachment-data-scanner';
import { limits } from './limits';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The skeleton as text, and the text of each cut. */
function scanText(text: string): { skeleton: string; cuts: (string | null)[] } {
  const bytes = encode(text);
  const { skeleton, spans } = scanAttachmentData(bytes);
  return { skeleton: decode(skeleton), cuts: spans.map((s) => (s ? decode(bytes.subarray(s.start, s.end)) : null)) };
}

/** Scans the bytes pushed in pieces cut at these offsets. */
function scanInPieces(bytes: Uint8Array, cuts: number[]): ScannedFile {
  const scanner = new AttachmentDataScanner();
  let from = 0;
  for (const at of [...cuts.filter((c) => c <= bytes.length)].sort((a, b) => a - b)) {
    scanner.push(bytes.subarray(from, at));
    from = at;
  }
  scanner.push(bytes.subarray(from));
  return scanner.finish();
}

const file = (attachments: string) => `{"format":"tessera-assessment","assessments":[{"id":"a","data":"keep"}],"attachments":${attachments},"snapshots":[]}`;

describe('AttachmentDataScanner', () => {
  it('cuts out the data of each attachment and says where it was', () => {
    const text = file('[{"id":"p1","data":"QUJD"}, {"id":"p2", "data" : "REVGRw==", "caption":"x"}]');
    const { skeleton, cuts } = scanText(text);
    expect(skeleton).toBe(file('[{"id":"p1","data":""}, {"id":"p2", "data" : "", "caption":"x"}]'));
    expect(cuts).toEqual(['QUJD', 'REVGRw==']);
  });

  it('leaves every other "data" alone: in assessments, nested in an attachment, at the top, or as a value', () => {
    const text =
      '{"data":"top","assessments":[{"data":"a"}],"attachments":[{"meta":{"data":"nested"},"caption":"data","data":"QUJD"},["data","x"]],"x":{"attachments":[{"data":"deep"}]}}';
    const { skeleton, cuts } = scanText(text);
    expect(skeleton).toBe(text.replace('"data":"QUJD"', '"data":""'));
    expect(cuts).toEqual(['QUJD']);
  });

  it('reads keys as JSON.parse does: escaped names count, and the last of a repeated key wins', () => {
    const escaped = scanText('{"attachments":[{"d\\u0061ta":"QUJD"}]}');
    expect(escaped).toEqual({ skeleton: '{"attachments":[{"d\\u0061ta":""}]}', cuts: ['QUJD'] });

    const twice = scanText('{"attachments":[{"data":"AAAA"}],"attachment\\u0073":[{"data":"QkJC"}]}');
    expect(twice.cuts).toEqual(['QkJC']);

    const lastNotString = scanText('{"attachments":[{"data":"AAAA","data":5}]}');
    expect(lastNotString.cuts).toEqual([null]);
    expect(JSON.parse(lastNotString.skeleton)).toEqual({ attachments: [{ data: 5 }] });
  });

  it('skips escaped quotes and backslashes inside strings', () => {
    const text = '{"note":"a \\"data\\": \\\\","attachments":[{"caption":"\\"}],\\"data\\":\\"","data":"QU\\/D"}]}';
    const { skeleton, cuts } = scanText(text);
    expect(JSON.parse(skeleton)).toEqual({ ...JSON.parse(text), attachments: [{ caption: '"}],"data":"', data: '' }] });
    expect(cuts).toEqual(['QU\\/D']);
  });

  it('finds the same cuts however the file is split into pieces', () => {
    const text = `\uFEFF${file('[{"id":"p1","caption":"Δήμος 😀 \\" data","data":"QUJDREVG"},{"id":"p2","data":""},{"id":"p3","data":"R0hJ"}]')}`;
    const bytes = encode(text);
    const whole = scanAttachmentData(bytes);
    fc.assert(
      fc.property(fc.array(fc.nat(bytes.length), { maxLength: 12 }), (cuts) => {
        const pieces = scanInPieces(bytes, cuts);
        expect(decode(pieces.skeleton)).toBe(decode(whole.skeleton));
        expect(pieces.spans).toEqual(whole.spans);
      }),
      { numRuns: 300 }
    );
    expect(whole.spans.map((s) => s && decode(bytes.subarray(s.start, s.end)))).toEqual(['QUJDREVG', '', 'R0hJ']);
  });

  it('finds what JSON.parse finds, whatever the values it passes over hold (brackets and quotes in strings, deep nesting), in any pieces', () => {
    const base64 = fc.stringMatching(/^[A-Za-z0-9+/]{0,12}={0,2}$/);
    const attachment = fc.record({ id: fc.string(), caption: fc.jsonValue(), data: base64 });
    const files = fc.record({
      format: fc.constant('tessera-assessment'),
      assessments: fc.array(fc.jsonValue()),
      app: fc.jsonValue(),
      attachments: fc.array(attachment, { maxLength: 4 }),
      snapshots: fc.array(fc.jsonValue(), { maxLength: 3 })
    });
    fc.assert(
      fc.property(files, fc.constantFrom(undefined, 2, '\t'), fc.array(fc.nat(4000), { maxLength: 6 }), (value, indent, cuts) => {
        const text = JSON.stringify(value, null, indent);
        const bytes = encode(text);
        const scanned = scanInPieces(bytes, cuts);
        const whole = JSON.parse(text) as typeof value;
        expect(scanned.spans.map((span) => span && decode(bytes.subarray(span.start, span.end)))).toEqual(whole.attachments.map((a) => a.data));
        expect(JSON.parse(decode(scanned.skeleton))).toEqual({ ...whole, attachments: whole.attachments.map((a) => ({ ...a, data: '' })) });
      }),
      { numRuns: 300 }
    );
  });

  it('cuts nothing from a file cut off inside a data string, so the parser finds it damaged', () => {
    const { skeleton, cuts } = scanText('{"attachments":[{"data":"QUJDRE');
    expect(cuts).toEqual([]);
    expect(() => JSON.parse(skeleton)).toThrow();
  });

  it('leaves the data of attachments past the limit in the file, for the parser to refuse the list', () => {
    const items = Array.from({ length: limits.attachments + 2 }, () => '{"data":"QQ=="}').join(',');
    const { skeleton, cuts } = scanText(`{"attachments":[${items}]}`);
    expect(cuts).toHaveLength(limits.attachments);
    expect(skeleton.match(/QQ==/g)).toHaveLength(2);
  });

  it('never throws on text that is not JSON', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => scanText(text)).not.toThrow();
      })
    );
    expect(scanText('}}]]"attachments":[{"data":"x"').cuts).toEqual([]);
  });
});
