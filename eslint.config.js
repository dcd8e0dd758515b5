import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The layers, as import rules. ESLint applies one `no-restricted-imports` per file (the last
 * matching block wins), so each layer lists everything it may not import, not only its own ban.
 */
const ban = (names, message) => ({ group: names, message });
const dexie = ban(['dexie', 'dexie/*'], 'Only src/lib/storage imports Dexie.');
const storage = ban(['$lib/storage', '$lib/storage/*', '**/lib/storage/*'], 'Screens reach data through src/lib/state, never storage.');
const domainBans = [
  dexie,
  ban(['$lib/storage', '$lib/storage/*', '**/storage/*'], 'The domain is pure: no storage.'),
  ban(['$lib/components', '$lib/components/*', '**/components/*', '*.svelte'], 'The domain is pure: no components.'),
  ban(['$lib/state', '$lib/state/*', '**/state/*'], 'The domain is pure: no state.'),
  ban(['$lib/i18n', '$lib/i18n/*', '**/i18n/*', 'i18next', 'i18next/*'], 'The domain is pure: no i18n (return codes, let screens translate).'),
  ban(['svelte', 'svelte/*', '$app/*', '@sveltejs/*'], 'The domain is pure: no framework.')
];
const layers = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default ts.config(
  { ignores: ['.svelte-kit/', 'build/', 'test-results/', 'playwright-report/', 'node_modules/', 'tests/bench/results/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } }
  },
  {
    rules: {
      // Unused names are errors, except the `_name` a signature needs but a body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Data from outside (files, IndexedDB) is `unknown` until validated; `any` is rare and deliberate.
      '@typescript-eslint/no-explicit-any': 'off',
      // {@html} would turn user-entered or imported text into markup and scripts.
      'svelte/no-at-html-tags': 'error',
      // Links are built by one helper (resolve() would not add the ?id= query the assessment pages need).
      'svelte/no-navigation-without-resolve': 'off',
      // Plain Map/Set in rune classes are deliberate: they are replaced whole, or are not shown.
      'svelte/prefer-svelte-reactivity': 'off',
      // svelte-check (with --fail-on-warnings) judges compiler warnings and their ignores.
      'svelte/no-unused-svelte-ignore': 'off'
    }
  },
  // Parsers in test helpers read best as `cond && (a, b)`.
  { files: ['tests/**'], rules: { '@typescript-eslint/no-unused-expressions': 'off' } },
  { files: ['src/**'], ignores: ['src/lib/storage/**'], rules: layers([dexie]) },
  { files: ['src/lib/components/**', 'src/routes/**'], rules: layers([dexie, storage]) },
  { files: ['src/lib/domain/**'], rules: layers(domainBans) }
);
