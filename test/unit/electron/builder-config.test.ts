// electron-builder.yml cannot be exercised here (packaging needs the internet), so it is checked
// statically: valid against app-builder-lib's own JSON schema, plus our invariants (asar, fuses,
// what goes into the package, identity, the pinned Electron version).
import Ajv from 'ajv';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

interface BuilderConfig {
  appId: string;
  productName: string;
  electronVersion: string;
  asar: boolean;
  files: string[];
  directories: { output: string; buildResources: string };
  electronFuses: Record<string, boolean>;
  nsis: Record<string, unknown>;
  linux: { target: string[]; category: string; maintainer: string };
  win: { target: { target: string }[] };
  [key: string]: unknown;
}

const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

function schemaValidator() {
  const schema = readJson(join(root, 'node_modules/app-builder-lib/scheme.json'));
  const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });
  // scheme.json marks hook options with ajv-keywords' `typeof` ("function"); a minimal equivalent.
  ajv.addKeyword({
    keyword: 'typeof',
    schemaType: ['string', 'array'],
    validate: (expected: string | string[], data: unknown) => (Array.isArray(expected) ? expected : [expected]).includes(typeof data),
  });
  return ajv.compile(schema);
}

describe('electron-builder.yml', () => {
  it('is valid against app-builder-lib/scheme.json', () => {
    const validate = schemaValidator();
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check would catch a typo', () => {
    const validate = schemaValidator();
    expect(validate({ ...config, electronFuse: {} })).toBe(false);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsnode: false } })).toBe(false);
    expect(validate({ ...config, asar: 'yes' })).toBe(false);
  });

  it('names the app (appId, productName) and pins the installed Electron version', () => {
    expect(config.appId).toBe('se.regionorebro.justera');
    expect(config.productName).toBe('Justera');
    const installed = readJson(join(root, 'node_modules/electron/package.json')).version;
    expect(config.electronVersion).toBe(installed);
    expect(readJson(join(root, 'package.json')).productName).toBe(config.productName);
  });

  it('packs into an asar archive, output in release/, resources in assets/', () => {
    expect(config.asar).toBe(true);
    expect(config.directories).toEqual({ output: 'release', buildResources: 'assets' });
  });

  it('sets every security fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds a per-user Swedish NSIS installer with a choosable folder, and AppImage + deb', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      installerLanguages: ['sv_SE'],
      deleteAppDataOnUninstall: false,
    });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
  });

  describe('what goes into the package (electron-builder 26.17 own file matchers)', () => {
    // Deep import: app-builder-lib has no exports map; these internals match the pinned version.
    const { getMainFileMatchers, getNodeModuleFileMatcher } = require('app-builder-lib/out/fileMatcher') as {
      getMainFileMatchers: (...args: unknown[]) => { createFilter(): (file: string, stat: object) => boolean }[];
      getNodeModuleFileMatcher: (...args: unknown[]) => { isEmpty(): boolean; createFilter(): (file: string, stat: object) => boolean };
    };
    const info = { projectDir: root, buildResourcesDir: join(root, 'assets'), config, isPrepackedAppAsar: false, debugLogger: { isEnabled: false } };
    const [mainMatcher] = getMainFileMatchers(root, '/app', (s: string) => s, {}, { info }, join(root, 'release'), false);
    const appFilter = mainMatcher!.createFilter();
    const file = { isDirectory: () => false };
    const included = (path: string) => appFilter(join(root, path), file);

    it.each(['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/renderer/assets/index-abc.js', 'package.json'])(
      'includes %s',
      (path) => expect(included(path)).toBe(true),
    );

    it.each([
      'out/renderer/assets/index-abc.js.map',
      'out/main/index.js.map',
      'electron/main/index.ts',
      'electron/preload/index.ts',
      'shared/ipc.ts',
      'renderer/main.tsx',
      'test/unit/electron/protocol.test.ts',
      'templates/build.ts',
      'docs/ARCHITECTURE.md',
      'tsconfig.json',
      'electron.vite.config.ts',
      'electron-builder.yml',
      'package-lock.json',
      'release/Justera-0.1.0-installation.exe',
      'assets/icon.png',
    ])('leaves out %s', (path) => expect(included(path)).toBe(false));

    it('ships no node_modules (everything is bundled into out/)', () => {
      const matcher = getNodeModuleFileMatcher(root, '/app', (s: string) => s, {}, { config, debugLogger: { isEnabled: false } });
      // As NodeModuleCopyHelper does: no exclusion patterns at all means no filter, i.e. everything.
      const moduleFilter = matcher.isEmpty() ? () => true : matcher.createFilter();
      for (const path of ['node_modules/zod/index.js', 'node_modules/react/index.js', 'node_modules/@fluentui/react-icons/lib/index.js']) {
        expect(moduleFilter(join(root, path), { ...file, moduleFullFilePath: path }), path).toBe(false);
      }
    });
  });
});
