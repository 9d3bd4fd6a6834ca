// The one wrapper around ipcMain.handle: a call must come from our own top-level frame and carry a
// request its channel's zod schema accepts, or the handler is never called.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcContract, type IpcChannel, MAX_IPC_FILE_BYTES } from '../../../shared/ipc';
import { type MainIpcHandlers, ipcChannels, registerIpcHandlers } from '../../../electron/main/ipc';
import { FakeIpcMain, invokeEvent } from '../../helpers/fake-electron';

function fakeHandlers() {
  const handlers = {
    'app:version': vi.fn(async () => '0.1.0'),
    'file:save': vi.fn(async () => ({ saved: false as const })),
    'file:open': vi.fn(async () => null),
    'pdf:print': vi.fn(async () => ({ saved: false as const })),
    'backup:write': vi.fn(async () => ({ location: '/x' })),
    'backup:list': vi.fn(async () => []),
    'backup:read': vi.fn(async () => ({ name: 'a.json', bytes: new Uint8Array() })),
    'backup:folder': vi.fn(async () => '/backups'),
    'shell:open-external': vi.fn(async () => undefined),
  } satisfies MainIpcHandlers;
  return handlers;
}

let ipcMain: FakeIpcMain;
let handlers: ReturnType<typeof fakeHandlers>;
const ours = () => invokeEvent('app://justera/moten/1');

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  ipcMain = new FakeIpcMain();
  handlers = fakeHandlers();
  registerIpcHandlers(ipcMain.asIpcMain(), handlers);
});
afterEach(() => vi.restoreAllMocks());

const validRequests: { [K in IpcChannel]: unknown } = {
  'app:version': undefined,
  'file:save': { suggestedName: 'Protokoll 2026-03-04.docx', bytes: new Uint8Array([1, 2, 3]) },
  'file:open': { filters: [{ name: 'Word', extensions: ['docx'] }], maxBytes: 1024 },
  'pdf:print': { suggestedName: 'Protokoll.pdf' },
  'backup:write': { name: 'justera-automatisk-2026-03-04T10-15-30-123Z.json', bytes: new Uint8Array([1]), keep: 10 },
  'backup:list': undefined,
  'backup:read': { name: 'justera-automatisk-2026-03-04T10-15-30-123Z.json' },
  'backup:folder': undefined,
  'shell:open-external': { url: 'https://www.regionorebrolan.se/' },
};

describe('registration', () => {
  it('registers exactly the channels of the contract, and can remove them again', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.keys(ipcContract).sort());
    expect([...ipcChannels].sort()).toEqual(Object.keys(ipcContract).sort());
    const fresh = new FakeIpcMain();
    const dispose = registerIpcHandlers(fresh.asIpcMain(), fakeHandlers());
    dispose();
    expect(fresh.handlers.size).toBe(0);
  });
});

describe('a valid call from our UI', () => {
  it.each(Object.keys(validRequests) as IpcChannel[])('%s reaches its handler with the parsed request and the sender', async (channel) => {
    const sender = { id: 7 };
    await ipcMain.invoke(channel, invokeEvent('app://justera/', { sender }), validRequests[channel]);
    expect(handlers[channel]).toHaveBeenCalledOnce();
    const [request, context] = handlers[channel].mock.calls[0] as unknown as [unknown, { sender: unknown }];
    expect(request).toEqual(validRequests[channel]);
    expect(context.sender).toBe(sender);
  });

  it('returns what the handler returns', async () => {
    expect(await ipcMain.invoke('app:version', ours())).toBe('0.1.0');
    expect(await ipcMain.invoke('backup:folder', ours(), undefined)).toBe('/backups');
  });

  it('strips unknown fields before the handler sees them', async () => {
    await ipcMain.invoke('pdf:print', ours(), { suggestedName: 'a.pdf', injected: '../../x' });
    expect((handlers['pdf:print'].mock.calls[0] as unknown[])[0]).toEqual({ suggestedName: 'a.pdf' });
  });

  it('accepts the dev server only when registered with it', async () => {
    const dev = new FakeIpcMain();
    const devHandlers = fakeHandlers();
    registerIpcHandlers(dev.asIpcMain(), devHandlers, { devServerUrl: 'http://localhost:5173' });
    await dev.invoke('app:version', invokeEvent('http://localhost:5173/'));
    expect(devHandlers['app:version']).toHaveBeenCalledOnce();
    await expect(ipcMain.invoke('app:version', invokeEvent('http://localhost:5173/'))).rejects.toThrow(/okänd avsändare/);
  });
});

describe('the sender check', () => {
  it.each([
    'https://evil.example/',
    'app://evil/',
    'app://justera.evil/',
    'app://justera:1234/',
    'file:///C:/Users/x/Downloads/evil.html',
    'http://localhost:5173/',
    'about:blank',
    'data:text/html,x',
    '',
  ])('rejects a call from %s and never calls the handler', async (url) => {
    for (const channel of Object.keys(validRequests) as IpcChannel[]) {
      await expect(ipcMain.invoke(channel, invokeEvent(url), validRequests[channel])).rejects.toThrow(/avvisades: okänd avsändare/);
      expect(handlers[channel]).not.toHaveBeenCalled();
    }
  });

  it('rejects a call whose frame is gone (senderFrame null)', async () => {
    await expect(ipcMain.invoke('backup:list', invokeEvent(null))).rejects.toThrow(/avsändaren finns inte längre/);
    expect(handlers['backup:list']).not.toHaveBeenCalled();
  });

  it('rejects a call from a sub-frame, even one at our origin', async () => {
    await expect(ipcMain.invoke('backup:list', invokeEvent('app://justera/', { subFrame: true }))).rejects.toThrow(/inbäddad ram/);
    expect(handlers['backup:list']).not.toHaveBeenCalled();
  });
});

describe('request validation', () => {
  const bad: [IpcChannel, unknown, RegExp][] = [
    ['app:version', 'unexpected', /app:version/],
    ['file:save', undefined, /file:save/],
    ['file:save', { suggestedName: '../../evil.docx', bytes: new Uint8Array() }, /Ogiltigt filnamn/],
    ['file:save', { suggestedName: 'C:\\evil.docx', bytes: new Uint8Array() }, /Ogiltigt filnamn/],
    ['file:save', { suggestedName: 'ok.docx', bytes: 'not bytes' }, /bytes/],
    ['file:save', { suggestedName: 'ok.docx', bytes: [1, 2, 3] }, /bytes/],
    ['file:save', { suggestedName: 'ok.docx', bytes: new Uint8Array(), filters: [{ name: 'x', extensions: ['*'] }] }, /extensions/],
    ['file:open', { maxBytes: -1 }, /maxBytes/],
    ['file:open', { maxBytes: MAX_IPC_FILE_BYTES + 1 }, /maxBytes/],
    ['pdf:print', { suggestedName: 'a/b.pdf' }, /Ogiltigt filnamn/],
    ['backup:write', { name: 'x.exe', bytes: new Uint8Array(), keep: 3 }, /\.json/],
    ['backup:write', { name: 'x.json', bytes: new Uint8Array(), keep: 0 }, /keep/],
    ['backup:read', { name: '..' }, /Ogiltigt filnamn/],
    ['backup:read', { name: '../../../etc/passwd' }, /Ogiltigt filnamn/],
    ['backup:read', {}, /name/],
    ['shell:open-external', { url: 'file:///C:/Windows/System32/calc.exe' }, /https- och mailto/],
    ['shell:open-external', { url: 'javascript:alert(1)' }, /https- och mailto/],
    ['shell:open-external', { url: 'https://user:pw@example.org/' }, /https- och mailto/],
    ['backup:list', { anything: 1 }, /backup:list/],
  ];

  it.each(bad)('%s rejects %o with a clear message and never calls the handler', async (channel, request, message) => {
    const attempt = ipcMain.invoke(channel, ours(), request);
    await expect(attempt).rejects.toThrow(`Ogiltig begäran till ${channel}`);
    await expect(ipcMain.invoke(channel, ours(), request)).rejects.toThrow(message);
    expect(handlers[channel]).not.toHaveBeenCalled();
  });

  it('rejects extra arguments', async () => {
    await expect(ipcMain.invoke('app:version', ours(), undefined, 'extra')).rejects.toThrow(/ett argument förväntades/);
    expect(handlers['app:version']).not.toHaveBeenCalled();
  });

  it('passes a handler error through unchanged', async () => {
    handlers['file:open'].mockRejectedValueOnce(new Error('Filen ”x.docx” är för stor'));
    await expect(ipcMain.invoke('file:open', ours(), {})).rejects.toThrow('Filen ”x.docx” är för stor');
  });
});
