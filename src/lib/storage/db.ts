import Dexie, { type EntityTable } from 'dexie';
import type { Assessment } from '$lib/domain/assessment/types';

/** A small key-value row for app-wide facts such as the last full export. */
export interface MetaRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'tessera';

/**
 * The one Dexie database. Every schema version stays listed here with its upgrade function,
 * so a browser holding any older version opens cleanly (see db.spec.ts fixtures).
 */
export class TesseraDb extends Dexie {
  assessments!: EntityTable<Assessment, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    // v1: assessments keyed by UUID, indexed for the list (last change, name) and tag search.
    this.version(1).stores({
      assessments: 'id, updatedAt, serviceName, *tags',
      meta: 'key'
    });
  }
}

let instance: TesseraDb | null = null;

/** The shared database connection, opened on first use. */
export function getDb(): TesseraDb {
  instance ??= new TesseraDb();
  return instance;
}

/** Replaces the shared connection (tests use a fresh database each). */
export function useDb(db: TesseraDb): void {
  instance = db;
}

/**
 * Runs a database operation, and if the connection was lost (iOS drops it after the app sat in
 * the background: "Connection to Indexed Database server lost") reopens it and tries once more.
 */
export async function withReconnect<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (err) {
    const name = (err as { name?: string })?.name ?? '';
    const message = (err as { message?: string })?.message ?? '';
    if (!/DatabaseClosed|InvalidState/.test(name) && !/connection.*lost/i.test(message)) throw err;
    const db = getDb();
    db.close({ disableAutoOpen: false });
    await db.open();
    return operation();
  }
}
