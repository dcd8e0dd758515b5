import { changeLanguage } from '$lib/i18n/i18n.svelte';
import { isLanguage, pickLanguage, type Language } from '$lib/i18n/languages';

const LANGUAGE_KEY = 'tessera.language';

/**
 * The interface language. It is a device preference, not assessment data, so it lives in
 * localStorage (read synchronously at start, before the first render) and never touches IndexedDB.
 */
class Preferences {
  #started: Promise<void> | null = null;

  /** Applies the saved language, or on a first visit the browser's first supported one; once per page load. */
  start(): Promise<void> {
    // If the language's files cannot be loaded, the app carries on in English rather than fail.
    this.#started ??= changeLanguage(this.#initialLanguage()).catch(() => undefined);
    return this.#started;
  }

  /** Switches the language and remembers the choice on this device. */
  async setLanguage(lang: Language): Promise<void> {
    await changeLanguage(lang);
    try {
      localStorage.setItem(LANGUAGE_KEY, lang);
    } catch {
      // the choice still applies for this visit
    }
  }

  #initialLanguage(): Language {
    let saved: string | null = null;
    try {
      saved = localStorage.getItem(LANGUAGE_KEY);
    } catch {
      // storage blocked: fall through to the browser's languages
    }
    return isLanguage(saved) ? saved : pickLanguage(navigator.languages ?? [navigator.language]);
  }
}

export const preferences = new Preferences();
