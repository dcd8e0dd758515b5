import { HeadingLevel, ImageRun, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import { t } from '$lib/i18n/i18n.svelte';
import { fit, type DocImage } from './images';

/*
 * Small builders over the docx library for what the report is made of: headings, paragraphs that
 * keep their line breaks, bullet lists and tables with a header row.
 */

const headingLevels = { 0: HeadingLevel.TITLE, 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A real heading (Word's Title, Heading 1–3): it appears in the navigation pane and a table of contents. */
export function heading(text: string, level: 0 | 1 | 2 | 3, pageBreakBefore = false): Paragraph {
  return new Paragraph({ heading: headingLevels[level], children: [new TextRun(text)], keepNext: true, pageBreakBefore });
}

/** Runs for a text whose line breaks stay line breaks. */
function lines(text: string, options: { bold?: boolean; size?: number; color?: string } = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...options }));
}

/** Paragraphs of a text: blank lines start a new paragraph, single line breaks stay in it. */
export function paragraphs(text: string, options: { bold?: boolean; size?: number; color?: string } = {}): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => new Paragraph({ children: lines(p, options), spacing: { after: 120 } }));
}

/** One paragraph of runs: a bold label and its value ("Rating: Largely"; "Niveau : …" in French). */
export function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: t('results:report.fieldLabel', { label }), bold: true }), ...lines(value)], spacing: { after: 80 } });
}

/** A bullet list, one item per text (or per set of runs). */
export function bullets(items: readonly (string | ParagraphChild[])[]): Paragraph[] {
  return items.map((item) => new Paragraph({ bullet: { level: 0 }, children: typeof item === 'string' ? lines(item) : item }));
}

/** A full-width table: a header row repeated on each page, then the rows; `bold` rows (totals) stand out. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], { boldLast = false } = {}): Table {
  const cell = (text: string, bold: boolean) => new TableCell({ children: [new Paragraph({ children: lines(text, { bold }) })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((row, i) => new TableRow({ cantSplit: true, children: row.map((c) => cell(c, boldLast && i === rows.length - 1)) }))
    ]
  });
}

/** An empty paragraph after a table, so the next heading does not touch it. */
export const gap = () => new Paragraph({ children: [] });

/** Text width of an A4 page with Word's default margins, in pixels at 96 dpi. */
export const textWidth = 600;

/** An image in the text, at most `maxWidth` wide, with its alternative text. */
export const image = (img: DocImage, maxWidth: number, alt: string) =>
  new ImageRun({ type: img.type, data: img.data, transformation: fit(img, maxWidth), altText: { title: alt, description: alt, name: alt } });
