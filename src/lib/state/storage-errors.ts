// Screens name storage failures by code; the codes and their reading live with storage.
export { describeStorageError, type StorageErrorCode } from '$lib/storage/errors';
