/**
 * Typing in the minutes, written in batches. y-dexie stores every Yjs update as its own IndexedDB
 * transaction, and every stored row wakes every loaded document's live query; at a keystroke each
 * that was most of the work between the key and the next frame (docs/BENCHMARK.md). So the minutes
 * editor works on a copy of the item's document held in memory, and the copy's changes reach the
 * stored document — one merged update, one row — at most `delayMs` after the first of them, and at
 * once when the editor loses the focus, the window is hidden or closed, or anything needs the
 * latest text (`Projector.flush`, which the protocol, the search index and leaving an item call).
 * A crash loses at most that delay of typing; the rule is a second.
 *
 * Changes to the stored document (a decision written in its field, another window's typing) reach
 * the copy at once. The copy has its own Yjs client id, as a second window would.
 */
import Dexie from 'dexie';
import * as Y from 'yjs';

/** Origin of the changes copied from the stored document into the editor's copy. */
const FROM_STORED = Symbol('typing-buffer:from-stored');

/** The window events after which nothing typed may wait in memory. */
const FLUSH_EVENTS = ['pagehide', 'beforeunload', 'blur'] as const;

export interface BufferedDoc {
  /** The copy the editor binds to. */
  readonly doc: Y.Doc;
  /** Writes what is waiting now. */
  flush(): void;
  /** Writes what is waiting and stops following the stored document; the copy is destroyed. */
  release(): void;
}

export interface TypingBufferOptions {
  /** The longest a change waits in memory before it is written. */
  delayMs?: number;
  /** Where the window's pagehide, beforeunload, blur and visibilitychange arrive (none in tests). */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
  /** Whether the page is hidden now (read on visibilitychange). */
  hidden?: () => boolean;
}

export class TypingBuffers {
  private readonly buffers = new Set<Buffer>();
  readonly delayMs: number;
  private readonly events: TypingBufferOptions['events'];
  private readonly hidden: () => boolean;
  private listening = false;

  constructor(
    /** Loads the stored document again if it was dropped from memory meanwhile. */
    private readonly load: (docId: string) => Promise<Y.Doc>,
    /** Called after typed changes reached the stored document (its derived rows need refreshing). */
    readonly written: (docId: string) => void,
    options: TypingBufferOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 200;
    this.events = options.events === undefined ? defaultEvents() : options.events;
    this.hidden = options.hidden ?? (() => typeof document !== 'undefined' && document.visibilityState === 'hidden');
  }

  /** An editable copy of `stored` (the loaded document `docId`) whose changes are written in batches. */
  open(docId: string, stored: Y.Doc): BufferedDoc {
    const buffer = new Buffer(this, docId, stored);
    this.buffers.add(buffer);
    this.listen();
    return buffer;
  }

  /** Writes every waiting change now (each buffer's in one update row). */
  flushAll(): void {
    for (const buffer of this.buffers) buffer.flush();
  }

  /** How many copies hold changes not yet handed to the database. */
  get waiting(): number {
    let count = 0;
    for (const buffer of this.buffers) if (buffer.waiting) count += 1;
    return count;
  }

  /** @internal */
  closed(buffer: Buffer): void {
    this.buffers.delete(buffer);
    if (this.buffers.size === 0) this.unlisten();
  }

  /** @internal */
  reload(docId: string): Promise<Y.Doc> {
    return this.load(docId);
  }

  private readonly onWindowEvent = (event: Event): void => {
    if (event.type !== 'visibilitychange' || this.hidden()) this.flushAll();
  };

  private listen(): void {
    if (this.listening || !this.events) return;
    this.listening = true;
    for (const type of [...FLUSH_EVENTS, 'visibilitychange']) this.events.addEventListener(type, this.onWindowEvent);
  }

  private unlisten(): void {
    if (!this.listening || !this.events) return;
    this.listening = false;
    for (const type of [...FLUSH_EVENTS, 'visibilitychange']) this.events.removeEventListener(type, this.onWindowEvent);
  }
}

function defaultEvents(): TypingBufferOptions['events'] {
  return typeof window !== 'undefined' && typeof window.addEventListener === 'function' ? window : null;
}

class Buffer implements BufferedDoc {
  readonly doc = new Y.Doc();
  private queue: Uint8Array[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private released = false;
  /** Set while the stored document is being loaded again (it was dropped from memory). */
  private reloading: Promise<void> | null = null;

  constructor(
    private readonly owner: TypingBuffers,
    private readonly docId: string,
    private stored: Y.Doc,
  ) {
    Y.applyUpdateV2(this.doc, Y.encodeStateAsUpdateV2(stored), FROM_STORED);
    this.follow(stored);
    this.doc.on('updateV2', this.fromEditor);
  }

  get waiting(): boolean {
    return this.queue.length > 0 || this.reloading !== null;
  }

  private follow(stored: Y.Doc): void {
    this.stored = stored;
    stored.on('updateV2', this.fromStored);
  }

  private readonly fromStored = (update: Uint8Array, origin: unknown): void => {
    if (origin === this || this.released) return;
    Y.applyUpdateV2(this.doc, update, FROM_STORED);
  };

  private readonly fromEditor = (update: Uint8Array, origin: unknown): void => {
    if (origin === FROM_STORED) return;
    this.queue.push(update);
    this.timer ??= setTimeout(() => this.flush(), this.owner.delayMs);
  };

  readonly flush = (): void => {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.queue.length === 0 || this.reloading) return;
    if (this.stored.isDestroyed) {
      this.rebind();
      return;
    }
    const update = this.queue.length === 1 ? this.queue[0]! : Y.mergeUpdatesV2(this.queue);
    this.queue = [];
    // y-dexie writes the update in its own transaction, also when this runs inside another one.
    Dexie.ignoreTransaction(() => Y.applyUpdateV2(this.stored, update, this));
    this.owner.written(this.docId);
  };

  /**
   * The stored document was dropped from memory (a refused change elsewhere reloads it): load it
   * again and write into it what it lacks of the copy, so nothing typed meanwhile is lost.
   */
  private rebind(): void {
    this.stored.off('updateV2', this.fromStored);
    this.reloading = this.owner
      .reload(this.docId)
      .then((stored) => {
        this.queue = [];
        if (!this.released) this.follow(stored);
        const missing = Y.encodeStateAsUpdateV2(this.doc, Y.encodeStateVector(stored));
        // What the reloaded document has and the copy lacks (another window's change) comes first.
        Y.applyUpdateV2(this.doc, Y.encodeStateAsUpdateV2(stored, Y.encodeStateVector(this.doc)), FROM_STORED);
        Dexie.ignoreTransaction(() => Y.applyUpdateV2(stored, missing, this));
        this.owner.written(this.docId);
      })
      .catch((error: unknown) => console.error('[typing] could not write the minutes', this.docId, error))
      .finally(() => {
        this.reloading = null;
        if (this.released) this.doc.destroy();
      });
  }

  readonly release = (): void => {
    if (this.released) return;
    this.flush();
    this.released = true;
    this.stored.off('updateV2', this.fromStored);
    this.doc.off('updateV2', this.fromEditor);
    if (!this.reloading) this.doc.destroy();
    this.owner.closed(this);
  };
}
