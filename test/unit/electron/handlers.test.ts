// The IPC handlers on a real temp folder with fake dialogs: atomic saves, the open size limit,
// printing to PDF, backups (rotation keeps N and touches only our own files) and no traversal.
import type { App, BaseWindow, Dialog, Shell, WebContents } from 'electron';
import { lstat, mkdir, readdir, readFile, symlink, truncate, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { automaticBackupName, MAX_IPC_FILE_BYTES } from '../../../shared/ipc';
import { rotateAutomaticBackups } from '../../../electron/main/backups';
import { defaultFs, formatBytes, type FsPort } from '../../../electron/main/files';
import { createIpcHandlers, type HandlerDeps } from '../../../electron/main/handlers';
import type { IpcCallContext } from '../../../electron/main/ipc';
import { makeTempDir } from '../../helpers/temp-dir';

let dir: string;
let documents: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  documents = join(dir, 'Dokument');
  await mkdir(documents);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await cleanup();
});

const parentWindow = { id: 'main-window' } as unknown as BaseWindow;

function setup(overrides: Partial<HandlerDeps> = {}, sender: Partial<WebContents> = {}) {
  const dialog = {
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  };
  const shell = { openExternal: vi.fn(async () => undefined) };
  const app = { getVersion: () => '1.2.3', getPath: vi.fn((name: string) => (name === 'documents' ? documents : '/nowhere')) };
  const handlers = createIpcHandlers({
    app: app as unknown as App,
    dialog: dialog as unknown as Dialog,
    shell: shell as unknown as Shell,
    windowOf: () => parentWindow,
    ...overrides,
  });
  const context: IpcCallContext = { sender: { isDestroyed: () => false, ...sender } as WebContents };
  return { handlers, dialog, shell, context };
}

const bytes = (text: string) => new TextEncoder().encode(text);
const listTemp = async (folder: string) => (await readdir(folder)).filter((n) => n.endsWith('.tmp'));

describe('app:version', () => {
  it('returns the app version', async () => {
    const { handlers, context } = setup();
    expect(await handlers['app:version'](undefined, context)).toBe('1.2.3');
  });
});

describe('file:save', () => {
  it('asks where to save (suggested name, filters, modal to the window) and writes the bytes', async () => {
    const { handlers, dialog, context } = setup();
    const target = join(dir, 'Protokoll.docx');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const filters = [{ name: 'Word-dokument', extensions: ['docx'] }];
    const result = await handlers['file:save']({ suggestedName: 'Protokoll.docx', bytes: bytes('ny'), filters }, context);
    expect(result).toEqual({ saved: true, location: target });
    expect(await readFile(target, 'utf8')).toBe('ny');
    const [window, options] = dialog.showSaveDialog.mock.calls[0]!;
    expect(window).toBe(parentWindow);
    expect(options).toMatchObject({ defaultPath: join(documents, 'Protokoll.docx'), filters });
    expect(await listTemp(dir)).toEqual([]);
  });

  it('replaces an existing file completely', async () => {
    const { handlers, dialog, context } = setup();
    const target = join(dir, 'Protokoll.docx');
    await writeFile(target, 'an older and much longer version');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await handlers['file:save']({ suggestedName: 'Protokoll.docx', bytes: bytes('ny') }, context);
    expect(await readFile(target, 'utf8')).toBe('ny');
  });

  it('writes nothing when the user cancels', async () => {
    const { handlers, context } = setup();
    expect(await handlers['file:save']({ suggestedName: 'a.docx', bytes: bytes('x') }, context)).toEqual({ saved: false });
    expect(await readdir(dir)).toEqual(['Dokument']);
  });

  it('opens the dialog without a parent when the window is gone', async () => {
    const { handlers, dialog, context } = setup({ windowOf: () => null });
    await handlers['file:save']({ suggestedName: 'a.docx', bytes: bytes('x') }, context);
    expect(dialog.showSaveDialog.mock.calls[0]![0]).toMatchObject({ defaultPath: join(documents, 'a.docx') });
    expect(dialog.showSaveDialog.mock.calls[0]).toHaveLength(1);
  });

  it.each([
    ['the rename fails (file open in Word)', { rename: async () => Promise.reject(Object.assign(new Error('EBUSY'), { code: 'EBUSY' })) }],
    ['the disk is full while writing', { open: failingOpen }],
  ])('keeps the old file intact and leaves no temp file when %s', async (_label, broken) => {
    const fs: FsPort = { ...defaultFs, ...broken } as FsPort;
    const { handlers, dialog, context } = setup({ fs });
    const target = join(dir, 'Protokoll.docx');
    await writeFile(target, 'the old, complete version');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await expect(handlers['file:save']({ suggestedName: 'Protokoll.docx', bytes: bytes('new') }, context)).rejects.toThrow(
      /Kunde inte spara ”Protokoll.docx”/,
    );
    expect(await readFile(target, 'utf8')).toBe('the old, complete version');
    expect(await listTemp(dir)).toEqual([]);
  });
});

/** An fs.open whose file handle fails on write, as with a full disk. */
async function failingOpen(...args: Parameters<FsPort['open']>) {
  const handle = await defaultFs.open(...args);
  await handle.writeFile('partial');
  return Object.assign(handle, {
    writeFile: async () => Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })),
  });
}

describe('file:open', () => {
  it('returns the chosen file', async () => {
    const { handlers, dialog, context } = setup();
    const path = join(dir, 'Mall.docx');
    await writeFile(path, 'word');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    const filters = [{ name: 'Word', extensions: ['docx'] }];
    const file = await handlers['file:open']({ filters }, context);
    expect(file?.name).toBe('Mall.docx');
    expect(new TextDecoder().decode(file?.bytes)).toBe('word');
    expect(dialog.showOpenDialog.mock.calls[0]![1]).toMatchObject({ properties: ['openFile'], filters });
  });

  it('returns null when the user cancels', async () => {
    const { handlers, context } = setup();
    expect(await handlers['file:open']({}, context)).toBeNull();
  });

  it('refuses a file over maxBytes with a clear Swedish message', async () => {
    const { handlers, dialog, context } = setup();
    const path = join(dir, 'Stor mall.docx');
    await writeFile(path, new Uint8Array(3 * 1024));
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    await expect(handlers['file:open']({ maxBytes: 2048 }, context)).rejects.toThrow(
      'Filen ”Stor mall.docx” är för stor (3 kB). Största tillåtna storlek är 2 kB.',
    );
  });

  it('applies the overall limit when the UI gives none', async () => {
    const { handlers, dialog, context } = setup();
    const path = join(dir, 'enorm.json');
    await writeFile(path, '');
    await truncate(path, MAX_IPC_FILE_BYTES + 1); // sparse: nothing is read
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    await expect(handlers['file:open']({}, context)).rejects.toThrow(/”enorm.json” är för stor \(512 MB\)/);
  });

  it('refuses something that is not a regular file', async () => {
    const { handlers, dialog, context } = setup();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [documents] });
    await expect(handlers['file:open']({}, context)).rejects.toThrow(/inte en vanlig fil/);
  });

  it('formats sizes the Swedish way', () => {
    expect(formatBytes(900)).toBe('900 byte');
    expect(formatBytes(1536)).toBe('1,5 kB');
    expect(formatBytes(12.5 * 1024 * 1024)).toBe('12,5 MB');
  });
});

describe('pdf:print', () => {
  const pdf = Buffer.from('%PDF-1.7 fake');

  it("prints the calling window to A4 (tagged, with outline) and saves where the user says", async () => {
    const printToPDF = vi.fn(async () => pdf);
    const { handlers, dialog, context } = setup({}, { printToPDF } as Partial<WebContents>);
    const target = join(dir, 'Protokoll.pdf');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const result = await handlers['pdf:print']({ suggestedName: 'Protokoll 2026-03-04' }, context);
    expect(result).toEqual({ saved: true, location: target });
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 fake');
    expect(printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4', printBackground: true, generateTaggedPDF: true }));
    expect(dialog.showSaveDialog.mock.calls[0]![1]).toMatchObject({
      defaultPath: join(documents, 'Protokoll 2026-03-04.pdf'),
      filters: [{ name: 'PDF-dokument', extensions: ['pdf'] }],
    });
  });

  it('keeps an existing .pdf ending and saves nothing on cancel', async () => {
    const { handlers, dialog, context } = setup({}, { printToPDF: async () => pdf } as Partial<WebContents>);
    expect(await handlers['pdf:print']({ suggestedName: 'Kallelse.PDF' }, context)).toEqual({ saved: false });
    expect(dialog.showSaveDialog.mock.calls[0]![1]).toMatchObject({ defaultPath: join(documents, 'Kallelse.PDF') });
    expect(await readdir(dir)).toEqual(['Dokument']);
  });

  it('refuses when the window has been closed', async () => {
    const printToPDF = vi.fn();
    const { handlers, context } = setup({}, { isDestroyed: () => true, printToPDF } as Partial<WebContents>);
    await expect(handlers['pdf:print']({ suggestedName: 'a' }, context)).rejects.toThrow(/finns inte längre/);
    expect(printToPDF).not.toHaveBeenCalled();
  });
});

describe('backups', () => {
  const at = (iso: string) => automaticBackupName(new Date(iso));

  it('write goes into <documents>/Justera/Säkerhetskopior by default, creating it', async () => {
    const { handlers, context } = setup();
    const name = at('2026-03-04T10:15:30.123Z');
    expect(name).toBe('justera-automatisk-2026-03-04T10-15-30-123Z.json');
    const result = await handlers['backup:write']({ name, bytes: bytes('{"v":1}'), keep: 5 }, context);
    const folder = join(documents, 'Justera', 'Säkerhetskopior');
    expect(result).toEqual({ location: join(folder, name) });
    expect(await readFile(join(folder, name), 'utf8')).toBe('{"v":1}');
    expect(await handlers['backup:folder'](undefined, context)).toBe(folder);
    expect(await listTemp(folder)).toEqual([]);
  });

  describe('rotation', () => {
    let folder: string;
    let outside: string;
    const foreign = [
      'min-egen-kopia.json',
      'justera-automatisk-kopia.json',
      'justera-automatisk-2020-01-01T00-00-00-000Z.json.bak',
      'JUSTERA-AUTOMATISK-2020-01-01T00-00-00-000Z.JSON',
      'anteckningar.txt',
      'manuell.justera-backup',
    ];

    beforeEach(async () => {
      folder = join(dir, 'backups');
      outside = join(dir, 'outside.json');
      await mkdir(folder);
      await writeFile(outside, 'must survive');
      for (const day of ['01', '02', '03', '04', '05']) {
        await writeFile(join(folder, at(`2026-01-${day}T08:00:00.000Z`)), day);
      }
      for (const name of foreign) await writeFile(join(folder, name), 'foreign');
      // Named like an automatic backup, but a folder and a link: not ours to delete.
      await mkdir(join(folder, at('2019-01-01T00:00:00.000Z')));
      await symlink(outside, join(folder, at('2019-06-01T00:00:00.000Z')));
    });

    it('keeps the newest N automatic backups and never touches anything else', async () => {
      const { handlers, context } = setup({ backupDir: folder });
      const newest = at('2026-01-06T08:00:00.000Z');
      await handlers['backup:write']({ name: newest, bytes: bytes('06'), keep: 3 }, context);
      const remaining = await readdir(folder);
      const automatic = remaining.filter((n) => /^justera-automatisk-\d/.test(n) && n.endsWith('Z.json')).sort();
      expect(automatic).toEqual(
        [
          at('2019-01-01T00:00:00.000Z'), // directory: kept
          at('2019-06-01T00:00:00.000Z'), // symlink: kept
          at('2026-01-04T08:00:00.000Z'),
          at('2026-01-05T08:00:00.000Z'),
          newest,
        ].sort(),
      );
      for (const name of foreign) expect(remaining).toContain(name);
      expect(await readFile(outside, 'utf8')).toBe('must survive');
      expect((await lstat(join(folder, at('2019-06-01T00:00:00.000Z')))).isSymbolicLink()).toBe(true);
    });

    it('never deletes the backup just written, even when a wrong clock makes it sort oldest', async () => {
      const { handlers, context } = setup({ backupDir: folder });
      const early = at('2025-12-31T23:59:59.999Z');
      await handlers['backup:write']({ name: early, bytes: bytes('now'), keep: 2 }, context);
      const remaining = await readdir(folder);
      expect(remaining).toContain(early);
      expect(remaining).toContain(at('2026-01-05T08:00:00.000Z'));
      expect(remaining).toContain(at('2026-01-04T08:00:00.000Z'));
      expect(remaining).not.toContain(at('2026-01-03T08:00:00.000Z'));
    });

    it('a manual backup name is written but never rotated away', async () => {
      const { handlers, context } = setup({ backupDir: folder });
      await handlers['backup:write']({ name: 'före-årsskiftet.json', bytes: bytes('m'), keep: 1 }, context);
      const remaining = await readdir(folder);
      expect(remaining).toContain('före-årsskiftet.json');
      expect(remaining.filter((n) => n.startsWith('justera-automatisk-2026'))).toEqual([at('2026-01-05T08:00:00.000Z')]);
    });

    it('reports the deleted names and deletes nothing when N covers them all', async () => {
      expect(await rotateAutomaticBackups(defaultFs, folder, 10)).toEqual([]);
      expect(await rotateAutomaticBackups(defaultFs, folder, 4)).toEqual([at('2026-01-01T08:00:00.000Z')]);
    });

    it('a failing rotation does not fail the backup itself', async () => {
      const fs = { ...defaultFs, readdir: async () => Promise.reject(new Error('EIO')) } as unknown as FsPort;
      const { handlers, context } = setup({ backupDir: folder, fs });
      const name = at('2026-01-07T08:00:00.000Z');
      await expect(handlers['backup:write']({ name, bytes: bytes('07'), keep: 1 }, context)).resolves.toEqual({
        location: join(folder, name),
      });
      expect(await readFile(join(folder, name), 'utf8')).toBe('07');
    });
  });

  it('list shows backup files newest first, without temp files, folders or other files', async () => {
    const folder = join(dir, 'backups');
    const { handlers, context } = setup({ backupDir: folder });
    expect(await handlers['backup:list'](undefined, context)).toEqual([]); // folder not there yet
    await mkdir(folder);
    await writeFile(join(folder, 'a.json'), '12345');
    await writeFile(join(folder, 'b.justera-backup'), '1');
    await writeFile(join(folder, '.a.json.123.tmp'), 'partial');
    await writeFile(join(folder, 'notes.txt'), 'x');
    await mkdir(join(folder, 'folder.json'));
    await utimes(join(folder, 'a.json'), new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
    await utimes(join(folder, 'b.justera-backup'), new Date('2026-02-01T00:00:00Z'), new Date('2026-02-01T00:00:00Z'));
    expect(await handlers['backup:list'](undefined, context)).toEqual([
      { name: 'b.justera-backup', bytes: 1, modifiedAt: '2026-02-01T00:00:00.000Z' },
      { name: 'a.json', bytes: 5, modifiedAt: '2026-01-01T00:00:00.000Z' },
    ]);
  });

  describe('read', () => {
    let folder: string;
    beforeEach(async () => {
      folder = join(dir, 'Dokument', 'Justera', 'Säkerhetskopior');
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, 'a.json'), '{"ok":true}');
      await writeFile(join(dir, 'Dokument', 'Justera', 'secret.json'), 'secret');
      await writeFile(join(dir, 'secret.json'), 'secret');
    });

    it('reads a backup by name', async () => {
      const { handlers, context } = setup();
      const file = await handlers['backup:read']({ name: 'a.json' }, context);
      expect(file.name).toBe('a.json');
      expect(new TextDecoder().decode(file.bytes)).toBe('{"ok":true}');
    });

    it.each([
      '../secret.json',
      '../../secret.json',
      '..',
      '.',
      '',
      'sub/a.json',
      'sub\\a.json',
      '..\\secret.json',
      '/etc/passwd',
      'C:secret.json',
      'a.json\u0000.txt',
      // These pass every other check (no leading dot, a backup extension) and name files that exist:
      'x/../../secret.json',
      'x/../../../secret.json',
      'x\\..\\..\\secret.json',
    ])('refuses the name %j (no way out of the folder)', async (name) => {
      const { handlers, context } = setup();
      await expect(handlers['backup:read']({ name }, context)).rejects.toThrow(/Ogiltigt namn på säkerhetskopia/);
    });

    it('refuses an absolute path to an existing backup-like file', async () => {
    const { handlers, context } = setup();
    await expect(handlers['backup:read']({ name: join(dir, 'secret.json') }, context)).rejects.toThrow(/Ogiltigt namn/);
  });

  it('refuses a file that is not a backup, a missing one, and a link', async () => {
      const { handlers, context } = setup();
      await writeFile(join(folder, 'notes.txt'), 'x');
      await symlink(join(dir, 'secret.json'), join(folder, 'link.json'));
      await expect(handlers['backup:read']({ name: 'notes.txt' }, context)).rejects.toThrow(/Ogiltigt namn/);
      await expect(handlers['backup:read']({ name: 'saknas.json' }, context)).rejects.toThrow('Säkerhetskopian ”saknas.json” finns inte.');
      await expect(handlers['backup:read']({ name: 'link.json' }, context)).rejects.toThrow(/finns inte/);
    });
  });
});

describe('shell:open-external', () => {
  it('opens https and mailto links', async () => {
    const { handlers, shell, context } = setup();
    await handlers['shell:open-external']({ url: 'https://www.regionorebrolan.se/' }, context);
    await handlers['shell:open-external']({ url: 'mailto:a@example.org' }, context);
    expect(shell.openExternal.mock.calls).toEqual([['https://www.regionorebrolan.se/'], ['mailto:a@example.org']]);
  });

  it('refuses anything else even if it got past validation', async () => {
    const { handlers, shell, context } = setup();
    for (const url of ['file:///C:/Windows/System32/calc.exe', 'http://example.org', 'smb://host/x']) {
      await expect(handlers['shell:open-external']({ url }, context)).rejects.toThrow(/https- och mailto/);
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});
