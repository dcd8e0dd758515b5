// Realistic assessments for the 1,000-assessment figures: 16 of 26 rules rated, a note and a
// next step per stage, Greek and Latin text; 1,000 of them make a file of about 6.5 MB (compact JSON).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const stages = { strategy: [7, 6], design: [7, 6], implementation: [7, 4], operation: [5, 5] };
const levels = ['not-started', 'partly', 'largely', 'fully'];
const at = (day) => new Date(Date.UTC(2026, 0, 1) + day * 3600_000).toISOString();
const uuid = (n) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The n-th generated assessment, in Tessera's stored (and exchange v1) shape. */
export function makeAssessment(n) {
  const responses = {};
  const actions = {};
  let k = 0;
  for (const [stage, [rules, acts]] of Object.entries(stages)) {
    // A workshop in progress: the first four rules of each stage are rated.
    for (let r = 1; r <= Math.min(rules, 4); r++) {
      k++;
      responses[`${stage}.rule.${r}`] = {
        rating: levels[(n + k) % 4],
        naReason: '',
        note: r === 1 ? `Σημείωση ${n}-${k}: χρειάζεται περισσότερη δουλειά.` : '',
        evidence: [],
        nextSteps:
          r === 1
            ? [{ id: uuid(n * 100 + k), text: `Next step ${k} for service ${n}`, owner: 'Μαρία', due: '2027-03-31', status: 'open', updatedAt: at(n) }]
            : [],
        target: null,
        targetDate: '',
        votes: { 'not-started': 0, partly: 0, largely: 0, fully: 0 },
        updatedAt: at(n)
      };
    }
    for (let a = 1; a <= acts; a++) actions[`${stage}.action.${a}`] = { done: (n + a) % 2 === 0, updatedAt: at(n) };
  }
  return {
    id: uuid(n),
    serviceName: `Υπηρεσία ${n}: έκδοση πιστοποιητικού`,
    organisation: `Δήμος ${n % 50}`,
    description: 'Generated for the benchmark.',
    facilitator: 'Facilitator',
    participants: [{ id: uuid(900000 + n), name: 'Νίκος', role: 'IT' }],
    workshopDate: '2026-11-23',
    methodologyVersion: '2024-11.1',
    tags: [],
    createdAt: at(n),
    updatedAt: at(n),
    closedAt: null,
    responses,
    actions,
    parkingLot: []
  };
}

/** A v1 export file holding `count` generated assessments, numbered from `first`. */
export function makeExportFile(count, methodologyVersion = '2024-11.1', first = 1) {
  return JSON.stringify({
    format: 'tessera-assessment',
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    app: { name: 'Tessera', version: 'bench' },
    methodologyVersion,
    assessments: Array.from({ length: count }, (_, i) => makeAssessment(first + i))
  });
}

/**
 * The list of 5,000 as files to import (five of 1,000, the most one file may hold), written to
 * `dir`; each path comes with the numbers it holds, for the log.
 */
export function writeFiveThousand(dir) {
  return Array.from({ length: 5 }, (_, k) => {
    const path = join(dir, `tessera-${k}.json`);
    writeFileSync(path, makeExportFile(1000, '2024-11.1', k * 1000 + 1));
    return { path, numbers: `${k * 1000 + 1}–${(k + 1) * 1000}` };
  });
}
