import type { Assessment } from '$lib/domain/assessment/types';
import { portfolioFacets, portfolioRows, type PortfolioRow } from '$lib/domain/report/portfolio';
import { assessments } from '$lib/storage/assessments-repository';
import { CouchClient } from '$lib/storage/team/couch-client';
import { restoreFromTeam, watchDeletedInTeam, type DeletedInTeam } from '$lib/storage/team/team-restore';
import { nowIso } from './clock';
import { LiveQuery } from './live.svelte';
import { teamSync } from './team-sync.svelte';

/**
 * The Team page: the portfolio of every assessment in the team (all of which a synced device
 * holds, so it works offline too), filtered by tag and organisation, and the assessments deleted
 * in the team that can still be restored.
 */
export class TeamPortfolio {
  readonly #list = new LiveQuery<Assessment[]>(() => assessments.watchList());
  readonly #deleted = new LiveQuery<DeletedInTeam[]>(() => watchDeletedInTeam(nowIso));
  tag = $state('');
  organisation = $state('');

  /** True once the assessments were read. */
  get loaded(): boolean {
    return this.#list.loaded;
  }
  /** The rows the filters let through. */
  readonly rows: PortfolioRow[] = $derived(portfolioRows(this.#list.value ?? [], { tag: this.tag, organisation: this.organisation }));
  /** The tags and organisations to filter by. */
  readonly facets = $derived(portfolioFacets(this.#list.value ?? []));
  /** Deleted in the team, restorable for 30 days after the deletion. */
  get deleted(): DeletedInTeam[] {
    return this.#deleted.value ?? [];
  }

  /** Restores a deleted assessment from the team database, then syncs; throws a TeamServerError when that fails. */
  async restore(assessmentId: string): Promise<void> {
    const settings = teamSync.settings;
    if (!settings) return;
    await restoreFromTeam(new CouchClient(settings.url), assessmentId, nowIso());
    await teamSync.syncNow();
  }
}
