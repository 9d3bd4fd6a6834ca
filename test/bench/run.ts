/**
 * `npm run bench`: builds the browser app and a bench-only hook page, generates a ten-year dataset
 * in the app's own IndexedDB through the hook, then drives the real app in Chromium (Playwright) and
 * measures what issue 9 asks for. Prints a table (figure, target, ok/MISSED) and writes
 * bench/results.json. Not part of `npm test`. See docs/BENCHMARK.md.
 *
 * Environment (all optional): BENCH_PORT (4351), BENCH_TYPING_CHARS (2000), BENCH_TYPING_MS (80),
 * BENCH_HOUR_CHARS (36000), BENCH_ONLY (e.g. `start,meeting,search`: only these phases; for iterating), BENCH_REUSE=1 (keep the generated profile in bench/profile and reuse it:
 * for iterating on a fix; a real run generates afresh), BENCH_SKIP_BUILD=1, BENCH_SCALE (1),
 * BENCH_NO_MINIFY=1 (readable function names in CPU profiles; not for figures), BENCH_NO_CACHE=1 (serve the
 * hashed assets uncached, as every run before this option did).
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'vite';
import { rendererConfig } from '../../vite.renderer.ts';
import { PROBE } from './probe.ts';
import { searchQueries, random, typingText, pick } from './text.ts';
import type { DatasetSpec, DatasetStats } from './hook.ts';

const root = resolve(import.meta.dirname, '../..');
const benchDir = join(root, 'bench');
const distDir = join(benchDir, 'dist');
const profileDir = join(benchDir, 'profile');
const env = process.env;
const config = {
  port: Number(env.BENCH_PORT ?? 4351),
  typingChars: Number(env.BENCH_TYPING_CHARS ?? 2000),
  typingMs: Number(env.BENCH_TYPING_MS ?? 80),
  hourChars: Number(env.BENCH_HOUR_CHARS ?? 36_000),
  hourCharsPerItem: 1500,
  reuse: env.BENCH_REUSE === '1',
  only: env.BENCH_ONLY ? new Set(env.BENCH_ONLY.split(',')) : null,
  noCache: env.BENCH_NO_CACHE === '1',
};
const want = (phase: 'start' | 'meeting' | 'typing' | 'hour' | 'search' | 'word' | 'backup') => !config.only || config.only.has(phase);
/** BENCH_SCALE (default 1) shrinks the dataset, only for trying the benchmark itself out quickly. */
const scale = Number(env.BENCH_SCALE ?? 1);
const spec: DatasetSpec = {
  seed: 20_261_123,
  bodies: 6,
  people: 300,
  meetings: Math.round(600 * scale),
  items: Math.round(12_000 * scale),
  minutesChars: Math.round(7_600_000 * scale),
  lastYear: 2025,
  largeMeetingItems: 60,
  mediumMeetingItems: 15,
};

const started = Date.now();
/** The machine's load when the run started: other processes skew every timing (see docs/BENCHMARK.md). */
const loadAtStart = os.loadavg();
const log = (message: string) => console.info(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// --- build and serve ----------------------------------------------------------------------------

async function buildAll(): Promise<void> {
  log('building the browser app and the bench hook into bench/dist …');
  await build({
    ...rendererConfig,
    configFile: false,
    logLevel: 'warn',
    build: { ...rendererConfig.build, sourcemap: false, minify: env.BENCH_NO_MINIFY !== '1', outDir: distDir, emptyOutDir: true },
  });
  await build({
    configFile: false,
    root: import.meta.dirname,
    base: './',
    logLevel: 'warn',
    define: rendererConfig.define,
    build: { target: 'chrome120', minify: env.BENCH_NO_MINIFY !== '1', outDir: join(distDir, 'bench-hook'), emptyOutDir: true, chunkSizeWarningLimit: 8000, rollupOptions: { input: join(import.meta.dirname, 'bench.html') } },
  });
}

const mime: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(distDir, path);
    if (!file.startsWith(distDir) || !existsSync(file) || statSync(file).isDirectory()) file = join(distDir, 'index.html');
    // Hashed assets are cached as any static server would, so Chromium keeps them and V8's code cache
    // (the desktop app reads them from disk through app://, registered with codeCache: true);
    // BENCH_NO_CACHE=1 serves everything uncached: every page load fetches and compiles afresh.
    const cached = !config.noCache && /[/\\]assets[/\\]/.test(file);
    res.writeHead(200, { 'content-type': mime[extname(file)] ?? 'application/octet-stream', 'cache-control': cached ? 'public, max-age=31536000, immutable' : 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(config.port, '127.0.0.1', () => ok(server));
  });
}

// --- helpers in the page --------------------------------------------------------------------------

const base = () => `http://127.0.0.1:${config.port}`;

async function openPage(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') console.error(`[page ${message.type()}] ${message.text()}`);
  });
  await page.goto(base() + path);
  return page;
}

/** Waits until `mark` is set in the page, then until `quietMs` without a long task have passed after it. */
async function interactiveAfter(page: Page, mark: string, quietMs = 500, timeoutMs = 60_000): Promise<{ painted: number; interactive: number; longTasks: number }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await page.evaluate(`(() => { const B = window.__bench; const t = B.marks[${JSON.stringify(mark)}]; if (!t) return null; const at = B.quietAfter(t, ${quietMs}); return { painted: t, interactive: at, now: performance.now(), longTasks: B.longTasks.filter(([s, e]) => e > t && s < at).length }; })()`) as
      | { painted: number; interactive: number; now: number; longTasks: number }
      | null;
    if (state && state.now > state.interactive + quietMs) return state;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${mark}`);
    await sleep(100);
  }
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await sleep(200);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
  await cdp.detach();
  return usage.usedSize / 1024 / 1024;
}

async function waitForSearchIndexStored(page: Page, timeoutMs = 240_000): Promise<number> {
  const t0 = Date.now();
  for (;;) {
    const stored = await page.evaluate(`new Promise((ok) => { const r = indexedDB.open('justera'); r.onsuccess = () => { const db = r.result; const q = db.transaction('searchIndex').objectStore('searchIndex').count(); q.onsuccess = () => { db.close(); ok(q.result); }; q.onerror = () => { db.close(); ok(0); }; }; r.onerror = () => ok(0); })`);
    if (Number(stored) > 0) return Date.now() - t0;
    if (Date.now() - t0 > timeoutMs) throw new Error('the search index was not stored in time');
    await sleep(500);
  }
}

/** Polls an expression in the page (waitForFunction would need eval, which the app's CSP forbids). */
async function waitFor(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await sleep(50);
  }
}

const percentile = (values: readonly number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

// --- the run --------------------------------------------------------------------------------------

interface Figure {
  key: string;
  label: string;
  value: number | null;
  unit: 'ms' | 'MB';
  target: number | null;
  note?: string;
}

let browserVersion = '';

async function chromiumVersion(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  const version = (await page.evaluate('navigator.userAgent')) as string;
  await page.close();
  return version.match(/Chrome\/([\d.]+)/)?.[1] ?? version;
}

async function main(): Promise<void> {
  mkdirSync(benchDir, { recursive: true });
  if (env.BENCH_SKIP_BUILD !== '1' || !existsSync(join(distDir, 'index.html'))) await buildAll();
  const server = await serve();
  log(`serving bench/dist on ${base()}`);
  const fresh = !config.reuse || !existsSync(join(profileDir, 'dataset.json'));
  if (fresh) rmSync(profileDir, { recursive: true, force: true });
  const context = await chromium.launchPersistentContext(join(profileDir, 'chromium'), {
    executablePath: env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-dev-shm-usage'],
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    viewport: { width: 1400, height: 900 },
  });
  await context.addInitScript(PROBE);
  browserVersion = context.browser()?.version() ?? (await chromiumVersion(context));
  const figures: Figure[] = [];
  const details: Record<string, unknown> = {};
  try {
    // 1. The dataset.
    let dataset: DatasetStats;
    if (fresh) {
      log(`generating: ${spec.bodies} bodies, ${spec.people} people, ${spec.meetings} meetings, ${spec.items} items …`);
      const hook = await context.newPage();
      await hook.exposeFunction('benchProgress', (message: string) => log(`  ${message}`));
      hook.on('pageerror', (error) => console.error(`[hook error] ${error.message}`));
      await hook.goto(`${base()}/bench-hook/bench.html`);
      await hook.waitForFunction('!!window.justeraBench');
      dataset = (await hook.evaluate(`window.justeraBench.generate(${JSON.stringify(spec)})`)) as DatasetStats;
      await hook.evaluate('window.justeraBench.close()');
      await hook.close();
      writeFileSync(join(profileDir, 'dataset.json'), JSON.stringify(dataset, null, 2));
      log(`generated in ${(dataset.generateMs / 1000).toFixed(1)} s: ${dataset.meetings} meetings, ${dataset.items} items, ${(dataset.textBytes / 1e6).toFixed(1)} MB text, ${dataset.tasks} tasks, ${dataset.attendance} attendance records, ${dataset.updateRows} update rows`);
    } else {
      dataset = JSON.parse(readFileSync(join(profileDir, 'dataset.json'), 'utf8')) as DatasetStats;
      log('reusing the generated profile (BENCH_REUSE=1)');
    }

    // 2. First start after loading: the search index is built from the rows and stored.
    let app = await openPage(context, '/');
    const first = await interactiveAfter(app, 'startPainted');
    log(`first start: interactive after ${first.interactive.toFixed(0)} ms; waiting for the search index to be stored …`);
    const indexWait = await waitForSearchIndexStored(app);
    details.firstStart = { ...first, searchIndexStoredAfterMs: indexWait };
    await app.close();

    // 3. A normal start (median of three), and 4. in each of these pages the 60-item meeting, opened
    // from the start screen (its screen's first opening), until its minutes editor has the cursor.
    const starts: { painted: number; interactive: number; longTasks: number }[] = [];
    const meetings: { painted: number; interactive: number; longTasks: number; navigatedAt: number; focusedAfter: number; editableAfter: number }[] = [];
    const { id: meetingId, itemId } = dataset.largeMeeting;
    for (let i = 0; i < 3; i++) {
      app = await openPage(context, '/');
      starts.push(await interactiveAfter(app, 'startPainted'));
      const t0 = (await app.evaluate(`(() => { const t = window.__bench.watchEditor(${JSON.stringify(itemId)}); location.hash = ${JSON.stringify(`#/moten/${meetingId}/motet/${itemId}`)}; return t; })()`)) as number;
      const meeting = await interactiveAfter(app, 'editorPainted');
      meetings.push({ ...meeting, navigatedAt: t0, focusedAfter: meeting.painted - t0, editableAfter: meeting.interactive - t0 });
      if (i < 2) await app.close();
    }
    const startMs = percentile(starts.map((s) => s.interactive), 50);
    details.starts = starts;
    log(`start screen interactive: ${starts.map((s) => s.interactive.toFixed(0)).join(', ')} ms`);
    figures.push({ key: 'startInteractive', label: 'Startsidan interaktiv', value: startMs, unit: 'ms', target: 1000 });
    const meetingMs = percentile(meetings.map((m) => m.editableAfter), 50);
    details.largeMeeting = meetings;
    log(`large meeting (${dataset.largeMeeting.items} items) editable after ${meetings.map((m) => m.editableAfter.toFixed(0)).join(', ')} ms`);
    figures.push({ key: 'largeMeetingEditable', label: `Möte med ${dataset.largeMeeting.items} punkter redigerbart`, value: meetingMs, unit: 'ms', target: 500 });
    await sleep(1500);
    figures.push({ key: 'heapLoaded', label: 'JS-heap efter start och öppnat möte', value: await heapMB(app), unit: 'MB', target: 200 });

    const rng = random(7);
    // 5. Typing at a fast typist's pace.
    if (want('typing')) {
    let text = '';
    while (text.length < config.typingChars) text += (text ? '\n' : '') + typingText(rng, Math.min(config.typingChars - text.length - 1, 250 + Math.floor(rng() * 150)), { org: () => pick(rng, ['Region Örebro län', 'Örebro kommun', 'RF-SISU Örebro län', 'Länsstyrelsen', 'ÖLBF']), person: () => 'Maria', year: 2025 });
    text = text.slice(0, config.typingChars);
    log(`typing ${text.length} characters at ${config.typingMs} ms per character (${((text.length * config.typingMs) / 1000).toFixed(0)} s) …`);
    await app.evaluate('(() => { const B = window.__bench; B.keys = []; B.writes = []; B.slowEvents = []; B.recordKeys = true; B.recordWrites = true; })()');
    const typingStart = Date.now();
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (ch === '\n') await app.keyboard.press('Enter');
      else await app.keyboard.type(ch);
      const wait = typingStart + (i + 1) * config.typingMs - Date.now();
      if (wait > 0) await sleep(wait);
      if (i % 500 === 499) log(`  typed ${i + 1}`);
    }
    // The minutes editor holds typing back for up to 200 ms (renderer/db/typingBuffer.ts): let the last batch go out.
    await sleep(1000);
    await waitFor(app, 'window.__bench.pendingWrites === 0 && window.__bench.keys.every((k) => k.paint > 0)', 30_000);
    const typed = (await app.evaluate('(() => { const B = window.__bench; B.recordKeys = false; return { keys: B.keys, writes: B.writes, slowEvents: B.slowEvents }; })()')) as {
      keys: { start: number; paint: number }[];
      writes: { added: number; committed: number; aborted?: boolean }[];
      slowEvents: { name: string; start: number; duration: number; inputDelay: number; processing: number }[];
    };
    const paint = typed.keys.map((k) => k.paint - k.start);
    const writes = typed.writes.filter((w) => !w.aborted).sort((a, b) => a.added - b.added);
    const persisted: number[] = [];
    let w = 0;
    for (const key of [...typed.keys].sort((a, b) => a.start - b.start)) {
      while (w < writes.length && writes[w]!.added < key.start) w++;
      if (w < writes.length) persisted.push(writes[w]!.committed - key.start);
    }
    details.typing = {
      keystrokes: typed.keys.length,
      characters: text.length,
      intervalMs: config.typingMs,
      writes: writes.length,
      paint: { p50: percentile(paint, 50), p95: percentile(paint, 95), p99: percentile(paint, 99), max: Math.max(...paint) },
      persisted: { p50: percentile(persisted, 50), p95: percentile(persisted, 95), p99: percentile(persisted, 99), max: Math.max(...persisted) },
      eventTimingOver16ms: typed.slowEvents.length,
      slowEvents: typed.slowEvents.slice(0, 50),
    };
    log(`typing: ${typed.keys.length} keystrokes, ${writes.length} update writes, ${typed.slowEvents.length} events over 16 ms (Event Timing)`);
    figures.push({ key: 'keyToPaintP50', label: 'Tangent till skärm p50', value: percentile(paint, 50), unit: 'ms', target: null });
    figures.push({ key: 'keyToPaintP95', label: 'Tangent till skärm p95', value: percentile(paint, 95), unit: 'ms', target: 16 });
    figures.push({ key: 'keyToPersistedP50', label: 'Tangent till sparat p50', value: percentile(persisted, 50), unit: 'ms', target: null });
    figures.push({ key: 'keyToPersistedP95', label: 'Tangent till sparat p95', value: percentile(persisted, 95), unit: 'ms', target: 500 });
    }

    // 6. An hour's worth of typing, fast: through the editor, item after item, then the heap.
    if (want('hour')) {
    const rounds = Math.ceil(config.hourChars / config.hourCharsPerItem);
    log(`an hour's worth of typing: ${config.hourChars} characters over ${rounds} items, a word per transaction …`);
    const hourStart = Date.now();
    const memoryBefore = await heapMB(app);
    let currentItem = itemId;
    for (let r = 0; r < rounds; r++) {
      const chunk = typingText(rng, config.hourCharsPerItem, { org: () => 'Region Örebro län', person: () => 'Maria', year: 2025 });
      await app.evaluate(`(async () => {
        const B = window.__bench; B.recordWrites = false;
        const el = document.querySelector('article[data-item-id] .ProseMirror');
        const editor = el.editor;
        const text = ${JSON.stringify(chunk)};
        const words = text.match(/\\S+\\s*/g) || [];
        for (let i = 0; i < words.length; i++) {
          if (i % 50 === 49) editor.commands.splitBlock();
          else editor.view.dispatch(editor.state.tr.insertText(words[i]));
          if (i % 10 === 9) {
            await new Promise((r) => setTimeout(r, 0));
            while (B.pendingWrites > 25) await new Promise((r) => setTimeout(r, 2));
          }
        }
        while (B.pendingWrites > 0) await new Promise((r) => setTimeout(r, 5));
      })()`);
      await sleep(800); // a pause: the projector (700 ms) and the search index catch up, as between items
      await app.keyboard.press('Alt+PageDown');
      await waitFor(app, `(() => { const a = document.querySelector('article[data-item-id]'); return !!a && a.dataset.itemId !== ${JSON.stringify(currentItem)} && !!document.activeElement && document.activeElement.classList.contains('ProseMirror'); })()`, 20_000);
      currentItem = (await app.evaluate(`document.querySelector('article[data-item-id]').dataset.itemId`)) as string;
      if (r % 5 === 4) log(`  ${(r + 1) * config.hourCharsPerItem} characters`);
    }
    await sleep(1500);
    const hourHeap = await heapMB(app);
    details.hourOfTyping = { characters: rounds * config.hourCharsPerItem, items: rounds, seconds: (Date.now() - hourStart) / 1000, heapBeforeMB: memoryBefore, heapAfterMB: hourHeap };
    figures.push({ key: 'heapAfterHour', label: 'JS-heap efter en timmes skrivande', value: hourHeap, unit: 'MB', target: 200 });
    }
    await app.close();

    // 7. Search, Word export, backup and restore: in the hook page, with the app's own functions.
    const hook = await context.newPage();
    hook.on('pageerror', (error) => console.error(`[hook error] ${error.message}`));
    await hook.goto(`${base()}/bench-hook/bench.html`);
    await hook.waitForFunction('!!window.justeraBench');
    if (want('search')) {
    log(`searching: ${searchQueries.length} queries …`);
    const search = (await hook.evaluate(`window.justeraBench.search(${JSON.stringify(searchQueries)})`)) as { loadMs: number; source: string | null; timings: { query: string; ms: number; hits: number; indexMs: number }[] };
    const searchMs = search.timings.map((t) => t.ms);
    const indexMs = search.timings.map((t) => t.indexMs);
    details.search = { ...search, p50: percentile(searchMs, 50), p95: percentile(searchMs, 95), max: Math.max(...searchMs), indexOnly: { p50: percentile(indexMs, 50), p95: percentile(indexMs, 95) } };
    figures.push({ key: 'searchP50', label: `Sökning p50 (${searchMs.length} frågor)`, value: percentile(searchMs, 50), unit: 'ms', target: null });
    figures.push({ key: 'searchP95', label: `Sökning p95 (${searchMs.length} frågor)`, value: percentile(searchMs, 95), unit: 'ms', target: 30 });
    }

    for (const [key, label, id, target] of [
      ['wordExport15', 'Word-export, protokoll 15 punkter', dataset.mediumMeeting.id, 300],
      ['wordExport60', 'Word-export, protokoll 60 punkter', dataset.largeMeeting.id, 1000],
    ] as const) {
      const result = (await hook.evaluate(`window.justeraBench.wordExport(${JSON.stringify(id)})`)) as { ms: number; bytes: number } | null;
      figures.push({ key, label, value: result?.ms ?? null, unit: 'ms', target, note: result ? undefined : 'inte mätt ännu: protokollexporten (exportProtocolDocx) finns inte på den här grenen' });
    }

    if (want('backup')) {
    log('backup and restore of the whole database …');
    // BENCH_CPU_PROFILE=<file>: a CPU profile of this phase (Chrome DevTools format), for finding causes.
    const cdp = env.BENCH_CPU_PROFILE ? await context.newCDPSession(hook) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    const backup = (await hook.evaluate('window.justeraBench.backupAndRestore()')) as { backupMs: number; restoreMs: number; readMs: number; restoreEmptyMs: number; readEmptyMs: number; bytes: number };
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(resolve(env.BENCH_CPU_PROFILE!), JSON.stringify(profile));
      await cdp.detach();
    }
    details.backup = { ...backup, megabytes: backup.bytes / 1e6 };
    log(`restore over the same data: read ${backup.readMs.toFixed(0)} ms + write ${(backup.restoreMs - backup.readMs).toFixed(0)} ms; into an empty database: read ${backup.readEmptyMs.toFixed(0)} ms + write ${(backup.restoreEmptyMs - backup.readEmptyMs).toFixed(0)} ms`);
    figures.push({ key: 'backup', label: `Säkerhetskopia (${(backup.bytes / 1e6).toFixed(0)} MB)`, value: backup.backupMs, unit: 'ms', target: 5000 });
    figures.push({ key: 'restore', label: 'Återställning över samma data (läsa, kontrollera, ersätta)', value: backup.restoreMs, unit: 'ms', target: 10_000 });
    figures.push({ key: 'restoreEmpty', label: 'Återställning till tom databas (ny dator)', value: backup.restoreEmptyMs, unit: 'ms', target: 10_000 });
    }
    await hook.evaluate('window.justeraBench.close()');
    await hook.close();
  } finally {
    await context.close();
    server.close();
    if (!config.reuse) rmSync(profileDir, { recursive: true, force: true });
  }

  // --- report --------------------------------------------------------------------------------------
  const status = (f: Figure) => (f.value === null ? '–' : f.target === null ? '' : f.value < f.target ? 'ok' : 'MISSED');
  const fmt = (f: Figure) => (f.value === null ? 'inte mätt ännu' : `${f.value.toFixed(f.unit === 'MB' ? 1 : f.value < 100 ? 1 : 0)} ${f.unit}`);
  const rows = figures.map((f) => [f.label, fmt(f), f.target === null ? '' : `< ${f.target} ${f.unit}`, status(f)]);
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]!.length), ['Mått', 'Uppmätt', 'Mål', ''][c]!.length));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  console.info('');
  console.info(line(['Mått', 'Uppmätt', 'Mål', '']));
  console.info(widths.map((w) => '-'.repeat(w)).join('-|-'));
  rows.forEach((r) => console.info(line(r)));
  for (const f of figures.filter((f) => f.note)) console.info(`  ${f.label}: ${f.note}`);
  const cpus = os.cpus();
  const results = {
    date: new Date().toISOString(),
    machine: { platform: `${os.platform()} ${os.release()}`, cpu: cpus[0]?.model ?? 'unknown', cores: cpus.length, memoryGB: Math.round(os.totalmem() / 1e9), node: process.version, chromium: browserVersion, loadAverageAtStart: loadAtStart, loadAverageAtEnd: os.loadavg() },
    config,
    spec,
    figures: Object.fromEntries(figures.map((f) => [f.key, { label: f.label, value: f.value, unit: f.unit, target: f.target, ok: f.value === null || f.target === null ? null : f.value < f.target, note: f.note }])),
    details,
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(join(benchDir, 'results.json'), JSON.stringify(results, null, 2));
  log(`wrote bench/results.json (load average ${loadAtStart.map((l) => l.toFixed(1)).join(' ')} at start, ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} now on ${cpus.length} cores)`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
