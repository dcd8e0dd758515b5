import { t } from '$lib/i18n/i18n.svelte';
import { formatBytes } from '$lib/i18n/format';
import { kindOf } from '$lib/domain/evidence/file-types';
import type { Assessment } from '$lib/domain/assessment/types';
import type { Attachment } from '$lib/domain/evidence/types';
import type { RuleId } from '$lib/domain/methodology/types';
import { safeFileName } from '$lib/domain/report/action-plan-table';
import type { OutgoingFile } from '$lib/state/save-file';
import { chartPng, photoForDocument, type DocImage } from './images';
import { reportDocx } from './report-document';

export interface ReportDocxRequest {
  assessment: Assessment;
  files: readonly Attachment[];
  showPeople: boolean;
  day: string;
  /** The score chart as drawn on the page, made into the document's image. */
  chart: SVGSVGElement | null;
}

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The report as an editable Word file, named after the service and the day. Loaded only when the
 * user asks for it (this module pulls in the docx library, ~100 kB gzip).
 */
export async function makeReportDocx(request: ReportDocxRequest): Promise<OutgoingFile<Blob>> {
  const photos = new Map<RuleId, { image: DocImage; caption: string }[]>();
  const documents = new Map<RuleId, string[]>();
  for (const file of request.files) {
    const image = kindOf(file.type) === 'image' ? await photoForDocument(file.blob) : null;
    if (image) photos.set(file.ruleId, [...(photos.get(file.ruleId) ?? []), { image, caption: file.caption || file.name }]);
    else {
      const line = t('results:report.fileLine', { name: file.caption ? `${file.caption} (${file.name})` : file.name, size: formatBytes(file.size) });
      documents.set(file.ruleId, [...(documents.get(file.ruleId) ?? []), line]);
    }
  }
  const chart = request.chart ? await chartPng(request.chart).catch(() => null) : null;
  const blob = await reportDocx({ assessment: request.assessment, photos, documents, chart, showPeople: request.showPeople, day: request.day });
  const name = t('results:report.docx.fileName', { service: safeFileName(request.assessment.serviceName), date: request.day });
  return { name, text: blob, type: docxType };
}
