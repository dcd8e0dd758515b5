// What the screens every page carries (the list, the layout's alerts and notes) use of storage,
// loaded with one dynamic import (load-storage.ts) so that Dexie is not part of the first page.
export { assessments } from '$lib/storage/assessments-repository';
export { meta } from '$lib/storage/meta-repository';
export { eraseDevice } from '$lib/storage/erase';
export { openEarly, watchConnection } from '$lib/storage/connection';
