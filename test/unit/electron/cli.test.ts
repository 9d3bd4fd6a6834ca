import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportArgsFromAppArgv, parseExportArgs, runCli, type CliIo } from '../../../electron/cli/export';
import * as justering from '../../../renderer/db/justering';
import { closeStore, type Store } from '../../../renderer/db/store';
import { signedProtocolArchive } from '../../../renderer/db/wordExports';
import { verificationCode } from '../../../shared/document/canonical';
import { readWordStamp } from '../../../shared/word/stamp';
import { paragraphsOf, part } from '../../helpers/docx';
import { heldProtocolMeeting, signProtocol } from '../../helpers/protocolFixture';
import { freshStore } from '../../helpers/store';
import { makeTempDir } from '../../helpers/temp-dir';

const root = resolve(import.meta.dirname, '../../..');
const defaultTemplate = async () => new Uint8Array(await readFile(join(root, 'templates/protokoll.docx')));

let store: Store;
let reviewPackage: Uint8Array;
let archive: Uint8Array;
let hash: string;
beforeAll(async () => {
  store = await freshStore('cli');
  const { meetingId } = await heldProtocolMeeting(store);
  await justering.sendForReview(store, meetingId);
  reviewPackage = (await justering.exportReviewPackage(store, meetingId)).bytes;
  await signProtocol(store, meetingId);
  const signed = await signedProtocolArchive(store, meetingId);
  archive = signed.bytes;
  hash = (await justering.listSignedVersions(store, meetingId))[0]!.hash;
}, 60_000);
afterAll(() => closeStore(store));

function memoryIo(files: Record<string, Uint8Array>): CliIo & { written: Record<string, Uint8Array>; stdout: string[]; stderr: string[] } {
  const written: Record<string, Uint8Array> = {};
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    written,
    stdout,
    stderr,
    readFile: async (path) => {
      const file = files[path];
      if (!file) throw new Error('ENOENT');
      return file;
    },
    writeFile: async (path, bytes) => {
      written[path] = bytes;
    },
    defaultTemplate,
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    now: () => new Date('2024-06-18T08:00:00.000Z'),
  };
}

describe('command-line export', () => {
  it('renders a signed protocol archive file to Word with the default template', async () => {
    const io = memoryIo({ 'arkiv.json': archive });
    expect(await runCli(['export', 'arkiv.json', '--out', 'protokoll.docx'], io)).toBe(0);
    const docx = io.written['protokoll.docx']!;
    expect(paragraphsOf(await part(docx, 'word/document.xml'))).toContain('Justerat den: 17 juni 2024');
    const { stamp } = await readWordStamp(docx);
    expect(stamp).toMatchObject({ hash, signed: true, version: 1, templateName: 'Justeras standardmall (protokoll.docx)', templateVersion: expect.stringMatching(/^[0-9A-F]{8}$/) });
    expect(io.stdout).toEqual([expect.stringMatching(new RegExp(`^Skrev protokoll\\.docx: version 1, justerad, kontrollkod ${verificationCode(hash)}, mall Justeras standardmall`))]);
  });

  it('renders a review package (not signed)', async () => {
    const io = memoryIo({ 'paket.json': reviewPackage });
    expect(await runCli(['export', 'paket.json', '--out', 'v1.docx'], io)).toBe(0);
    expect(paragraphsOf(await part(io.written['v1.docx']!, 'word/document.xml'))).toContain('Justerat den: …………………………');
  });

  it('refuses a tampered file in Swedish with exit code 1 and writes nothing', async () => {
    const text = new TextDecoder().decode(archive).replace('Rådet tackar för rapporten.', 'Rådet avslår rapporten.');
    expect(text).not.toBe(new TextDecoder().decode(archive));
    const io = memoryIo({ 'arkiv.json': new TextEncoder().encode(text) });
    expect(await runCli(['export', 'arkiv.json', '--out', 'x.docx'], io)).toBe(1);
    expect(io.written).toEqual({});
    expect(io.stderr).toEqual(['Det justerade protokollet har ändrats efter att det arkiverades (innehållet stämmer inte med sin kontrollsumma). Ingen Word-fil har skrivits.']);

    const pkg = new TextDecoder().decode(reviewPackage).replace('Healthy cities', 'Unhealthy cities');
    const io2 = memoryIo({ 'paket.json': new TextEncoder().encode(pkg) });
    expect(await runCli(['export', 'paket.json', '--out', 'x.docx'], io2)).toBe(1);
    expect(io2.stderr[0]).toMatch(/har ändrats efter att den skapades/);
    expect(io2.written).toEqual({});

    const io3 = memoryIo({ 'annat.json': new TextEncoder().encode('{"format":"något annat"}') });
    expect(await runCli(['export', 'annat.json', '--out', 'x.docx'], io3)).toBe(1);
    expect(io3.stderr).toEqual(['Filen är varken en justeringsfil eller ett justerat protokoll från Justera. Ingen Word-fil har skrivits.']);
  });

  it('uses --template after checking it, and refuses one that lacks placeholders', async () => {
    const io = memoryIo({ 'arkiv.json': archive, 'mall.docx': await defaultTemplate(), 'tom.docx': await readFile(join(root, 'templates/motestider.docx')) });
    expect(await runCli(['export', 'arkiv.json', '--out', 'a.docx', '--template', 'mall.docx'], io)).toBe(0);
    expect((await readWordStamp(io.written['a.docx']!)).stamp?.templateName).toBe('mall.docx');
    expect(await runCli(['export', 'arkiv.json', '--out', 'b.docx', '--template', 'tom.docx'], io)).toBe(1);
    expect(io.stderr[0]).toMatch(/^Mallen används inte\. Mallen saknar \{\{dateTime\}\}/);
    expect(io.written['b.docx']).toBeUndefined();
  });

  it('explains wrong use with exit code 2', async () => {
    const io = memoryIo({});
    expect(await runCli(['export', 'a.json'], io)).toBe(2);
    expect(io.stderr[0]).toBe('Ange Word-filen som ska skrivas med --out.');
    expect(parseExportArgs(['import'])).toEqual({ error: 'Okänt kommando ”import”.' });
    expect(parseExportArgs(['export', 'a.json', '--out', 'b.pdf'])).toEqual({ error: 'Filen efter --out ska sluta på .docx.' });
    expect(exportArgsFromAppArgv(['/opt/Justera/justera', '--export', 'a.json', '--out', 'b.docx'])).toEqual(['export', 'a.json', '--out', 'b.docx']);
    expect(exportArgsFromAppArgv(['/opt/Justera/justera'])).toBeNull();
  });

  it('runs as `npm run cli -- export …` (tsx), exit codes included', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      await writeFile(join(dir, 'arkiv.json'), archive);
      const run = promisify(execFile);
      const tsx = join(root, 'node_modules/.bin/tsx');
      const ok = await run(tsx, ['electron/cli/index.ts', 'export', join(dir, 'arkiv.json'), '--out', join(dir, 'ut.docx')], { cwd: root });
      expect(ok.stdout).toMatch(/^Skrev .*ut\.docx: version 1, justerad/);
      expect((await readWordStamp(new Uint8Array(await readFile(join(dir, 'ut.docx'))))).stamp?.hash).toBe(hash);
      await writeFile(join(dir, 'trasig.json'), new TextDecoder().decode(archive).replace('Healthy', 'Sick'));
      const refused = await run(tsx, ['electron/cli/index.ts', 'export', join(dir, 'trasig.json'), '--out', join(dir, 'nej.docx')], { cwd: root }).then(
        () => null,
        (e: { code: number; stderr: string }) => e,
      );
      expect(refused?.code).toBe(1);
      expect(refused?.stderr).toMatch(/har ändrats efter att det arkiverades/);
    } finally {
      await cleanup();
    }
  }, 60_000);
});
