import 'i18next';
import type { EnglishResources } from './resources';

// Keys are typed from the English files: a key missing there fails `npm run check`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: EnglishResources;
  }
}
