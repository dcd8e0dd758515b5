// What the browser says about this site's storage, for Settings. Apart from storage-errors.ts:
// device-storage.ts reaches the database (and Dexie), which the screens that only name an error must not carry.
export { readStorageReport, requestPersistence, type StorageReport } from '$lib/storage/device-storage';
