/**
 * A diagnostic for the search index alone, in Node (no browser, no database): builds 12,000 search
 * documents from the benchmark's text generator (about the bench's sizes) and times the benchmark's
 * queries with `runSearch`, each query's own time and its number of hits. For tuning the search
 * options; `npm run bench` remains the measurement.
 *
 *   node --expose-gc --import tsx test/bench/search-node.ts    # --expose-gc: also the index's heap
 */
import { paragraph, type Block } from '../../shared/document/richText';
import { createSearchIndex, runSearch, searchDocumentOf, serialiseSearchIndex, loadSearchIndex } from '../../shared/search/searchIndex';
import { between, decisions, firstNames, lastNames, paragraphText, pick, random, searchQueries, taskTexts, topics, type Fill } from './text';

const rng = random(9);
const orgs = ['Region Örebro län', 'Karlskoga kommun', 'Hällefors kommun', 'RF-SISU Örebro län', 'Länsstyrelsen Örebro län', 'ÖLBF', 'Örebro kommun', 'Lindesbergs kommun'];
const people = Array.from({ length: 300 }, () => `${pick(rng, firstNames)} ${pick(rng, lastNames)}`);
const bodies = ['b0', 'b1', 'b2', 'b3', 'b4', 'b5'];
const docs = [];
for (let m = 0; m < 600; m++) {
  const year = 2016 + Math.floor(m / 60);
  const meeting = { id: `m${m}`, bodyIds: [bodies[m % 6]!], date: `${year}-0${between(rng, 2, 9)}-1${between(rng, 0, 9)}`, deletedAt: null, startTime: '13:00', status: 'held' as const };
  const f: Fill = { org: () => pick(rng, orgs), person: () => pick(rng, people), year };
  for (let i = 0; i < 20; i++) {
    const blocks: Block[] = [];
    let left = Math.round(700 * (0.35 + 1.3 * rng()));
    while (left > 0) {
      const text = paragraphText(rng, Math.min(left, between(rng, 120, 450)), f);
      blocks.push(paragraph(text));
      left -= text.length;
    }
    const decision = rng() < 0.25 ? pick(rng, decisions) : '';
    const tasks = rng() < 0.18 ? [{ text: pick(rng, taskTexts), nextStep: '', deletedAt: null }] : [];
    const doc = searchDocumentOf(
      { id: `i${m}-${i}`, title: `${pick(rng, topics)}${rng() < 0.3 ? ` – ${pick(rng, orgs)}` : ''}`, description: '', subPoints: [], deletedAt: null, postponed: null, position: `a${i}` },
      meeting,
      { blocks, decision, decisionMeta: { method: decision ? 'acclamation' : 'none' }, tasks, round: {} },
    );
    if (doc) docs.push(doc);
  }
}
const gc = (globalThis as { gc?: () => void }).gc;
const heapMB = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};
let t = performance.now();
let index = createSearchIndex();
index.addAll(docs);
console.log(`built ${docs.length} documents in ${(performance.now() - t).toFixed(0)} ms`);
t = performance.now();
const json = serialiseSearchIndex(index);
console.log(`serialised ${(json.length / 1e6).toFixed(1)} M chars in ${(performance.now() - t).toFixed(0)} ms`);
docs.length = 0;
index = createSearchIndex();
const before = heapMB();
t = performance.now();
index = loadSearchIndex(json);
console.log(`loaded in ${(performance.now() - t).toFixed(0)} ms`);
if (gc) console.log(`the loaded index takes ${(heapMB() - before).toFixed(0)} MB of heap (what the search worker holds)`);

const limit = Number(process.env.LIMIT ?? 20);
for (const q of searchQueries.slice(0, 5)) runSearch(index, q, {}, limit);
const times: number[] = [];
for (const q of searchQueries) {
  const start = performance.now();
  const outcome = runSearch(index, q, {}, limit);
  const ms = performance.now() - start;
  times.push(ms);
  console.log(`${ms.toFixed(1).padStart(7)} ms ${String(outcome.total).padStart(6)} hits  ${q}`);
}
times.sort((a, b) => a - b);
console.log(`p50 ${times[Math.ceil(times.length / 2) - 1]!.toFixed(1)} ms, p95 ${times[Math.ceil(times.length * 0.95) - 1]!.toFixed(1)} ms`);
