/**
 * In-page instruments, injected into every page of the benchmark's browser before the app's own
 * scripts (Playwright addInitScript). Plain JavaScript in a string: it is evaluated in the page
 * as written, without the TypeScript runner's helpers.
 *
 * - `longTasks`: every main-thread task of 50 ms or more (PerformanceObserver 'longtask').
 * - `afterPaint(cb)`: calls back right after the next frame is painted (requestAnimationFrame, then
 *   a message: the message task runs after the frame's paint).
 * - keystrokes: while `recordKeys`, each key press (keydown, or beforeinput for characters sent
 *   without one, such as å, ä, ö) is stamped with its event time and the time after the next paint.
 * - writes: every IndexedDB transaction that adds a row to y-dexie's update table
 *   (`$documents.doc_updates`), stamped when the first row is added and when it commits — the
 *   moment the keystroke is on disk.
 * - start screen: when the overview's heading appears, and when it has been painted.
 * - `quietAfter(t, ms)`: the first moment at or after `t` followed by `ms` without a long task.
 */
export const PROBE = String.raw`(() => {
  const B = (window.__bench = { longTasks: [], keys: [], writes: [], slowEvents: [], recordKeys: false, recordWrites: true, pendingWrites: 0, marks: {} });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longTasks.push([e.startTime, e.startTime + e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) { console.warn('[bench] no longtask observer', error); }
  try {
    new PerformanceObserver((list) => {
      if (!B.recordKeys) return;
      for (const e of list.getEntries()) B.slowEvents.push({ name: e.name, start: e.startTime, duration: e.duration, inputDelay: e.processingStart - e.startTime, processing: e.processingEnd - e.processingStart });
    }).observe({ type: 'event', durationThreshold: 16 });
  } catch (error) { console.warn('[bench] no event timing observer', error); }
  B.afterPaint = (cb) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => cb(performance.now());
    channel.port2.postMessage(0);
  });
  B.quietAfter = (t, ms) => {
    let at = t;
    for (const [s, e] of B.longTasks.filter(([, e]) => e > t).sort((a, b) => a[0] - b[0])) {
      if (s < at + ms) at = Math.max(at, e);
      else break;
    }
    return at;
  };
  const transactions = new WeakMap();
  for (const method of ['add', 'put']) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (...args) {
      if (this.name === '$documents.doc_updates') {
        const tx = this.transaction;
        if (!transactions.has(tx)) {
          const rec = { added: performance.now(), committed: 0 };
          transactions.set(tx, rec);
          B.pendingWrites += 1;
          if (B.recordWrites) B.writes.push(rec);
          tx.addEventListener('complete', () => { rec.committed = performance.now(); B.pendingWrites -= 1; });
          tx.addEventListener('abort', () => { rec.aborted = true; B.pendingWrites -= 1; });
        }
      }
      return original.apply(this, args);
    };
  }
  let pending = null;
  const record = (start) => {
    const key = { start, paint: 0 };
    B.keys.push(key);
    B.afterPaint((t) => { key.paint = t; });
    return key;
  };
  addEventListener('keydown', (e) => {
    if (B.recordKeys && (e.key.length === 1 || e.key === 'Enter')) pending = record(e.timeStamp);
  }, true);
  addEventListener('beforeinput', (e) => {
    if (!B.recordKeys) return;
    if (pending) { pending = null; return; }
    record(e.timeStamp);
  }, true);
  addEventListener('keyup', () => { pending = null; }, true);
  const watch = new MutationObserver(() => {
    const h1 = document.querySelector('h1');
    if (h1 && h1.textContent === 'Översikt') {
      watch.disconnect();
      B.marks.startVisible = performance.now();
      B.afterPaint((t) => { B.marks.startPainted = t; });
    }
  });
  watch.observe(document, { childList: true, subtree: true });
  B.watchEditor = (itemId) => {
    const t0 = performance.now();
    B.marks.editorFocused = 0;
    B.marks.editorPainted = 0;
    const onFocus = (e) => {
      const el = e.target;
      if (el && el.classList && el.classList.contains('ProseMirror') && el.isContentEditable && el.closest('article[data-item-id="' + itemId + '"]')) {
        removeEventListener('focusin', onFocus, true);
        B.marks.editorFocused = performance.now();
        B.afterPaint((t) => { B.marks.editorPainted = t; });
      }
    };
    addEventListener('focusin', onFocus, true);
    return t0;
  };
})();`;
