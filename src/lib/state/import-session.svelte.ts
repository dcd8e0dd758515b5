import type { Assessment } from '$lib/domain/assessment/types';
import {
  checkFileSize,
  planImport,
  readExport,
  type EvidenceRecords,
  type ExchangeError,
  type ImportChoice,
  type ImportEnvelope,
  type ImportPlanItem
} from '$lib/domain/exchange';
import { assessments } from '$lib/storage/assessments-repository';
import { describeStorageError, type StorageErrorCode } from '$lib/storage/errors';
import {
  applyImport,
  ChangedSinceImportError,
  undoImport,
  type ImportCounts,
  type ImportUndo
} from '$lib/storage/import-repository';
import { newId, nowIso } from './clock';

/** An incoming assessment in the preview, with the user's choice when it is already stored. */
export interface PreviewItem extends ImportPlanItem {
  choice: ImportChoice;
}

/** Where the import of one file stands. */
export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'unreadable'; fileName: string }
  | { kind: 'refused'; fileName: string; errors: ExchangeError[] }
  | { kind: 'preview'; fileName: string; envelope: ImportEnvelope; items: PreviewItem[]; busy: boolean; failure: StorageErrorCode | null }
  | { kind: 'done'; fileName: string; counts: ImportCounts; written: Assessment[]; undo: ImportUndo | null; undoFailure: 'changed' | StorageErrorCode | null }
  | { kind: 'undone'; fileName: string }
  | { kind: 'cancelled'; fileName: string }
  | { kind: 'failed'; fileName: string; failure: StorageErrorCode };

/**
 * The photos, files and snapshots of each assessment in a read file, as records to store, by
 * assessment id: one pass over each list, however many assessments the file holds.
 */
export function evidenceByAssessment(envelope: ImportEnvelope): Map<string, EvidenceRecords> {
  const byId = new Map<string, EvidenceRecords>();
  const entry = (id: string) => {
    let records = byId.get(id);
    if (!records) byId.set(id, (records = { attachments: [], snapshots: [] }));
    return records;
  };
  for (const { bytes, ...meta } of envelope.attachments) {
    entry(meta.assessmentId).attachments.push({ ...meta, blob: new Blob([bytes], { type: meta.type }), thumbnail: null });
  }
  for (const snapshot of envelope.snapshots) entry(snapshot.assessmentId).snapshots.push(snapshot);
  return byId;
}

/** Merge never loses an answer, so it is the default wherever two versions differ. */
export function defaultChoice(item: ImportPlanItem): ImportChoice {
  return item.status === 'same' ? 'skip' : 'merge';
}

/** The size of a file, or of the text it holds; what the import flow needs of a File. */
export interface IncomingFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

/**
 * The import of one file, step by step: size check before reading, parse and validate, a preview
 * with a choice per stored assessment, then one all-or-nothing write that can be undone once.
 * Nothing is written before `confirm`.
 */
export class ImportSession {
  #phase = $state.raw<ImportPhase>({ kind: 'idle' });
  #attempt = 0;

  /** The current step and what it shows. */
  get phase(): ImportPhase {
    return this.#phase;
  }

  /** Reads a file the user picked, dropped or opened with Tessera, and shows what it holds. */
  async open(file: IncomingFile): Promise<void> {
    const attempt = ++this.#attempt;
    const fileName = file.name;
    const tooLarge = checkFileSize(file.size);
    if (tooLarge) {
      this.#phase = { kind: 'refused', fileName, errors: [tooLarge] };
      return;
    }
    this.#phase = { kind: 'reading', fileName };
    let text: string;
    try {
      text = await file.text();
    } catch {
      if (attempt === this.#attempt) this.#phase = { kind: 'unreadable', fileName };
      return;
    }
    // Attachments are decoded and their hashes checked here, before anything is written.
    const parsed = await readExport(text);
    if (!parsed.ok) {
      if (attempt === this.#attempt) this.#phase = { kind: 'refused', fileName, errors: parsed.errors };
      return;
    }
    let stored: Assessment[];
    try {
      // Only the stored versions of what the file holds: the rest of the device is not read.
      stored = await assessments.getMany(parsed.envelope.assessments.map((a) => a.id));
    } catch (err) {
      if (attempt === this.#attempt) this.#phase = { kind: 'failed', fileName, failure: describeStorageError(err) };
      return;
    }
    if (attempt !== this.#attempt) return;
    const items = planImport(parsed.envelope.assessments, stored).map((item) => ({ ...item, choice: defaultChoice(item) }));
    this.#phase = { kind: 'preview', fileName, envelope: parsed.envelope, items, busy: false, failure: null };
  }

  /** Changes what to do with the incoming assessment at `index` (only one that is stored already). */
  choose(index: number, choice: ImportChoice): void {
    const phase = this.#phase;
    if (phase.kind !== 'preview' || !phase.items[index]?.existing) return;
    this.#phase = { ...phase, items: phase.items.map((item, i) => (i === index ? { ...item, choice } : item)) };
  }

  /** Sets the same choice for every incoming assessment that is stored already. */
  chooseForAll(choice: ImportChoice): void {
    const phase = this.#phase;
    if (phase.kind !== 'preview') return;
    this.#phase = { ...phase, items: phase.items.map((item) => (item.existing ? { ...item, choice } : item)) };
  }

  /** Writes the import as chosen, all or nothing. */
  async confirm(): Promise<void> {
    const phase = this.#phase;
    if (phase.kind !== 'preview' || phase.busy) return;
    const attempt = ++this.#attempt;
    this.#phase = { ...phase, busy: true, failure: null };
    // An assessment that was new at preview time is merged, so one stored meanwhile loses nothing.
    const evidence = evidenceByAssessment(phase.envelope);
    const decisions = phase.items.map((item) => ({
      incoming: item.assessment,
      choice: item.existing ? item.choice : 'merge',
      copyId: newId(),
      evidence: evidence.get(item.assessment.id) ?? { attachments: [], snapshots: [] }
    }));
    try {
      const { counts, undo } = await applyImport(decisions, nowIso());
      if (attempt !== this.#attempt) return;
      const nothing = undo.written.length === 0;
      this.#phase = { kind: 'done', fileName: phase.fileName, counts, written: undo.written, undo: nothing ? null : undo, undoFailure: null };
    } catch (err) {
      console.error(err);
      if (attempt === this.#attempt) this.#phase = { ...phase, busy: false, failure: describeStorageError(err) };
    }
  }

  /** Takes the last import back, once. */
  async undo(): Promise<void> {
    const phase = this.#phase;
    if (phase.kind !== 'done' || !phase.undo) return;
    const undo = phase.undo;
    this.#phase = { ...phase, undo: null };
    try {
      await undoImport(undo);
      this.#phase = { kind: 'undone', fileName: phase.fileName };
    } catch (err) {
      const failure = err instanceof ChangedSinceImportError ? 'changed' : describeStorageError(err);
      // A storage failure left everything as it was, so undo may be tried again.
      this.#phase = { ...phase, undo: failure === 'changed' ? null : undo, undoFailure: failure };
    }
  }

  /** Drops the file and its preview without writing anything. */
  cancel(): void {
    const phase = this.#phase;
    this.#attempt++;
    this.#phase = phase.kind === 'idle' ? phase : { kind: 'cancelled', fileName: phase.fileName };
  }
}
