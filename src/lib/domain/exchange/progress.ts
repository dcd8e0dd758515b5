/** How far a long export or import has got: photos and files done of all, and their bytes. */
export interface WorkProgress {
  /** Reading the file (bytes of the file), checking its photos, or writing an export. */
  step: 'reading' | 'checking' | 'writing';
  done: number;
  total: number;
  bytes: number;
  totalBytes: number;
}

/** Told of each step of a long export or import. */
export type ProgressListener = (progress: WorkProgress) => void;
