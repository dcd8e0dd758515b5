import type { Assessment } from '$lib/domain/assessment/types';
import {
  checkFileSize,
  evidenceOutcome,
  planImport,
  readExportFrom,
  type EvidenceInFile,
  type EvidenceOutcome,
  type EvidenceRecords,
  type StoredEvidence,
  type ExchangeError,
  type ImportChoice,
  type ImportEnvelope,
  type ImportPlanItem,
  type WorkProgress
} from '$lib/domain/exchange';
import { assessments } from '$lib/storage/assessments-repository';
import { exchanged } from '$lib/storage/exchanged-repository';
import type { KnownVersions } from '$lib/domain/sync/conflicts';
import { describeStorageError, type StorageErrorCode } from '$lib/storage/errors';
import { applyImport, ChangedSinceImportError, evidenceStoredUnder, undoImport, type ImportCounts, type ImportUndo } from '$lib/storage/import-repository';
import { newId, nowIso } from './clock';

/** An incoming assessment in the preview, with the user's choice when it is already stored. */
export interface PreviewItem extends ImportPlanItem {
  choice: ImportChoice;
  /** What the choice does with its photos, files and snapshots; null when the file has none for it. */
  evidence: EvidenceOutcome | null;
}

/** What the preview needs to say what becomes of each photo, file and snapshot. */
interface EvidenceContext {
  inFile: Map<string, EvidenceInFile>;
  stored: StoredEvidence;
}

/** Where the import of one file stands. */
export type ImportPhase =
  | { kind: 'idle' }
  | {
      kind: 'reading';
      fileName: string;
      /** How much of the file was read, then how many of its photos and files were checked; null before the first piece. */
      progress: WorkProgress | null;
    }
  | { kind: 'unreadable'; fileName: string }
  | { kind: 'refused'; fileName: string; errors: ExchangeError[] }
  | {
      kind: 'preview';
      fileName: string;
      envelope: ImportEnvelope;
      items: PreviewItem[];
      evidence: EvidenceContext;
      busy: boolean;
      failure: StorageErrorCode | null;
      /** Fields of a later format revision that this version does not know and will not keep. */
      unknownFields: string[];
    }
  | {
      kind: 'done';
      fileName: string;
      counts: ImportCounts;
      written: Assessment[];
      undo: ImportUndo | null;
      undoFailure: 'changed' | StorageErrorCode | null;
      /** Merged assessments with conflicts to review: id, name and how many. */
      conflicted: { id: string; name: string; count: number }[];
    }
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
  for (const a of envelope.attachments) entry(a.assessmentId).attachments.push({ ...a, thumbnail: null });
  for (const snapshot of envelope.snapshots) entry(snapshot.assessmentId).snapshots.push(snapshot);
  return byId;
}

/** The photos, files and snapshots of each assessment in a read file, by assessment id, without copying their bytes. */
function evidenceInFile(envelope: ImportEnvelope): Map<string, EvidenceInFile> {
  const byId = new Map<string, { attachments: EvidenceInFile['attachments'][number][]; snapshots: EvidenceInFile['snapshots'][number][] }>();
  const entry = (id: string) => byId.get(id) ?? byId.set(id, { attachments: [], snapshots: [] }).get(id)!;
  for (const a of envelope.attachments) entry(a.assessmentId).attachments.push(a);
  for (const s of envelope.snapshots) entry(s.assessmentId).snapshots.push(s);
  return byId;
}

/** The item with this choice, and what the choice does with its photos, files and snapshots. */
function withChoice(item: ImportPlanItem, choice: ImportChoice, evidence: EvidenceContext): PreviewItem {
  const records = evidence.inFile.get(item.assessment.id);
  // An assessment not stored here is merged (see confirm), whatever the choice says.
  const outcome = records ? evidenceOutcome(records, item.existing ? choice : 'merge', evidence.stored) : null;
  return { ...item, choice, evidence: outcome };
}

/** Merge never loses an answer, so it is the default wherever two versions differ. */
export function defaultChoice(item: ImportPlanItem): ImportChoice {
  return item.status === 'same' ? 'skip' : 'merge';
}

/** What the import flow needs of a File: its name, its size, and its bytes a piece at a time. */
export interface IncomingFile {
  name: string;
  size: number;
  slice(start?: number, end?: number): Pick<Blob, 'arrayBuffer'>;
}

/**
 * The import of one file, step by step: size check before reading, parse and validate, a preview
 * with a choice per stored assessment, then one all-or-nothing write that can be undone once.
 * Nothing is written before `confirm`.
 */
export class ImportSession {
  #phase = $state.raw<ImportPhase>({ kind: 'idle' });
  #attempt = 0;
  /** Stops the reading of the file being opened (Cancel). */
  #reading: AbortController | null = null;
  /** True while an import or its undo is being written: no other file may start meanwhile. */
  #writing = $state(false);

  /** The current step and what it shows. */
  get phase(): ImportPhase {
    return this.#phase;
  }

  /** True while an import or its undo is being written; a file opened meanwhile is refused. */
  get writing(): boolean {
    return this.#writing;
  }

  /**
   * Reads a file the user picked, dropped or opened with Tessera, and shows what it holds.
   * Refused (resolves to false) while an import or undo is written: the file handler can open
   * a file even when the picker is disabled, and its result would be taken for the write's.
   */
  async open(file: IncomingFile): Promise<boolean> {
    if (this.#writing) return false;
    const attempt = ++this.#attempt;
    const fileName = file.name;
    const tooLarge = checkFileSize(file.size);
    if (tooLarge) {
      this.#phase = { kind: 'refused', fileName, errors: [tooLarge] };
      return true;
    }
    this.#reading?.abort();
    const reading = (this.#reading = new AbortController());
    this.#phase = { kind: 'reading', fileName, progress: null };
    const onProgress = (progress: WorkProgress) => {
      if (attempt === this.#attempt) this.#phase = { kind: 'reading', fileName, progress };
    };
    const source = { size: file.size, read: async (start: number, end: number) => new Uint8Array(await file.slice(start, end).arrayBuffer()) };
    let parsed: Awaited<ReturnType<typeof readExportFrom>>;
    try {
      // The file is read a piece at a time; each attachment is decoded and its hash checked here,
      // one at a time, before anything is written.
      parsed = await readExportFrom(source, { onProgress, signal: reading.signal });
    } catch {
      // Cancelled (the phase already says so), or the file could not be read.
      if (attempt === this.#attempt) this.#phase = { kind: 'unreadable', fileName };
      return true;
    } finally {
      if (this.#reading === reading) this.#reading = null;
    }
    if (!parsed.ok) {
      if (attempt === this.#attempt) this.#phase = { kind: 'refused', fileName, errors: parsed.errors };
      return true;
    }
    let stored: Assessment[];
    let known: Map<string, KnownVersions>;
    let storedUnder: StoredEvidence;
    try {
      // Only the stored versions of what the file holds: the rest of the device is not read.
      stored = await assessments.getMany(parsed.envelope.assessments.map((a) => a.id));
      known = stored.length > 0 ? await exchanged.knownFor(stored.map((a) => a.id)) : new Map();
      storedUnder = await evidenceStoredUnder(
        parsed.envelope.attachments.map((a) => a.id),
        parsed.envelope.snapshots.map((s) => s.id)
      );
    } catch (err) {
      if (attempt === this.#attempt) this.#phase = { kind: 'failed', fileName, failure: describeStorageError(err) };
      return true;
    }
    if (attempt !== this.#attempt) return true;
    const evidence = { inFile: evidenceInFile(parsed.envelope), stored: storedUnder };
    const items = planImport(parsed.envelope.assessments, stored, (id) => known.get(id) ?? new Set()).map((item) =>
      withChoice(item, defaultChoice(item), evidence)
    );
    const unknownFields = parsed.unknownFields ?? [];
    this.#phase = { kind: 'preview', fileName, envelope: parsed.envelope, items, evidence, busy: false, failure: null, unknownFields };
    return true;
  }

  /** Changes what to do with the incoming assessment at `index` (only one that is stored already). */
  choose(index: number, choice: ImportChoice): void {
    const phase = this.#phase;
    if (phase.kind !== 'preview' || !phase.items[index]?.existing) return;
    this.#phase = { ...phase, items: phase.items.map((item, i) => (i === index ? withChoice(item, choice, phase.evidence) : item)) };
  }

  /** Sets the same choice for every incoming assessment that is stored already. */
  chooseForAll(choice: ImportChoice): void {
    const phase = this.#phase;
    if (phase.kind !== 'preview') return;
    this.#phase = { ...phase, items: phase.items.map((item) => (item.existing ? withChoice(item, choice, phase.evidence) : item)) };
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
    this.#writing = true;
    try {
      const { counts, undo, conflicted } = await applyImport(decisions, nowIso(), undefined, phase.fileName);
      if (attempt !== this.#attempt) return;
      const nothing = undo.written.length === 0;
      const names = new Map(undo.written.map((a) => [a.id, a.serviceName]));
      this.#phase = {
        kind: 'done',
        fileName: phase.fileName,
        counts,
        written: undo.written,
        undo: nothing ? null : undo,
        undoFailure: null,
        conflicted: conflicted.map((c) => ({ id: c.assessmentId, name: names.get(c.assessmentId) ?? '', count: c.count }))
      };
    } catch (err) {
      console.error(err);
      if (attempt === this.#attempt) this.#phase = { ...phase, busy: false, failure: describeStorageError(err) };
    } finally {
      this.#writing = false;
    }
  }

  /** Takes the last import back, once. */
  async undo(): Promise<void> {
    const phase = this.#phase;
    if (phase.kind !== 'done' || !phase.undo) return;
    const undo = phase.undo;
    this.#phase = { ...phase, undo: null };
    this.#writing = true;
    try {
      await undoImport(undo);
      this.#phase = { kind: 'undone', fileName: phase.fileName };
    } catch (err) {
      const failure = err instanceof ChangedSinceImportError ? 'changed' : describeStorageError(err);
      // A storage failure left everything as it was, so undo may be tried again.
      this.#phase = { ...phase, undo: failure === 'changed' ? null : undo, undoFailure: failure };
    } finally {
      this.#writing = false;
    }
  }

  /** Drops the file (stopping its reading) and its preview without writing anything. */
  cancel(): void {
    const phase = this.#phase;
    this.#attempt++;
    this.#reading?.abort();
    this.#phase = phase.kind === 'idle' ? phase : { kind: 'cancelled', fileName: phase.fileName };
  }
}
