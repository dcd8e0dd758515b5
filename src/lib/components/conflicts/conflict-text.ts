import { t, tDynamic } from '$lib/i18n/i18n.svelte';
import { formatDate, formatDateTime } from '$lib/i18n/format';
import type { FieldRef } from '$lib/domain/sync/field-of';
import type { FieldVersion } from '$lib/domain/sync/conflicts';
import type { DetailField } from '$lib/domain/sync/registers';
import { ruleLabel } from '$lib/components/results/rule-ref';
import { ratingLevels } from '$lib/domain/assessment/types';

/*
 * A conflict's two versions as a person reads them: the field in the current language, and each
 * value as it shows on the screen where it is edited (a rating's name, a date in local form…).
 */

const detailLabels: Record<DetailField, () => string> = {
  serviceName: () => t('details.serviceName'),
  organisation: () => t('details.organisation'),
  description: () => t('details.description'),
  facilitator: () => t('details.facilitator'),
  workshopDate: () => t('details.workshopDate'),
  closedAt: () => t('exchange:conflicts.field.closedAt'),
  methodologyVersion: () => t('exchange:conflicts.field.methodologyVersion')
};

/** The name of the field a conflict is about, e.g. "Rating of golden rule 1.2 Objective defined". */
export function fieldLabel(ref: FieldRef): string {
  switch (ref.kind) {
    case 'detail':
      return detailLabels[ref.field]?.() ?? ref.field;
    case 'action':
      return t('exchange:conflicts.field.action', { action: tDynamic(`methodology:${ref.actionId}`) });
    case 'tag':
      return t('exchange:conflicts.field.tag', { tag: ref.tag });
    case 'participant':
    case 'parking':
      return t(`exchange:conflicts.field.${ref.kind}`);
    default:
      return t(`exchange:conflicts.field.${ref.kind}`, { rule: ruleLabel(ref.ruleId) });
  }
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : t('exchange:conflicts.empty'));
const level = (value: unknown) => (typeof value === 'string' ? tDynamic(`rating.${value}`) : t('exchange:conflicts.empty'));
const day = (value: unknown) => (typeof value === 'string' && value ? formatDate(value) : '');

/** One version's value as lines of text, as the screen that edits the field would show it. */
export function valueLines(ref: FieldRef, version: FieldVersion): string[] {
  if (version.deleted) return [t('exchange:conflicts.deleted')];
  const v = version.value;
  const parts = Array.isArray(v) ? (v as unknown[]) : [];
  switch (ref.kind) {
    case 'rating':
      return [parts[0] === 'not-applicable' && parts[1] ? t('exchange:conflicts.naBecause', { reason: parts[1] as string }) : level(parts[0])];
    case 'target':
      return [parts[1] ? t('exchange:conflicts.targetBy', { level: level(parts[0]), date: day(parts[1]) }) : level(parts[0])];
    case 'dissent':
      return [text(v)];
    case 'votes':
      return [ratingLevels.map((l, i) => `${tDynamic(`rating.${l}`)}: ${String(parts[i] ?? 0)}`).join(' · ')];
    case 'step': {
      const [stepText, owner, due, status] = parts as string[];
      return [text(stepText), [owner, day(due), tDynamic(`nextSteps.statuses.${status}`)].filter(Boolean).join(' · ')];
    }
    case 'link':
      return [text(parts[1]), String(parts[0] ?? '')];
    case 'participant':
      return [[parts[0], parts[1]].filter(Boolean).join(' · ') || t('exchange:conflicts.empty')];
    case 'parking':
      return [text(parts[0]), parts[2] ? t('exchange:conflicts.resolved') : t('exchange:conflicts.open')];
    case 'action':
      return [v ? t('exchange:conflicts.done') : t('exchange:conflicts.notDone')];
    case 'tag':
      return [t('exchange:conflicts.present')];
    case 'detail':
      if (ref.field === 'closedAt')
        return [typeof v === 'string' ? t('exchange:conflicts.closed', { date: formatDate(v) }) : t('exchange:conflicts.notClosed')];
      if (ref.field === 'workshopDate') return [day(v) || t('exchange:conflicts.empty')];
      return [text(v)];
    default:
      return [text(v)];
  }
}

/** Where and when a version was made: on this device, or in the file it came from. */
export function originLine(version: FieldVersion, fromHere: boolean, file: string): string {
  const date = formatDateTime(version.at);
  return fromHere ? t('exchange:conflicts.changedHere', { date }) : t('exchange:conflicts.changedIn', { file, date });
}
