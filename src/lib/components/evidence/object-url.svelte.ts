import { untrack } from 'svelte';

/**
 * A blob: URL for a Blob while the component lives, revoked when it goes or the Blob changes.
 * Live queries hand back new Blob objects for unchanged rows on every change, so the URL is
 * renewed only when `key` changes (say, the attachment's id and hash), not on each emission.
 */
export function useObjectUrl(blob: () => Blob | null | undefined, key: () => string): { readonly url: string | undefined } {
  let url = $state<string | undefined>(undefined);
  $effect(() => {
    key();
    const current = untrack(blob);
    if (!current) {
      url = undefined;
      return;
    }
    const made = URL.createObjectURL(current);
    url = made;
    return () => URL.revokeObjectURL(made);
  });
  return {
    get url() {
      return url;
    }
  };
}
