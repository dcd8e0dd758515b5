// Unit tests run in Node: fake-indexeddb gives Dexie a real IndexedDB implementation to talk to.
import 'fake-indexeddb/auto';
