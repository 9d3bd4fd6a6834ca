/**
 * The one place `ipcMain.handle` is called (Electron security checklist item 17).
 *
 * Reached whenever the UI calls a method of `window.justera` (the preload turns it into
 * `ipcRenderer.invoke(channel, request)`). For every channel of `ipcContract` the wrapper
 *   1. checks the sender: a live top-level frame whose URL is our own origin (app://justera, or
 *      the dev server in development) — anything else is rejected;
 *   2. validates the single argument with the channel's zod schema — an invalid request is
 *      rejected with a clear message and never reaches the handler;
 *   3. calls the handler with the parsed request and the sender.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { z } from 'zod';
import { type IpcChannel, type IpcRequest, type IpcResponses, ipcContract } from '../../shared/ipc';
import { isInternalUrl } from './trusted-url';

/** Who made the call; pdf:print prints this window, dialogs attach to it. */
export interface IpcCallContext {
  readonly sender: WebContents;
}

/**
 * Main-process handlers: like `IpcHandlers` from shared/ipc.ts, plus the call context. Any
 * `IpcHandlers` object is also a valid `MainIpcHandlers` (it just ignores the context).
 */
export type MainIpcHandlers = {
  [K in IpcChannel]: (request: IpcRequest<K>, context: IpcCallContext) => Promise<IpcResponses[K]>;
};

export interface RegisterIpcOptions {
  /** Development only: electron-vite's dev server origin counts as ours. */
  devServerUrl?: string | undefined;
}

export class IpcRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpcRejectedError';
  }
}

export const ipcChannels = Object.keys(ipcContract) as IpcChannel[];

/** Throws unless the call comes from our own UI's top-level frame. */
export function assertTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, channel: string, devServerUrl?: string): void {
  const frame = event.senderFrame;
  if (!frame) {
    throw new IpcRejectedError(`Anropet ${channel} avvisades: avsändaren finns inte längre.`);
  }
  if (frame.parent !== null) {
    throw new IpcRejectedError(`Anropet ${channel} avvisades: det kom från en inbäddad ram.`);
  }
  if (!isInternalUrl(frame.url, devServerUrl)) {
    throw new IpcRejectedError(`Anropet ${channel} avvisades: okänd avsändare.`);
  }
}

/** Parses the request with the channel's schema or throws a readable error listing what is wrong. */
export function parseRequest<K extends IpcChannel>(channel: K, args: unknown[]): IpcRequest<K> {
  if (args.length > 1) {
    throw new IpcRejectedError(`Ogiltig begäran till ${channel}: ett argument förväntades, fick ${args.length}.`);
  }
  const schema: z.ZodType = ipcContract[channel].request;
  const result = schema.safeParse(args[0]);
  if (!result.success) {
    throw new IpcRejectedError(`Ogiltig begäran till ${channel}:\n${z.prettifyError(result.error)}`);
  }
  return result.data as IpcRequest<K>;
}

/** Registers every channel; returns a function that removes them again. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: MainIpcHandlers,
  options: RegisterIpcOptions = {},
): () => void {
  for (const channel of ipcChannels) {
    // One generic signature for the loop; each handler's own types were checked by MainIpcHandlers.
    const handler = handlers[channel] as (request: unknown, context: IpcCallContext) => Promise<unknown>;
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      try {
        assertTrustedSender(event, channel, options.devServerUrl);
        const request = parseRequest(channel, args);
        return await handler(request, { sender: event.sender });
      } catch (error) {
        if (error instanceof IpcRejectedError) console.warn(`[ipc] ${error.message}`);
        throw error;
      }
    });
  }
  return () => {
    for (const channel of ipcChannels) ipcMain.removeHandler(channel);
  };
}
