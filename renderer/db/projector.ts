/**
 * Keeps derived rows up to date for changes that do not go through `changeDocument`: typing in the
 * minutes (Tiptap writes into the Yjs document, stored in batches by typingBuffer.ts) and text
 * fields bound to Y.Text. Such documents are marked dirty and reprojected shortly after typing
 * pauses, off the typing path. At start-up, every document changed since the last projection is
 * reprojected, so a crash between a keystroke and its projection loses nothing but a moment's lag.
 */
import type { Store } from './store';
import { reproject } from './projection';
import { UPDATES_TABLE } from './database';
import { writeTables } from './store';
import { parseDocId } from '../../shared/ydoc/documents';

const CURSOR_KEY = 'projectionCursor';

export class Projector {
  private readonly dirty = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly delayMs = 700,
  ) {}

  markDirty(docId: string): void {
    this.dirty.add(docId);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Reprojects every dirty document now, after writing what the minutes editors hold back. */
  flush(): Promise<void> {
    this.store.typing.flushAll();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const ids = [...this.dirty];
    this.dirty.clear();
    this.running = this.running.then(async () => {
      for (const docId of ids) {
        try {
          await this.reprojectOne(docId);
        } catch (error) {
          console.warn('[projector] could not reproject', docId, error);
        }
      }
    });
    return this.running;
  }

  private async reprojectOne(docId: string): Promise<void> {
    const parsed = parseDocId(docId);
    if (!parsed || !this.store.db.isOpen()) return;
    const doc = await this.store.docs.get(docId);
    await this.store.db.transaction('rw', writeTables(this.store, [parsed.kind]), () => reproject(this.store.db, docId, doc));
  }

  /**
   * Reprojects every document with updates newer than the last catch-up: at start-up, and before
   * anything that must see the latest text (freezing a protocol). Documents not already open are
   * loaded one at a time and released again.
   */
  async catchUp(): Promise<number> {
    const db = this.store.db;
    const cursor = Number((await db.settings.get(CURSOR_KEY))?.value ?? 0);
    const updates = db.table(UPDATES_TABLE);
    const changed = new Set<string>();
    let last = cursor;
    await updates
      .where('i')
      .above(cursor)
      .each((row: { i: number; k: unknown }) => {
        if (typeof row.k === 'string') changed.add(row.k);
        if (row.i > last) last = row.i;
      });
    for (const docId of changed) {
      if (!parseDocId(docId) || !(await db.documents.get(docId))) continue;
      const wasLoaded = this.store.docs.isLoaded(docId);
      await this.reprojectOne(docId);
      if (!wasLoaded) this.store.docs.forget(docId);
    }
    await db.settings.put({ key: CURSOR_KEY, value: last });
    return changed.size;
  }
}
