import { resolve } from '$app/paths';
import { assessmentQuery, compareQuery, type AssessmentPage } from '$lib/domain/assessment/assessment-link';

/** The address of one assessment's page: the only way links to an assessment are built. */
export function assessmentHref(page: AssessmentPage, id: string, extra?: Readonly<Record<string, string>>, hash?: string): string {
  return `${resolve(page)}${assessmentQuery(id, extra, hash)}`;
}

/** The address of the compare page with these assessments chosen. */
export function compareHref(a: string, b?: string): string {
  return `${resolve('/compare')}${compareQuery(a, b)}`;
}
