import type { ActionId, RuleId } from '../methodology/types';
import type { DetailField } from './registers';

/** What part of an assessment a register is, for showing a conflict to a person. */
export type FieldRef =
  | { kind: 'detail'; field: DetailField }
  | { kind: 'rating' | 'note' | 'target' | 'votes' | 'dissent'; ruleId: RuleId }
  | { kind: 'link' | 'step'; ruleId: RuleId; id: string }
  | { kind: 'action'; actionId: ActionId }
  | { kind: 'participant' | 'parking'; id: string }
  | { kind: 'tag'; tag: string };

/** The part of the assessment a register key names (see registers.ts for the keys). */
export function fieldOf(key: string): FieldRef {
  const rule = /^r:([^:]+):(rating|note|target|votes|dissent)$/.exec(key);
  if (rule) return { kind: rule[2] as 'rating', ruleId: rule[1] as RuleId };
  const item = /^r:([^:]+):(link|step):(.*)$/s.exec(key);
  if (item) return { kind: item[2] as 'link', ruleId: item[1] as RuleId, id: item[3] };
  const [prefix, ...rest] = key.split(':');
  const value = rest.join(':');
  switch (prefix) {
    case 'a':
      return { kind: 'action', actionId: value as ActionId };
    case 'p':
      return { kind: 'participant', id: value };
    case 'pl':
      return { kind: 'parking', id: value };
    case 't':
      return { kind: 'tag', tag: value };
    default:
      return { kind: 'detail', field: value as DetailField };
  }
}
