/**
 * The command-line export, for archiving: a review package (`*.justera-justering.json`) or a
 * signed-protocol archive file (`*.justera-protokoll.json`, saved from the protocol panel) rendered
 * to Word without the UI. The file is checked against its hash first; a changed file is refused with
 * a Swedish message and exit code 1. The same function runs from `npm run cli -- export …`
 * (electron/cli/index.ts) and from the packaged app (`Justera --export …`, electron/main/index.ts).
 *
 * Usage: export <fil.json> --out <fil.docx> [--template <mall.docx>]
 */
import { basename } from 'node:path';
import { isDomainError } from '../../shared/domain/errors';
import { verificationCode } from '../../shared/document/canonical';
import { wordFromExchangeFile } from '../../shared/word/archive';
import { checkTemplateFile, defaultTemplateName, templateVersion } from '../../shared/word/templates';

export const USAGE = [
  'Användning: justera export <fil.json> --out <fil.docx> [--template <mall.docx>]',
  '  <fil.json>   en justeringsfil (.justera-justering.json) eller ett justerat protokoll (.justera-protokoll.json)',
  '  --out        Word-filen som ska skrivas',
  '  --template   en egen protokollmall (annars Justeras standardmall)',
].join('\n');

export interface ExportArgs {
  input: string;
  out: string;
  template: string | null;
}

export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** The default protocol template's bytes. */
  defaultTemplate(): Promise<Uint8Array>;
  out(line: string): void;
  err(line: string): void;
  now?: () => Date;
}

/** Parses `export <file> --out <file> [--template <file>]`; a Swedish message when it cannot. */
export function parseExportArgs(argv: readonly string[]): ExportArgs | { error: string } {
  const [command, ...rest] = argv;
  if (command !== 'export') return { error: command ? `Okänt kommando ”${command}”.` : 'Ange ett kommando.' };
  let input: string | null = null;
  let out: string | null = null;
  let template: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--out' || arg === '--template') {
      const value = rest[++i];
      if (!value) return { error: `${arg} behöver ett filnamn.` };
      if (arg === '--out') out = value;
      else template = value;
    } else if (arg.startsWith('--')) return { error: `Okänt val ”${arg}”.` };
    else if (input === null) input = arg;
    else return { error: `Oväntat argument ”${arg}”.` };
  }
  if (!input) return { error: 'Ange filen som ska exporteras.' };
  if (!out) return { error: 'Ange Word-filen som ska skrivas med --out.' };
  if (!/\.docx$/i.test(out)) return { error: 'Filen efter --out ska sluta på .docx.' };
  return { input, out, template };
}

/** Runs the command; returns the exit code (0 done, 1 refused, 2 wrong use). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseExportArgs(argv);
  if ('error' in args) {
    io.err(args.error);
    io.err(USAGE);
    return 2;
  }
  try {
    let input: Uint8Array;
    try {
      input = await io.readFile(args.input);
    } catch {
      io.err(`Kunde inte läsa ”${args.input}”.`);
      return 1;
    }
    let template: { bytes: Uint8Array; identity: { name: string; version: string } };
    if (args.template) {
      let bytes: Uint8Array;
      try {
        bytes = await io.readFile(args.template);
      } catch {
        io.err(`Kunde inte läsa mallen ”${args.template}”.`);
        return 1;
      }
      const check = await checkTemplateFile(basename(args.template), bytes, 'protocol');
      if (!check.ok) {
        io.err(`Mallen används inte. ${check.messages.join(' ')}`);
        return 1;
      }
      template = { bytes, identity: { name: basename(args.template), version: await templateVersion(bytes) } };
    } else {
      const bytes = await io.defaultTemplate();
      template = { bytes, identity: { name: defaultTemplateName('protocol'), version: await templateVersion(bytes) } };
    }
    const result = await wordFromExchangeFile(input, template, (io.now?.() ?? new Date()).toISOString());
    try {
      await io.writeFile(args.out, result.bytes);
    } catch {
      io.err(`Kunde inte skriva ”${args.out}”.`);
      return 1;
    }
    io.out(
      `Skrev ${args.out}: ${result.signed ? `version ${result.version}, justerad` : `version ${result.version} för justering, ej justerad`}, kontrollkod ${verificationCode(result.hash)}, mall ${template.identity.name} (${template.identity.version}).`,
    );
    return 0;
  } catch (error) {
    if (isDomainError(error)) {
      io.err(error.message);
      return 1;
    }
    io.err('Exporten misslyckades.');
    io.err(String(error));
    return 1;
  }
}

/** The arguments after `--export` in the packaged app's command line, or null when it was not given. */
export function exportArgsFromAppArgv(argv: readonly string[]): string[] | null {
  const index = argv.indexOf('--export');
  return index < 0 ? null : ['export', ...argv.slice(index + 1)];
}
