/**
 * The data layer's guarantee that a signed protocol never changes: a Dexie middleware below every
 * write path (db functions, the minutes editor, imports, restores) that refuses
 *  - any new Yjs update to the documents of a signed meeting (the meeting's document and the
 *    minutes of its items), and to the minutes of items approved at the meeting itself;
 *  - any change or deletion of an archived signed version (signedProtocols rows are add-only).
 * The one sanctioned exception is starting a correction, which reopens the meeting's documents in a
 * transaction marked with `allow` — the signed version itself stays as it was.
 */
import { liveQuery, type DBCore, type Middleware, type Subscription } from 'dexie';
import { DomainError } from '../../shared/domain/errors';
import { meetingDocId, minutesDocId } from '../../shared/ydoc/documents';
import { LOCKED_MESSAGE } from '../../shared/ydoc/justering';
import { UPDATES_TABLE, type JusteraDatabase } from './database';

export class FrozenDocuments {
  private frozen = new Set<string>();
  private readonly allowed = new WeakSet<object>();
  private subscription: Subscription | null = null;

  has(docId: string): boolean {
    return this.frozen.has(docId);
  }

  /** Lets one transaction write to frozen documents (starting a correction). */
  allow(transaction: object): void {
    this.allowed.add(transaction);
  }

  /** Recomputes the frozen set from the derived justering rows (call after open; then it follows by itself). */
  async refresh(db: JusteraDatabase): Promise<void> {
    this.frozen = await computeFrozen(db);
  }

  /** Keeps the set current as justering rows change (in this window or another one). */
  follow(db: JusteraDatabase): void {
    this.subscription?.unsubscribe();
    this.subscription = liveQuery(() => computeFrozen(db)).subscribe({
      next: (set) => {
        this.frozen = set;
      },
      error: () => undefined,
    });
  }

  stop(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
  }

  middleware(): Middleware<DBCore> {
    return {
      stack: 'dbcore',
      name: 'justera-frozen-documents',
      level: 1,
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name === UPDATES_TABLE) {
            return {
              ...table,
              mutate: (req) => {
                if ((req.type === 'add' || req.type === 'put') && !this.allowed.has(req.trans)) {
                  const frozenTarget = req.values.some((value: { k?: unknown }) => typeof value?.k === 'string' && this.frozen.has(value.k));
                  if (frozenTarget) return Promise.reject(new DomainError(LOCKED_MESSAGE));
                }
                return table.mutate(req);
              },
            };
          }
          if (name === 'signedProtocols') {
            return {
              ...table,
              mutate: async (req) => {
                if (this.allowed.has(req.trans)) return table.mutate(req);
                if (req.type === 'delete' || req.type === 'deleteRange') {
                  throw new DomainError('Ett justerat protokoll kan inte tas bort.');
                }
                if (req.type === 'put' || req.type === 'add') {
                  const keys = req.values.map((v: { id: string }) => v.id);
                  const existing = await table.getMany({ trans: req.trans, keys });
                  if (existing.some((row) => row !== undefined)) throw new DomainError('Ett justerat protokoll kan inte ändras.');
                }
                return table.mutate(req);
              },
            };
          }
          return table;
        },
      }),
    };
  }
}

async function computeFrozen(db: JusteraDatabase): Promise<Set<string>> {
  const frozen = new Set<string>();
  const rows = await db.justering.toArray();
  for (const row of rows) {
    for (const itemId of row.immediateItemIds) frozen.add(minutesDocId(itemId));
    if (row.status !== 'signed') continue;
    frozen.add(meetingDocId(row.id));
    for (const item of (await db.agendas.get(row.id))?.items ?? []) frozen.add(minutesDocId(item.id));
  }
  return frozen;
}
