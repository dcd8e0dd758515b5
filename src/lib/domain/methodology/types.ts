/** A stage of the method, in the order a service goes through them. */
export type StageId = 'strategy' | 'design' | 'implementation' | 'operation';

/** Stable ids: they are stored in assessments and exported files, so they never change meaning. */
export type RuleId = `${StageId}.rule.${number}`;
export type ActionId = `${StageId}.action.${number}`;
export type QuestionId = `${RuleId}.q.${number}`;
export type MaterialId = `${StageId}.material.${number}`;

/** The frameworks the method points to as useful material. */
export type FrameworkId = 'mosaico' | 'itil' | 'yasm' | 'betagouv' | 'fitsm' | 'dsfr' | 'demarches';

export interface GoldenRule {
  id: RuleId;
  stage: StageId;
  /** 1-based number within the stage, as the source numbers it. */
  number: number;
  questions: QuestionId[];
}

export interface StageAction {
  id: ActionId;
  stage: StageId;
  number: number;
}

export interface UsefulMaterial {
  id: MaterialId;
  framework: FrameworkId;
  url: string;
}

export interface Stage {
  id: StageId;
  number: number;
  rules: GoldenRule[];
  actions: StageAction[];
  material: UsefulMaterial[];
}

export interface Methodology {
  /** Changes whenever a rule, action or question is added, removed or changes meaning. */
  version: string;
  stages: Stage[];
}
