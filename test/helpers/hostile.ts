/**
 * Hostile input for every import path (backup today; review package, approval file and Word
 * template as they arrive) and for the Word export: fast-check arbitraries for the values an
 * attacker, a broken disk or a confused user might hand us, and the checks every import must pass:
 *
 * - it never throws anything but our Swedish DomainError (a refusal);
 * - a refused import changes nothing (every table, Yjs update rows included, is identical);
 * - nothing in the input is ever run (the payloads below would set `globalThis.__justeraPwned`
 *   or pollute Object.prototype if anything evaluated them).
 *
 * `describeHostileImport` turns an import path into a standard set of property tests; see
 * test/unit/hostile/backup-import.property.test.ts for how a path plugs in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../shared/domain/errors';
import type { Store } from '../../renderer/db/store';
import { dumpDatabase } from './store';

const PWNED = '__justeraPwned';

/** Payloads that would leave a trace if anything evaluated, rendered or interpolated them. */
export const executablePayloads = [
  `<script>globalThis.${PWNED}=1</script>`,
  `<img src=x onerror="globalThis.${PWNED}=1">`,
  `<svg onload=globalThis.${PWNED}=1>`,
  `javascript:globalThis.${PWNED}=1`,
  `\${globalThis.${PWNED}=1}`,
  `{{constructor.constructor('globalThis.${PWNED}=1')()}}`,
  `'); globalThis.${PWNED}=1; ('`,
  `"></w:t><w:r><w:t>{{body}}`,
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
  '{"__proto__": {"polluted": true}}',
  '=cmd|\' /C calc\'!A0',
];

/** Strings that break naive code: control characters, bidi overrides, lone surrogates, emoji, markup. */
export const nastyStrings = [
  '',
  ' ',
  '\u0000',
  '\u0000\u0001\u0002\u001b[31m\u007f',
  '\r\n\t\v\f',
  '\u202eevil\u202c',
  '\ud800',
  '\udfff\ud800',
  '👩‍👩‍👧‍👦🇸🇪🧑🏽‍⚕️',
  'Å̊̊̊̊̊̊̊̊̊̊̊̊',
  '𝕵𝖚𝖘𝖙𝖊𝖗𝖆',
  '\ufeffBOM',
  '../../../../etc/passwd',
  'C:\\Windows\\System32',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e309',
  '__proto__',
  'constructor',
  '$type',
  '2024-02-30',
  '0000-00-00T25:61:61Z',
  ...executablePayloads,
];

/** Any string, biased towards the nasty ones, occasionally huge. */
export function hostileString(options: { maxLength?: number } = {}): fc.Arbitrary<string> {
  const maxLength = options.maxLength ?? 300;
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...nastyStrings) },
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
    { weight: 1, arbitrary: fc.constantFrom(...executablePayloads).map((p) => p.repeat(1 + Math.floor(maxLength / p.length))) },
    { weight: 1, arbitrary: fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'Å'.repeat(n)) },
  );
}

/** Dates as strings, valid and not: impossible days, odd formats, far past and future, garbage. */
export function hostileDate(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toISOString())),
    fc.constantFrom('2024-02-30', '2023-02-29', '2024-13-01', '0000-01-01', '+275760-09-13', '-271821-04-20', '2024-5-1', '17 maj 2024', '', 'T', '2024-05-17T25:00'),
    fc.integer().map(String),
    fc.double(),
  );
}

/** JSON-like values nested to `depth`, with hostile strings, dates and numbers at the leaves. */
export function hostileJson(options: { depth?: number } = {}): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(
    hostileString({ maxLength: 80 }),
    hostileDate(),
    fc.constantFrom(null, true, false, 0, -0, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, 1e308),
    fc.double(),
    fc.constantFrom({ $type: 'bytes', base64: '@@@' }, { $type: 'date', value: 'x' }, { $type: 'nope' }, { $type: 'object', value: [] }),
  );
  return fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('value'), { maxLength: 5 }),
      fc.dictionary(hostileString({ maxLength: 20 }), tie('value'), { maxKeys: 5 }),
    ),
  })).value.chain((value) => (options.depth ? fc.constant(deeplyNested(options.depth, value)) : fc.constant(value)));
}

/** `[[[[…value…]]]]`, n levels deep, alternating arrays and objects. */
export function deeplyNested(depth: number, value: unknown = 'bottom'): unknown {
  let out = value;
  for (let i = 0; i < depth; i += 1) out = i % 2 === 0 ? [out] : { nested: out };
  return out;
}

/** Bytes that are not our file: random, zip headers, UTF-16, BOMs, NULs. */
export function hostileBytes(): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    fc.uint8Array({ maxLength: 2000 }),
    fc.uint8Array({ maxLength: 200 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b])),
    fc.uint8Array({ maxLength: 200 }).map((b) => new Uint8Array([0xef, 0xbb, 0xbf, ...b])),
    fc.uint8Array({ maxLength: 200 }).map((b) => new Uint8Array([0xff, 0xfe, ...b])),
    hostileJson().map((v) => new TextEncoder().encode(safeStringify(v))),
  );
}

export function safeStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)) ?? 'null';
}

/** Nothing ran: no payload left its trace, nothing polluted Object.prototype. */
export function expectNothingExecuted(): void {
  expect((globalThis as Record<string, unknown>)[PWNED]).toBeUndefined();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
}

/** Runs an import that must be refused: a DomainError (matching `message`), and not a byte changed. */
export async function expectRefusedWithoutChange(store: Store, run: () => Promise<unknown>, message?: RegExp): Promise<void> {
  const before = await dumpDatabase(store);
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the import should have been refused').not.toBeNull();
  expect(isDomainError(error), `expected our DomainError, got ${String(error)}`).toBe(true);
  if (message) expect((error as Error).message).toMatch(message);
  expect(await dumpDatabase(store)).toEqual(before);
  expectNothingExecuted();
}

// --- damaging a valid JSON file ------------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const replacements: unknown[] = [
  null,
  '',
  -1,
  0,
  1e308,
  true,
  [],
  {},
  'Å'.repeat(5000),
  ...executablePayloads,
  { $type: 'bytes', base64: 'not base64!' },
  { $type: 'date', value: '2024-02-30' },
  deeplyNested(200),
];

/**
 * A copy of `json` with one spot damaged (chosen by `seed`): a value replaced by a hostile one, a
 * key removed, an array cut short, or a row duplicated.
 */
export function mutateBackupJson<T>(json: T, seed: number): T {
  const random = mulberry32(seed);
  const copy = structuredClone(json) as unknown;
  const spots: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (value: unknown, depth: number) => {
    if (depth > 12 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        spots.push({ parent: value, key: i });
        walk(item, depth + 1);
      });
    } else {
      for (const [key, item] of Object.entries(value)) {
        spots.push({ parent: value as Record<string, unknown>, key });
        walk(item, depth + 1);
      }
    }
  };
  walk(copy, 0);
  const spot = spots[Math.floor(random() * spots.length)]!;
  const action = Math.floor(random() * 4);
  if (action === 0 || !Array.isArray(spot.parent)) {
    if (action === 1 && !Array.isArray(spot.parent)) {
      delete (spot.parent as Record<string, unknown>)[spot.key as string];
    } else {
      (spot.parent as Record<string | number, unknown>)[spot.key] = replacements[Math.floor(random() * replacements.length)];
    }
  } else if (action === 2) {
    spot.parent.length = spot.key as number;
  } else {
    spot.parent.push(structuredClone(spot.parent[spot.key as number]));
  }
  return copy as T;
}

// --- the standard properties of an import path ---------------------------------------------------

export interface ImportPath {
  /** Shown in test names, e.g. "säkerhetskopia". */
  name: string;
  /** A database with data in it, to import into. */
  target: () => Promise<Store>;
  /** A valid file for this path. */
  validFile: () => Promise<Uint8Array>;
  /** The import. It must resolve (accepted) or reject with a DomainError (refused). */
  run: (store: Store, bytes: Uint8Array) => Promise<unknown>;
  /** Whether the valid file is JSON (then damaged copies of its JSON are tried as well). */
  json: boolean;
  /**
   * For formats with a checksum or signature: makes a damaged JSON file consistent again (as a
   * deliberate forger would), so the checks behind the checksum are exercised as well.
   */
  reseal?: (json: unknown) => Promise<Uint8Array>;
  /** Checks that must hold after an accepted import (e.g. derived rows match the documents). */
  afterAccepted?: (store: Store) => Promise<void>;
  /** Brings the target back to its starting state after an accepted import, if needed. */
  reset?: (store: Store) => Promise<void>;
  close: (store: Store) => void;
  numRuns?: number;
}

/** Refused with nothing changed, or accepted and consistent; never anything else. */
async function refusedOrConsistent(path: ImportPath, store: Store, bytes: Uint8Array): Promise<'refused' | 'accepted'> {
  const before = await dumpDatabase(store);
  let outcome: 'refused' | 'accepted';
  try {
    await path.run(store, bytes);
    outcome = 'accepted';
  } catch (error) {
    expect(isDomainError(error), `expected our DomainError, got ${String(error)}`).toBe(true);
    expect((error as Error).message).toMatch(/[åäöÅÄÖ]|[a-z]/);
    expect(await dumpDatabase(store)).toEqual(before);
    outcome = 'refused';
  }
  expectNothingExecuted();
  if (outcome === 'accepted') {
    await path.afterAccepted?.(store);
    await path.reset?.(store);
  }
  return outcome;
}

export function describeHostileImport(path: ImportPath): void {
  const numRuns = path.numRuns ?? 30;
  describe(`hostile input: ${path.name}`, () => {
    const withTarget = async (body: (store: Store) => Promise<void>) => {
      const store = await path.target();
      try {
        await body(store);
      } finally {
        path.close(store);
      }
    };

    it('refuses random and foreign bytes without changing anything', () =>
      withTarget(async (store) => {
        await fc.assert(
          fc.asyncProperty(hostileBytes(), async (bytes) => {
            expect(await refusedOrConsistent(path, store, bytes)).toBe('refused');
          }),
          { numRuns },
        );
      }), 120_000);

    it('refuses hostile JSON values, deep nesting included, without changing anything', () =>
      withTarget(async (store) => {
        await fc.assert(
          fc.asyncProperty(fc.oneof(hostileJson(), hostileJson({ depth: 5000 })), async (value) => {
            await refusedOrConsistent(path, store, new TextEncoder().encode(safeStringify(value)));
          }),
          { numRuns },
        );
      }), 120_000);

    it('refuses a valid file cut short anywhere', () =>
      withTarget(async (store) => {
        const valid = await path.validFile();
        await fc.assert(
          fc.asyncProperty(fc.integer({ min: 0, max: valid.length - 2 }), async (cut) => {
            expect(await refusedOrConsistent(path, store, valid.slice(0, cut))).toBe('refused');
          }),
          { numRuns },
        );
      }), 120_000);

    if (path.json) {
      it('either refuses a damaged valid file with nothing changed, or imports it consistently', () =>
        withTarget(async (store) => {
          const valid = JSON.parse(new TextDecoder().decode(await path.validFile())) as unknown;
          await fc.assert(
            fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), async (seed) => {
              const damaged = mutateBackupJson(valid, seed);
              await refusedOrConsistent(path, store, new TextEncoder().encode(JSON.stringify(damaged)));
              if (path.reseal) await refusedOrConsistent(path, store, await path.reseal(damaged));
            }),
            { numRuns },
          );
        }), 240_000);
    }
  });
}
