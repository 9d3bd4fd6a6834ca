/**
 * Diagnosis, not part of the benchmark: a CPU profile of one page load in the benchmark's kept
 * profile (run `BENCH_REUSE=1 npm run bench` first and serve bench/dist on port 4351), printed as the
 * functions with the most self and inclusive time and a 100 ms timeline.
 * Usage: npx tsx test/bench/profile-start.ts [url] [milliseconds]
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- CDP profile nodes, read ad hoc */
import { chromium } from '@playwright/test';
const ctx = await chromium.launchPersistentContext('/work/wt-bench/bench/profile/chromium', { executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'], locale: 'sv-SE' });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(process.argv[2] ?? 'http://127.0.0.1:4351/');
await new Promise((r) => setTimeout(r, Number(process.argv[3] ?? 6000)));
const { profile } = await cdp.send('Profiler.stop') as any;
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const self = new Map<number, number>();
const dt = profile.timeDeltas; for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0));
// total time per function (inclusive) via parent links
const parent = new Map<number, number>(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map<string, number>(); const selfBy = new Map<string, number>();
for (const [id, t] of self) { const n: any = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; selfBy.set(key, (selfBy.get(key) ?? 0) + t);
  const seen = new Set<string>(); let cur: any = n; while (cur) { const k = `${cur.callFrame.functionName || '(anon)'} ${cur.callFrame.url.split('/').pop()}:${cur.callFrame.lineNumber}`; if (!seen.has(k)) { incl.set(k, (incl.get(k) ?? 0) + t); seen.add(k); } cur = byId.get(parent.get(cur.id)); } }
console.log('SELF'); [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, v]) => console.log((v / 1000).toFixed(0).padStart(7), k));
console.log('INCL'); [...incl].sort((a, b) => b[1] - a[1]).slice(0, 60).forEach(([k, v]) => console.log((v / 1000).toFixed(0).padStart(7), k));

// timeline: per 100 ms bucket, busy ms and the top inclusive named frames
let t = profile.startTime; const buckets = new Map<number, Map<string, number>>(); const busy = new Map<number, number>();
for (let i = 0; i < profile.samples.length; i++) { t += dt[i] ?? 0; const n: any = byId.get(profile.samples[i]); if (n.callFrame.functionName === '(idle)') continue; const b = Math.floor((t - profile.startTime) / 1e5); busy.set(b, (busy.get(b) ?? 0) + (dt[i + 1] ?? 200)); const m = buckets.get(b) ?? new Map(); buckets.set(b, m); let cur: any = n; const seen = new Set<string>(); let depth = 0; while (cur && depth < 60) { const k = cur.callFrame.functionName; if (k && !seen.has(k)) { m.set(k, (m.get(k) ?? 0) + 1); seen.add(k); } cur = byId.get(parent.get(cur.id)); depth++; } }
console.log('TIMELINE');
for (const [b, ms] of [...busy].sort((a, b) => a[0] - b[0])) { if (ms < 20000) continue; const m = buckets.get(b)!; const skip = new Set(['(root)', '(program)', 'callListener', 'endMicroTickScope', 'execInGlobalContext', '(anonymous)', 'usePSD', 'then', 'callback', 'performWorkUntilDeadline', 'workLoop', 'flushWork']); console.log(`${(b / 10).toFixed(1)}s busy ${(ms / 1000).toFixed(0)}ms:`, [...m].filter(([k]) => !skip.has(k)).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k}(${v})`).join(' ')); }
await ctx.close();
