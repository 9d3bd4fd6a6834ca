// The preload exposes exactly the Platform methods on window.justera, each a thin invoke of the
// right channel; it never exposes ipcRenderer and imports nothing at run time but 'electron'.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcContract, platformMethods } from '../../../shared/ipc';
import { importsOf } from '../../helpers/imports';

const electronMock = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async (...args: unknown[]) => ({ echoed: args })), send: vi.fn(), on: vi.fn() },
}));
vi.mock('electron', () => electronMock);

let exposedName: unknown;
let bridge: Record<string, unknown>;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  expect(electronMock.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  [exposedName, bridge] = electronMock.contextBridge.exposeInMainWorld.mock.calls[0] as [unknown, Record<string, unknown>];
});

describe('preload bridge', () => {
  it("is exposed as window.justera", () => {
    expect(exposedName).toBe('justera');
  });

  it('has exactly the Platform methods plus kind: "desktop"', () => {
    expect(Object.keys(bridge).sort()).toEqual([...platformMethods, 'kind'].sort());
    expect(bridge.kind).toBe('desktop');
    for (const name of platformMethods) expect(typeof bridge[name], name).toBe('function');
  });

  it('exposes no Electron object', () => {
    for (const value of Object.values(bridge)) {
      expect(value).not.toBe(electronMock.ipcRenderer);
      expect(value).not.toBe(electronMock.contextBridge);
      expect(typeof value === 'function' || typeof value === 'string').toBe(true);
    }
  });

  const calls: [string, unknown[], string, unknown][] = [
    ['appVersion', [], 'app:version', undefined],
    ['saveFile', [{ suggestedName: 'a.docx', bytes: new Uint8Array([1]) }], 'file:save', { suggestedName: 'a.docx', bytes: new Uint8Array([1]) }],
    ['openFile', [{ maxBytes: 10 }], 'file:open', { maxBytes: 10 }],
    ['printToPdf', [{ suggestedName: 'p.pdf' }], 'pdf:print', { suggestedName: 'p.pdf' }],
    ['writeBackup', [{ name: 'b.json', bytes: new Uint8Array(), keep: 3 }], 'backup:write', { name: 'b.json', bytes: new Uint8Array(), keep: 3 }],
    ['listBackups', [], 'backup:list', undefined],
    ['readBackup', ['b.json'], 'backup:read', { name: 'b.json' }],
    ['backupFolder', [], 'backup:folder', undefined],
    ['openExternal', ['https://example.org/'], 'shell:open-external', { url: 'https://example.org/' }],
  ];

  it.each(calls)('%s invokes %s with the request main expects', async (method, args, channel, request) => {
    electronMock.ipcRenderer.invoke.mockClear();
    const result = await (bridge[method] as (...a: unknown[]) => Promise<unknown>)(...args);
    expect(electronMock.ipcRenderer.invoke).toHaveBeenCalledOnce();
    expect(electronMock.ipcRenderer.invoke).toHaveBeenCalledWith(channel, request);
    expect(result).toEqual({ echoed: [channel, request] });
    // What the preload sends must pass main's schema for that channel.
    expect(ipcContract[channel as keyof typeof ipcContract].request.safeParse(request).success).toBe(true);
  });

  it('together the methods use every channel of the contract', () => {
    expect(calls.map(([method]) => method).sort()).toEqual([...platformMethods].sort());
    expect(calls.map(([, , channel]) => channel).sort()).toEqual(Object.keys(ipcContract).sort());
  });

  it('uses ipcRenderer.invoke only (no send, no listeners)', () => {
    expect(electronMock.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electronMock.ipcRenderer.on).not.toHaveBeenCalled();
  });
});

describe('preload stays dependency-free (sandboxed preloads can require only electron)', () => {
  it("imports only 'electron' at run time; shared/ipc.ts for types only", () => {
    const imports = importsOf(resolve(import.meta.dirname, '../../../electron/preload/index.ts'));
    expect(imports.filter((i) => !i.typeOnly).map((i) => i.module)).toEqual(['electron']);
    expect(imports).toContainEqual({ module: '../../shared/ipc', typeOnly: true });
  });
});
