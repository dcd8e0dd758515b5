/** The pages of one assessment; each reads the assessment's id from `?id=`. */
export type AssessmentPage =
  '/assessment' | '/assessment/stage' | '/assessment/results' | '/assessment/report' | '/assessment/history' | '/assessment/conflicts' | '/assessment/workshop';

/**
 * The query (and fragment) that opens one assessment's page, every value encoded: an imported id
 * such as `x&stage=design#` opens exactly that assessment, and `searchParams.get('id')` gives it back.
 */
export function assessmentQuery(id: string, extra: Readonly<Record<string, string>> = {}, hash = ''): string {
  const params = new URLSearchParams([['id', id], ...Object.entries(extra).filter(([key]) => key !== 'id')]);
  return `?${params}${hash ? `#${encodeURIComponent(hash)}` : ''}`;
}

/** The query of the compare page with one or two assessments chosen. */
export function compareQuery(a: string, b?: string): string {
  return `?${new URLSearchParams(b === undefined ? { a } : { a, b })}`;
}
