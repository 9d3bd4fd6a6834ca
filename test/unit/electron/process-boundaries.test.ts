// Only electron/main/index.ts may import Electron's values: every other main-process module takes
// Electron objects as parameters (so it can be tested here, where Electron cannot run).
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf } from '../../helpers/imports';

const mainDir = resolve(import.meta.dirname, '../../../electron/main');
const modules = readdirSync(mainDir).filter((name) => name.endsWith('.ts'));

describe('electron/main', () => {
  it('has the modules the architecture describes', () => {
    expect(modules).toEqual(
      expect.arrayContaining(['index.ts', 'window-options.ts', 'trusted-url.ts', 'security.ts', 'protocol.ts', 'ipc.ts', 'handlers.ts', 'menu.ts']),
    );
  });

  it.each(modules.filter((name) => name !== 'index.ts'))("%s imports 'electron' for types only", (name) => {
    const electronImports = importsOf(join(mainDir, name)).filter((i) => i.module === 'electron' || i.module.startsWith('electron/'));
    for (const i of electronImports) expect(i.typeOnly, `${name} imports the value of electron`).toBe(true);
  });

  it("index.ts is the one place that imports Electron's values", () => {
    expect(importsOf(join(mainDir, 'index.ts'))).toContainEqual({ module: 'electron', typeOnly: false });
  });
});
