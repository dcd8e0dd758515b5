import { error } from '@sveltejs/kit';
import { findStage, stageIds } from '$lib/domain/methodology/methodology';
import type { EntryGenerator, PageLoad } from './$types';

/** The four stage pages are prerendered, so the guide works offline without any assessment. */
export const entries: EntryGenerator = () => stageIds.map((stage) => ({ stage }));

export const load: PageLoad = ({ params }) => {
  const stage = findStage(params.stage);
  if (!stage) error(404, 'Unknown stage');
  return { stage };
};
