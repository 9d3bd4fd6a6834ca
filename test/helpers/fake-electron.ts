/**
 * Small stand-ins for Electron objects (never the real module: it cannot run here). Each records
 * what the code under test registered so a test can fire events at it.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

/** An event emitter that keeps its listeners by name. */
export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
  }
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  asWebContents(): WebContents {
    return this as unknown as WebContents;
  }
}

/** A navigation-style event as Electron passes it: `url` plus `preventDefault`. */
export function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn(), defaultPrevented: false };
}

export class FakeIpcMain {
  readonly handlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>();
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  asIpcMain(): Pick<IpcMain, 'handle' | 'removeHandler'> {
    return this as unknown as Pick<IpcMain, 'handle' | 'removeHandler'>;
  }
  /** What `ipcRenderer.invoke(channel, ...args)` from a frame at `frameUrl` would get. */
  async invoke(channel: string, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
}

/** An invoke event from a top-level frame at `url` (or from no frame at all, or from a sub-frame). */
export function invokeEvent(
  url: string | null,
  options: { subFrame?: boolean; sender?: unknown } = {},
): IpcMainInvokeEvent {
  const senderFrame = url === null ? null : { url, parent: options.subFrame ? { url: 'app://justera/' } : null };
  return { senderFrame, sender: options.sender ?? { id: 1 }, frameId: 1, processId: 1 } as unknown as IpcMainInvokeEvent;
}
