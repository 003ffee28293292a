// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openWaymarkDB } from '../../../src/storage/db';
import { eraseEverything, Vault } from '../../../src/storage/vault';
import { deriveKey, newSalt, seal, unseal } from '../../../src/storage/crypto';

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

async function freshVault(now = () => 1_000) {
  const db = await openWaymarkDB();
  return { db, vault: await Vault.open(db, now) };
}

describe('database schema', () => {
  it('migrates an empty browser to the current version with every store', async () => {
    const db = await openWaymarkDB();
    expect(db.name).toBe(DB_NAME);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'records']);
    expect([...db.transaction('records').store.indexNames]).toEqual(['kind']);
    db.close();
  });
});

describe('Vault without a passcode', () => {
  it('keeps contacts, plan, log and drafts, each in its own list', async () => {
    let clock = 1;
    const { vault } = await freshVault(() => clock++);
    await vault.put('contact', 'c1', { name: 'Sam', number: '07700 900000' });
    await vault.put('contact', 'c2', { serviceId: 'live-fear-free' });
    await vault.put('plan', 'plan', { codeWord: 'pineapple' });
    await vault.put('log', 'l1', { what: 'He followed me home' });
    await vault.put('draft', 'log-draft', { what: 'half-typed' });
    const contacts = await vault.list('contact');
    expect(contacts.items.map((item) => item.id)).toEqual(['c2', 'c1']);
    expect((await vault.list('plan')).items[0]?.value).toEqual({ codeWord: 'pineapple' });
    expect((await vault.list('log')).items).toHaveLength(1);
    expect(await vault.get('log-draft')).toEqual({ what: 'half-typed' });
    await vault.remove('c1');
    expect((await vault.list('contact')).items.map((item) => item.id)).toEqual(['c2']);
    expect(vault.state).toBe('open');
  });

  it('skips a damaged record with a count instead of failing', async () => {
    const { db, vault } = await freshVault();
    await vault.put('log', 'good', { what: 'fine' });
    await db.put('records', {
      id: 'bad',
      kind: 'log',
      updated: 5,
      body: { nonsense: true } as never,
    });
    const result = await vault.list('log');
    expect(result.items.map((item) => item.id)).toEqual(['good']);
    expect(result.skipped).toBe(1);
  });
});

describe('Vault with a passcode', () => {
  it('seals every record, so nothing readable is left in IndexedDB', async () => {
    const { db, vault } = await freshVault();
    await vault.put('log', 'l1', { what: 'secret words' });
    await vault.setPasscode('correct horse');
    await vault.put('contact', 'c1', { name: 'Auntie Rose' });
    const raw = await db.getAll('records');
    expect(raw).toHaveLength(2);
    for (const record of raw) {
      expect('sealed' in record.body).toBe(true);
      const bytes = new TextDecoder().decode(
        (record.body as { sealed: { data: ArrayBuffer } }).sealed.data,
      );
      expect(bytes).not.toContain('secret');
      expect(bytes).not.toContain('Rose');
    }
    const meta = await db.get('meta', 'lock');
    expect(meta?.iterations).toBeGreaterThanOrEqual(600_000);
  });

  it('opens again with the right passcode, and stays locked with a wrong one', async () => {
    const { db, vault } = await freshVault();
    await vault.put('log', 'l1', { what: 'secret words' });
    await vault.setPasscode('correct horse');

    // A new page load: the key is gone, only the passcode brings it back.
    const reopened = await Vault.open(db);
    expect(reopened.state).toBe('locked');
    await expect(reopened.list('log')).rejects.toThrow('locked');
    expect(await reopened.unlock('wrong horse')).toBe(false);
    expect(reopened.state).toBe('locked');
    expect(await reopened.unlock('correct horse')).toBe(true);
    expect((await reopened.list('log')).items[0]?.value).toEqual({ what: 'secret words' });
    reopened.lock();
    expect(reopened.state).toBe('locked');
  });

  it('skips a tampered sealed record', async () => {
    const { db, vault } = await freshVault();
    await vault.setPasscode('pass 1234');
    await vault.put('log', 'l1', { what: 'kept' });
    await vault.put('log', 'l2', { what: 'tampered' });
    const record = await db.get('records', 'l2');
    const sealed = (record?.body as { sealed: { iv: Uint8Array; data: ArrayBuffer } }).sealed;
    new Uint8Array(sealed.data)[0]! ^= 0xff;
    await db.put('records', record!);
    const result = await vault.list('log');
    expect(result.items.map((item) => item.value)).toEqual([{ what: 'kept' }]);
    expect(result.skipped).toBe(1);
  });

  it('can remove the passcode, leaving the records readable without one', async () => {
    const { db, vault } = await freshVault();
    await vault.put('plan', 'plan', { codeWord: 'pineapple' });
    await vault.setPasscode('pass 1234');
    await vault.removePasscode();
    const reopened = await Vault.open(db);
    expect(reopened.state).toBe('open');
    expect(await reopened.get('plan')).toEqual({ codeWord: 'pineapple' });
  });
});

describe('crypto', () => {
  it('round-trips a value and refuses a different key', async () => {
    const salt = newSalt();
    const key = await deriveKey('one', salt, 1000);
    const other = await deriveKey('two', salt, 1000);
    const sealed = await seal(key, { a: [1, 'ü'] });
    expect(await unseal(key, sealed)).toEqual({ a: [1, 'ü'] });
    await expect(unseal(other, sealed)).rejects.toThrow();
  });
});

describe('eraseEverything', () => {
  it('deletes the database and the saved preferences', async () => {
    const { vault } = await freshVault();
    await vault.put('log', 'l1', { what: 'x' });
    const storage = new Map<string, string>([['waymark-language', 'cy']]);
    const fakeStorage = { clear: () => storage.clear() } as Storage;
    await eraseEverything(vault, fakeStorage);
    expect(storage.size).toBe(0);
    expect(await indexedDB.databases()).toEqual([]);
  });
});
