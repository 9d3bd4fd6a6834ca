/**
 * Diagnosis, not part of the benchmark: CPU profiles of opening the large meeting and of typing into
 * its minutes, in the benchmark's kept profile (run `BENCH_REUSE=1 npm run bench` first; this serves
 * bench/dist itself). Prints, per phase, the functions with the most self and inclusive time.
 * Usage: npx tsx test/bench/profile-typing.ts [characters] [ms per character]   (BENCH_PORT as for the run, 4351;
 * PROFILE_FOCUS=<function name> counts only the samples with that function on their stack)
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- CDP profile nodes, read ad hoc */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type CDPSession } from '@playwright/test';

const root = resolve(import.meta.dirname, '../..');
const distDir = join(root, 'bench', 'dist');
// The benchmark's port: IndexedDB belongs to the origin, so the kept data is only seen there.
const port = Number(process.env.BENCH_PORT ?? 4351);
const chars = Number(process.argv[2] ?? 300);
const interval = Number(process.argv[3] ?? 80);
const dataset = JSON.parse(readFileSync(join(root, 'bench', 'profile', 'dataset.json'), 'utf8')) as { largeMeeting: { id: string; itemId: string } };

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(distDir, path);
  if (!file.startsWith(distDir) || !existsSync(file) || statSync(file).isDirectory()) file = join(distDir, 'index.html');
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(file).pipe(res);
});
await new Promise<void>((ok) => server.listen(port, '127.0.0.1', () => ok()));

function report(title: string, profile: any, timeline = false, minBusyMs = 5): void {
  const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: any) => `${n.callFrame.functionName || '(anon)'} ${String(n.callFrame.url).split('/').pop()}:${n.callFrame.lineNumber}`;
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  let busy = 0;
  // PROFILE_FOCUS=name: count only the samples with that function on their stack.
  const focus = process.env.PROFILE_FOCUS;
  const onStack = (n: any) => {
    for (let cur = n; cur; cur = byId.get(parent.get(cur.id)!)) if (cur.callFrame.functionName === focus) return true;
    return false;
  };
  profile.samples.forEach((id: number, i: number) => {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const n = byId.get(id);
    if (n.callFrame.functionName === '(idle)') return;
    if (focus && !onStack(n)) return;
    busy += dt;
    self.set(key(n), (self.get(key(n)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur = n; cur; cur = byId.get(parent.get(cur.id)!)) {
      const k = key(cur);
      if (!seen.has(k)) incl.set(k, (incl.get(k) ?? 0) + dt);
      seen.add(k);
    }
  });
  console.log(`\n=== ${title}: ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms, busy ${(busy / 1000).toFixed(0)} ms`);
  console.log('SELF');
  [...self].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, v]) => console.log((v / 1000).toFixed(0).padStart(7), k));
  console.log('INCL');
  [...incl].sort((a, b) => b[1] - a[1]).slice(0, 50).forEach(([k, v]) => console.log((v / 1000).toFixed(0).padStart(7), k));
  // React components (capitalised function names; readable with BENCH_NO_MINIFY=1 builds).
  console.log('COMPONENTS (inclusive)');
  [...incl].filter(([k]) => /^[A-Z][A-Za-z0-9]+ /.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 30).forEach(([k, v]) => console.log((v / 1000).toFixed(0).padStart(7), k));
  // A 50 ms timeline: busy time and the named frames seen most in each slice.
  const skip = new Set(['(root)', '(program)', '(anon)', 'callListener', 'performWorkUntilDeadline', 'workLoop', 'flushWork', 'then', 'usePSD', 'callback']);
  const slices = new Map<number, { busy: number; names: Map<string, number> }>();
  let t = 0;
  profile.samples.forEach((id: number, i: number) => {
    t += profile.timeDeltas[i] ?? 0;
    const n = byId.get(id);
    if (n.callFrame.functionName === '(idle)') return;
    const slice = Math.floor(t / 50_000);
    const entry = slices.get(slice) ?? { busy: 0, names: new Map<string, number>() };
    slices.set(slice, entry);
    entry.busy += profile.timeDeltas[i + 1] ?? 0;
    const seen = new Set<string>();
    for (let cur = n; cur; cur = byId.get(parent.get(cur.id)!)) {
      const name = cur.callFrame.functionName;
      if (name && !skip.has(name) && !seen.has(name)) entry.names.set(name, (entry.names.get(name) ?? 0) + 1);
      seen.add(name);
    }
  });
  if (!timeline) return;
  console.log('TIMELINE');
  for (const [slice, { busy: ms, names }] of [...slices].sort((a, b) => a[0] - b[0])) {
    if (ms < minBusyMs * 1000) continue;
    const top = [...names].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k}(${v})`).join(' ');
    console.log(`${String(slice * 50).padStart(6)} ms busy ${(ms / 1000).toFixed(0).padStart(3)} ms: ${top}`);
  }
}

async function profiled(cdp: CDPSession, run: () => Promise<void>): Promise<any> {
  await cdp.send('Profiler.start');
  await run();
  return ((await cdp.send('Profiler.stop')) as any).profile;
}

const ctx = await chromium.launchPersistentContext(join(root, 'bench', 'profile', 'chromium'), {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  locale: 'sv-SE',
});
try {
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  // After the search index's idle load (3 s after start), which the benchmark's opening does not meet.
  await page.waitForTimeout(6000);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const { id, itemId } = dataset.largeMeeting;
  report(
    'open the large meeting',
    await profiled(cdp, async () => {
      await page.evaluate((hash) => (location.hash = hash), `#/moten/${id}/motet/${itemId}`);
      await page.waitForFunction(() => document.activeElement?.classList.contains('ProseMirror'), null, { timeout: 30_000 });
      await page.waitForTimeout(500);
    }),
    true,
  );
  await page.waitForTimeout(2000);
  const sentence = 'Gruppen diskuterade samverkansplanen och vad som krävs för att se resultat i länet. ';
  report(
    `typing ${chars} characters at ${interval} ms`,
    await profiled(cdp, async () => {
      const start = Date.now();
      for (let i = 0; i < chars; i++) {
        await page.keyboard.type(sentence[i % sentence.length]!);
        const wait = start + (i + 1) * interval - Date.now();
        if (wait > 0) await page.waitForTimeout(wait);
      }
      await page.waitForTimeout(1000);
    }),
    true,
    30,
  );
} finally {
  await ctx.close();
  server.close();
}
