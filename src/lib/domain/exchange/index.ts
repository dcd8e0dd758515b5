// The exchange format's public surface: what the import/export UI and storage may use.
export { APP_NAME, CURRENT_FORMAT_VERSION, FORMAT_TAG, type ExportEnvelope, type ExportEnvelopeV1 } from './envelope';
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
export { checkFileSize, limits, MAX_FILE_BYTES } from './limits';
export { mergeAssessments } from './merge';
export { parseExport, type ParseResult } from './parse';
export { serializeExport, toJson, withoutPersonalData, type SerializeOptions } from './serialize';
