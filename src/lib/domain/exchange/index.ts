// The exchange format's public surface: what the import/export UI and storage may use.
export {
  APP_NAME,
  CURRENT_FORMAT_VERSION,
  FORMAT_TAG,
  type ExportedAttachment,
  type ExportEnvelope,
  type ExportEnvelopeV1,
  type ExportEnvelopeV2
} from './envelope';
export { decodeAttachment, decodeAttachments, type IncomingAttachment } from './decode-attachments';
export {
  describeErrorPath,
  exchangeErrorCodes,
  exchangeErrorDetails,
  MAX_ERRORS,
  type ErrorPath,
  type ErrorPathPart,
  type ExchangeError,
  type ExchangeErrorCode,
  type ExchangeErrorDetail
} from './errors';
export { isSafeEvidenceUrl } from './evidence-url';
export { exportFileName, slugify, type FileNameWords } from './file-name';
export { applyChoice, planImport, type ImportChoice, type ImportPlanItem, type ImportStatus } from './import-plan';
export {
  attachmentFate,
  evidenceOutcome,
  evidenceToImport,
  resolveAttachment,
  resolveSnapshot,
  snapshotFate,
  type AttachmentFate,
  type EvidenceInFile,
  type EvidenceOutcome,
  type EvidenceRecords,
  type SnapshotFate,
  type StoredEvidence
} from './import-evidence';
export { checkFileSize, limits, MAX_FILE_BYTES } from './limits';
export { mergeAssessments } from '../sync/merge';
export { parseExport, type ParseResult } from './parse';
export { bytesSource, readExport, readExportFrom, READ_BYTES, type ExportSource, type ImportEnvelope, type ReadOptions, type ReadResult } from './read-export';
export { serializeExport, toJson, withoutPersonalData, type SerializeOptions } from './serialize';
export { toJsonParts, type AttachmentDataPart, type JsonPart } from './json-parts';
export type { ProgressListener, WorkProgress } from './progress';
