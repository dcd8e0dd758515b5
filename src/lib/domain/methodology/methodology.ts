import type { FrameworkId, GoldenRule, Methodology, Stage, StageAction, StageId, UsefulMaterial } from './types';

/** Home pages of the frameworks the method cites; the phase each stage maps to is translated text. */
export const frameworkUrls: Record<FrameworkId, string> = {
  mosaico: 'https://mosaico.gov.pt/',
  itil: 'https://itil.org.uk/',
  yasm: 'https://yasm.com/',
  betagouv: 'https://beta.gouv.fr/',
  fitsm: 'https://fitsm.eu/',
  dsfr: 'https://www.systeme-de-design.gouv.fr/',
  demarches: 'https://www.demarches-simplifiees.fr/'
};

interface StageShape {
  id: StageId;
  /** How many evaluation questions each golden rule has, in rule order. */
  questionsPerRule: number[];
  actions: number;
  material: FrameworkId[];
}

const shapes: StageShape[] = [
  {
    id: 'strategy',
    questionsPerRule: [3, 2, 2, 3, 2, 3, 3],
    actions: 6,
    material: ['mosaico', 'itil', 'yasm', 'betagouv', 'fitsm']
  },
  {
    id: 'design',
    questionsPerRule: [3, 2, 3, 2, 2, 3, 3],
    actions: 6,
    material: ['mosaico', 'itil', 'yasm', 'betagouv', 'fitsm']
  },
  {
    id: 'implementation',
    questionsPerRule: [2, 2, 2, 3, 2, 3, 3],
    actions: 4,
    material: ['mosaico', 'dsfr', 'demarches', 'itil', 'yasm', 'betagouv', 'fitsm']
  },
  {
    id: 'operation',
    questionsPerRule: [3, 2, 2, 3, 3],
    actions: 5,
    material: ['mosaico', 'itil', 'yasm', 'betagouv', 'fitsm']
  }
];

function buildStage(shape: StageShape, index: number): Stage {
  const rules: GoldenRule[] = shape.questionsPerRule.map((count, r) => {
    const id = `${shape.id}.rule.${r + 1}` as const;
    return {
      id,
      stage: shape.id,
      number: r + 1,
      questions: Array.from({ length: count }, (_, q) => `${id}.q.${q + 1}` as const)
    };
  });
  const actions: StageAction[] = Array.from({ length: shape.actions }, (_, a) => ({
    id: `${shape.id}.action.${a + 1}` as const,
    stage: shape.id,
    number: a + 1
  }));
  const material: UsefulMaterial[] = shape.material.map((framework, m) => ({
    id: `${shape.id}.material.${m + 1}` as const,
    framework,
    url: frameworkUrls[framework]
  }));
  return { id: shape.id, number: index + 1, rules, actions, material };
}

/** The method as Tessera assesses it: ids and structure only, the words live in locales. */
export const methodology: Methodology = {
  version: '2024-11.1',
  stages: shapes.map(buildStage)
};

export const stageIds: StageId[] = methodology.stages.map((s) => s.id);

/** Every golden rule of the method, in stage order. */
export const allRules: GoldenRule[] = methodology.stages.flatMap((s) => s.rules);

/** Every action of the method, in stage order. */
export const allActions: StageAction[] = methodology.stages.flatMap((s) => s.actions);

/** The stage with this id, or undefined for an unknown id. */
export function findStage(id: string): Stage | undefined {
  return methodology.stages.find((s) => s.id === id);
}

/** The rule with this id, or undefined. */
export function findRule(id: string): GoldenRule | undefined {
  return allRules.find((r) => r.id === id);
}
