/**
 * Knows whether everything written has reached the disk: counts the database's read-write
 * transactions from start to commit. The header's "Allt är sparat" reads it, so the secretary sees
 * that the last keystroke is stored; the benchmark measures keystroke-to-persisted with it.
 */
import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';

export type WriteState = { pending: number; lastError: unknown; lastCommitAt: number };

export class WriteTracker {
  private state: WriteState = { pending: 0, lastError: null, lastCommitAt: 0 };
  private readonly listeners = new Set<(state: WriteState) => void>();

  get current(): WriteState {
    return this.state;
  }

  subscribe(listener: (state: WriteState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(next: WriteState): void {
    this.state = next;
    for (const listener of this.listeners) listener(next);
  }

  started(): void {
    this.set({ ...this.state, pending: this.state.pending + 1 });
  }

  committed(): void {
    this.set({ pending: Math.max(0, this.state.pending - 1), lastError: null, lastCommitAt: Date.now() });
  }

  failed(error: unknown): void {
    this.set({ ...this.state, pending: Math.max(0, this.state.pending - 1), lastError: error ?? new Error('aborted') });
  }

  /** Resolves once no write is pending (or at once when none is). */
  idle(): Promise<void> {
    if (this.state.pending === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const stop = this.subscribe((state) => {
        if (state.pending === 0) {
          stop();
          resolve();
        }
      });
    });
  }

  middleware(): Middleware<DBCore> {
    return {
      stack: 'dbcore',
      name: 'justera-write-tracker',
      create: (down) => ({
        ...down,
        transaction: (stores, mode, options) => {
          const tx = down.transaction(stores, mode, options) as DBCoreTransaction & Partial<IDBTransaction>;
          if (mode === 'readwrite' && typeof tx.addEventListener === 'function') {
            this.started();
            let settled = false;
            const settle = (ok: boolean, error?: unknown) => {
              if (settled) return;
              settled = true;
              if (ok) this.committed();
              else this.failed(error);
            };
            tx.addEventListener('complete', () => settle(true));
            tx.addEventListener('abort', () => settle(false, tx.error));
          }
          return tx;
        },
      }),
    };
  }
}
