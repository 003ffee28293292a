import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import type { Sealed } from './crypto';

/**
 * The one place that knows the IndexedDB database: its name, version and migrations.
 * Everything the user saves is a record in 'records'; 'meta' holds the lock's salt and
 * check value. A record's body is either plain (no passcode set) or sealed.
 */
export const DB_NAME = 'waymark';
export const DB_VERSION = 1;

export type RecordKind = 'contact' | 'plan' | 'log' | 'draft';

export type RecordBody = { plain: unknown } | { sealed: Sealed };

export interface StoredRecord {
  id: string;
  kind: RecordKind;
  /** Milliseconds since 1970; lets lists sort without opening sealed bodies. */
  updated: number;
  body: RecordBody;
}

export interface LockMeta {
  key: 'lock';
  salt: Uint8Array;
  iterations: number;
  /** A known value sealed with the key, to tell a right passcode from a wrong one. */
  check: Sealed;
}

export interface WaymarkDB extends DBSchema {
  records: { key: string; value: StoredRecord; indexes: { kind: RecordKind } };
  meta: { key: string; value: LockMeta };
}

type Migration = (
  db: IDBPDatabase<WaymarkDB>,
  transaction: IDBPTransaction<WaymarkDB, StoreNames<WaymarkDB>[], 'versionchange'>,
) => void;

/** MIGRATIONS[n] takes a database from version n to n + 1. Never edit one that has shipped. */
export const MIGRATIONS: Migration[] = [
  (db) => {
    const records = db.createObjectStore('records', { keyPath: 'id' });
    records.createIndex('kind', 'kind');
    db.createObjectStore('meta', { keyPath: 'key' });
  },
];

export function openWaymarkDB(): Promise<IDBPDatabase<WaymarkDB>> {
  // Some private-browsing modes have no IndexedDB at all: the caller keeps working unsaved.
  if (typeof indexedDB === 'undefined')
    return Promise.reject(new Error('IndexedDB is not available'));
  return openDB<WaymarkDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      for (let version = oldVersion; version < DB_VERSION; version++)
        MIGRATIONS[version]?.(db, transaction);
    },
  });
}
