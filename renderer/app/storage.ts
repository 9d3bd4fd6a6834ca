/**
 * The browser's storage for Justera's origin: ask for persistent storage (so the browser never
 * evicts the database under disk pressure), and read how much is used and free. In the desktop app
 * the request reaches the shell's permission handler, which grants `persistent-storage` to our
 * origin only (electron/main/security.ts).
 */
import { useEffect, useState } from 'react';

export interface StorageState {
  /** False when the browser has no StorageManager (an insecure context, an old browser). */
  supported: boolean;
  /** Whether the data is exempt from eviction; null when unknown. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

export async function readStorageState(): Promise<StorageState> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.estimate) return { supported: false, persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage.estimate().catch(() => null),
  ]);
  return { supported: true, persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

let requested: Promise<boolean | null> | null = null;

/** Asks once per session for persistent storage; resolves to the answer (null when not possible). */
export function requestPersistentStorage(): Promise<boolean | null> {
  requested ??= (async () => {
    const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
    if (!storage?.persist) return null;
    try {
      if (await storage.persisted?.()) return true;
      return await storage.persist();
    } catch (error) {
      console.warn('[storage] persist() failed', error);
      return null;
    }
  })();
  return requested;
}

/** The storage state, read now and again every `everyMs` (and after `refreshKey` changes). */
export function useStorageState(everyMs = 10 * 60 * 1000, refreshKey: unknown = 0): StorageState | undefined {
  const [state, setState] = useState<StorageState>();
  useEffect(() => {
    let alive = true;
    const read = () => void readStorageState().then((s) => alive && setState(s));
    read();
    const timer = setInterval(read, everyMs);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [everyMs, refreshKey]);
  return state;
}
