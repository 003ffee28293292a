import type { IDBPDatabase } from 'idb';
import { deleteDB } from 'idb';
import {
  DB_NAME,
  type LockMeta,
  type RecordBody,
  type RecordKind,
  type StoredRecord,
  type WaymarkDB,
} from './db';
import { deriveKey, newSalt, PBKDF2_ITERATIONS, seal, unseal } from './crypto';

export type VaultState = 'open' | 'locked' | 'unlocked';

export interface VaultItem<T> {
  id: string;
  updated: number;
  value: T;
}

export interface ListResult<T> {
  items: VaultItem<T>[];
  /** Records that could not be read (damaged, or from an unknown format): skipped, never fatal. */
  skipped: number;
}

const CHECK_VALUE = 'waymark-lock-check';

/**
 * The private tools' storage: records in IndexedDB, sealed with AES-GCM when a passcode is
 * set. The key lives only in this object's memory; lock() forgets it, and so does leaving
 * the page. A forgotten passcode cannot be recovered: there is no copy of the key anywhere.
 */
export class Vault {
  private key: CryptoKey | null = null;

  private constructor(
    private readonly db: IDBPDatabase<WaymarkDB>,
    private lockMeta: LockMeta | undefined,
    private readonly now: () => number,
  ) {}

  static async open(db: IDBPDatabase<WaymarkDB>, now: () => number = Date.now): Promise<Vault> {
    return new Vault(db, await db.get('meta', 'lock'), now);
  }

  get state(): VaultState {
    if (!this.lockMeta) return 'open';
    return this.key ? 'unlocked' : 'locked';
  }

  /** Tries a passcode. Returns false (and stays locked) when it is wrong. */
  async unlock(passcode: string): Promise<boolean> {
    if (!this.lockMeta) return true;
    const key = await deriveKey(passcode, this.lockMeta.salt, this.lockMeta.iterations);
    try {
      const check = await unseal<string>(key, this.lockMeta.check);
      if (check !== CHECK_VALUE) return false;
    } catch {
      return false;
    }
    this.key = key;
    return true;
  }

  lock(): void {
    this.key = null;
  }

  /** Forgets the key and closes the database connection (needed before it can be deleted). */
  close(): void {
    this.key = null;
    this.db.close();
  }

  /** Sets or changes the passcode: every record is sealed again under the new key, in one transaction. */
  async setPasscode(passcode: string): Promise<void> {
    this.assertReadable();
    const records = await this.db.getAll('records');
    const plainValues = await Promise.all(records.map((record) => this.openBody(record.body)));
    const salt = newSalt();
    const key = await deriveKey(passcode, salt, PBKDF2_ITERATIONS);
    const meta: LockMeta = {
      key: 'lock',
      salt,
      iterations: PBKDF2_ITERATIONS,
      check: await seal(key, CHECK_VALUE),
    };
    const sealed = await Promise.all(
      records.map(async (record, index) => ({
        ...record,
        body: { sealed: await seal(key, plainValues[index]) },
      })),
    );
    const tx = this.db.transaction(['records', 'meta'], 'readwrite');
    await Promise.all([
      ...sealed.map((record) => tx.objectStore('records').put(record)),
      tx.objectStore('meta').put(meta),
      tx.done,
    ]);
    this.lockMeta = meta;
    this.key = key;
  }

  /** Removes the passcode (only while unlocked): records are stored readable again. */
  async removePasscode(): Promise<void> {
    this.assertReadable();
    const records = await this.db.getAll('records');
    const plain = await Promise.all(
      records.map(async (record) => ({
        ...record,
        body: { plain: await this.openBody(record.body) },
      })),
    );
    const tx = this.db.transaction(['records', 'meta'], 'readwrite');
    await Promise.all([
      ...plain.map((record) => tx.objectStore('records').put(record)),
      tx.objectStore('meta').delete('lock'),
      tx.done,
    ]);
    this.lockMeta = undefined;
    this.key = null;
  }

  async put<T>(kind: RecordKind, id: string, value: T): Promise<void> {
    this.assertReadable();
    const body: RecordBody = this.key ? { sealed: await seal(this.key, value) } : { plain: value };
    const record: StoredRecord = { id, kind, updated: this.now(), body };
    await this.db.put('records', record);
  }

  async remove(id: string): Promise<void> {
    await this.db.delete('records', id);
  }

  async get<T>(id: string): Promise<T | undefined> {
    this.assertReadable();
    const record = await this.db.get('records', id);
    if (!record) return undefined;
    try {
      return (await this.openBody(record.body)) as T;
    } catch {
      return undefined;
    }
  }

  /** Every record of a kind, newest first; unreadable ones are counted, not thrown. */
  async list<T>(kind: RecordKind): Promise<ListResult<T>> {
    this.assertReadable();
    const records = await this.db.getAllFromIndex('records', 'kind', kind);
    const items: VaultItem<T>[] = [];
    let skipped = 0;
    for (const record of records) {
      try {
        items.push({
          id: record.id,
          updated: record.updated,
          value: (await this.openBody(record.body)) as T,
        });
      } catch {
        skipped++;
      }
    }
    items.sort((a, b) => b.updated - a.updated);
    return { items, skipped };
  }

  private async openBody(body: RecordBody): Promise<unknown> {
    if (body && typeof body === 'object' && 'plain' in body) return body.plain;
    if (body && typeof body === 'object' && 'sealed' in body && this.key)
      return unseal(this.key, body.sealed);
    throw new Error('Record cannot be read');
  }

  private assertReadable(): void {
    if (this.state === 'locked') throw new Error('The vault is locked');
  }
}

/**
 * Erase everything: the database, and the preferences and language choice kept in
 * localStorage. The browser's own history and the installed app are outside our reach.
 */
export async function eraseEverything(vault: Vault | null, storage: Storage | null): Promise<void> {
  vault?.close();
  storage?.clear();
  await deleteDB(DB_NAME);
}
