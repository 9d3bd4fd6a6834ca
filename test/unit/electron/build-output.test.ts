// Builds the main process and the preload in memory with the project's own electron-vite config and
// checks what the packaged app will actually load: 'electron' stays external, every other
// dependency (zod) is bundled, and the sandboxed preload is one CommonJS file requiring only 'electron'.
import { builtinModules } from 'node:module';
import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRELOAD_PATH_FROM_MAIN } from '../../../electron/main/window-options';
import { buildInMemory, type Chunk } from '../../helpers/electron-build';

const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

let main: Chunk[];
let preload: Chunk[];
beforeAll(async () => {
  main = await buildInMemory('main');
  preload = await buildInMemory('preload');
}, 60_000);

describe('main bundle (out/main/index.js)', () => {
  it('is one ES module file named index.js', () => {
    expect(main.map((c) => c.fileName)).toEqual(['index.js']);
    expect(main[0]!.code).toMatch(/^import .* from "electron";$/m);
  });

  it("keeps 'electron' external and bundles everything else but Node built-ins", () => {
    const imports = main[0]!.imports;
    expect(imports).toContain('electron');
    expect(imports.filter((i) => i !== 'electron' && !nodeBuiltins.has(i))).toEqual([]);
    expect(main[0]!.code).not.toMatch(/from "zod"|require\("zod"\)/);
    expect(main[0]!.code).toContain('safeParse'); // zod is in the bundle, validating requests
  });
});

describe('preload bundle (out/preload/index.cjs)', () => {
  it('is a single CommonJS file with the name the window loads', () => {
    expect(preload.map((c) => c.fileName)).toEqual([basename(PRELOAD_PATH_FROM_MAIN.join('/'))]);
    expect(preload[0]!.code).not.toMatch(/^\s*import\s/m);
    expect(preload[0]!.code).not.toMatch(/^\s*export\s/m);
  });

  it("requires nothing but 'electron' (a sandboxed preload cannot)", () => {
    expect(preload[0]!.imports).toEqual(['electron']);
    const required = [...preload[0]!.code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    expect(preload[0]!.code).not.toMatch(/safeParse|ZodError/); // no zod code slipped in
  });

  it("exposes the bridge as 'justera' and never ipcRenderer itself", () => {
    expect(preload[0]!.code).toContain('exposeInMainWorld("justera"');
    expect(preload[0]!.code).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });
});
