/**
 * `npm run cli -- export <fil.json> --out <fil.docx> [--template <mall.docx>]`: the command-line
 * export with the default template from templates/ (see export.ts).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { templateSpecs } from '../../shared/word/templates';
import { defaultFs, writeFileAtomic } from '../main/files';
import { runCli } from './export';

const templatesDir = resolve(import.meta.dirname, '../../templates');

const code = await runCli(process.argv.slice(2), {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, bytes) => writeFileAtomic(defaultFs, resolve(path), bytes),
  defaultTemplate: async () => new Uint8Array(await readFile(resolve(templatesDir, templateSpecs.protocol.fileName))),
  out: (line) => console.info(line),
  err: (line) => console.error(line),
});
process.exitCode = code;
