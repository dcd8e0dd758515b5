import { version as buildName } from '$app/environment';
import { version } from '../../../package.json';

/** The release of Tessera this page runs, from package.json. */
export const appVersion: string = version;

/**
 * When this build was made: SvelteKit names each build by its timestamp (kit.version.name,
 * Date.now() by default), so two builds of one release still tell apart. Null when the name is not one.
 */
export const builtAt: string | null = /^\d{12,14}$/.test(buildName) ? new Date(Number(buildName)).toISOString() : null;
