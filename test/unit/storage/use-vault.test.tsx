import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, waitFor } from '@testing-library/preact';
import {
  IDLE_LOCK_MS,
  useVault,
  type VaultStatus,
} from '../../../src/features/private-tools/use-vault';
import { openWaymarkDB } from '../../../src/storage/db';
import { Vault } from '../../../src/storage/vault';

let latest: VaultStatus = { kind: 'loading' };
function Probe() {
  latest = useVault().status;
  return null;
}

async function unlockedVault(): Promise<Vault> {
  await waitFor(() => expect(latest.kind).toBe('ready'));
  const vault = (latest as Extract<VaultStatus, { kind: 'ready' }>).vault;
  await vault.setPasscode('1234 abcd');
  expect(vault.state).toBe('unlocked');
  return vault;
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  latest = { kind: 'loading' };
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useVault', () => {
  it('locks after a few idle minutes', async () => {
    render(<Probe />);
    const vault = await unlockedVault();
    vi.useFakeTimers();
    // Activity restarts the idle clock...
    act(() => void document.dispatchEvent(new KeyboardEvent('keydown')));
    act(() => void vi.advanceTimersByTime(IDLE_LOCK_MS - 1000));
    expect(vault.state).toBe('unlocked');
    // ...and a whole idle period locks it.
    act(() => void vi.advanceTimersByTime(1000));
    expect(vault.state).toBe('locked');
  });

  it('locks when the page is hidden (the app goes to the background)', async () => {
    render(<Probe />);
    const vault = await unlockedVault();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    expect(vault.state).toBe('locked');
  });

  it('says so when this browser cannot store anything', async () => {
    // Some private-browsing modes have no IndexedDB at all.
    const saved = globalThis.indexedDB;
    // @ts-expect-error: simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    render(<Probe />);
    await waitFor(() => expect(latest.kind).toBe('unavailable'));
    globalThis.indexedDB = saved;
  });

  it('opens storage already locked when a passcode was set before', async () => {
    const vault = await Vault.open(await openWaymarkDB());
    await vault.setPasscode('1234 abcd');
    vault.close();
    render(<Probe />);
    await waitFor(() => expect(latest.kind === 'ready' && latest.state).toBe('locked'));
  });
});
