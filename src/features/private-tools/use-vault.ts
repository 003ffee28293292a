import { useEffect, useRef, useState } from 'preact/hooks';
import { openWaymarkDB } from '../../storage/db';
import { Vault } from '../../storage/vault';

/** Idle time after which the vault locks itself. */
export const IDLE_LOCK_MS = 3 * 60_000;

export type VaultStatus =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'ready'; vault: Vault; state: Vault['state'] };

/**
 * Opens the private tools' storage in the browser (never while prerendering) and locks it
 * when the page is hidden, when the user leaves, and after a few idle minutes.
 */
export function useVault(): { status: VaultStatus; refresh: () => void } {
  const [status, setStatus] = useState<VaultStatus>({ kind: 'loading' });
  const vaultRef = useRef<Vault | null>(null);
  const refresh = () => {
    const vault = vaultRef.current;
    if (vault) setStatus({ kind: 'ready', vault, state: vault.state });
  };

  useEffect(() => {
    let cancelled = false;
    openWaymarkDB()
      .then((db) => Vault.open(db))
      .then((vault) => {
        if (cancelled) return;
        vaultRef.current = vault;
        setStatus({ kind: 'ready', vault, state: vault.state });
      })
      .catch(() => {
        if (!cancelled) setStatus({ kind: 'unavailable' });
      });

    const lock = () => {
      if (vaultRef.current?.state !== 'unlocked') return;
      vaultRef.current.lock();
      refresh();
    };
    let idleTimer = setTimeout(lock, IDLE_LOCK_MS);
    const resetIdle = () => {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(lock, IDLE_LOCK_MS);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') lock();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', lock);
    for (const type of ['pointerdown', 'keydown', 'input'] as const)
      document.addEventListener(type, resetIdle, true);
    return () => {
      cancelled = true;
      clearTimeout(idleTimer);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', lock);
      for (const type of ['pointerdown', 'keydown', 'input'] as const)
        document.removeEventListener(type, resetIdle, true);
    };
  }, []);

  return { status, refresh };
}

/**
 * Asks the browser to keep this site's storage even when space runs low, so a safety plan
 * or a log is not silently cleared. Returns whether the browser agreed.
 */
export async function askForPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
