/**
 * Commands: everything the user can do by keyboard is a command with a Swedish label and its
 * keys. Screens register their commands while they are shown; one listener runs them, and the
 * keyboard-shortcut list (press ?) shows exactly what is registered, so it can never go stale.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

export interface Command {
  id: string;
  label: string;
  /** e.g. 'Alt+1', 'Ctrl+K', '?', 'F1'. Ctrl also matches ⌘ on a Mac. */
  keys: string;
  group: string;
  run: () => void;
  /** Runs even while the user is typing in a field (for Ctrl/Alt combinations). */
  whileTyping?: boolean;
}

interface Registry {
  register(command: Command): () => void;
  list(): Command[];
}

/** The registry itself never changes identity (so registering does not re-register everyone);
 * the version changes whenever the set of commands does, for the shortcut list. */
const CommandContext = createContext<Registry | null>(null);
const CommandVersionContext = createContext(0);

/** Normalises a key event to the notation used in `Command.keys`. */
export function keyOf(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): string {
  let key = event.key;
  if (/^Key[A-Z]$/.test(event.code)) key = event.code.slice(3);
  else if (/^Digit\d$/.test(event.code)) key = event.code.slice(5);
  else if (key.length === 1) key = key.toUpperCase();
  const parts: string[] = [];
  if (event.ctrlKey || event.metaKey) parts.push('Ctrl');
  if (event.altKey) parts.push('Alt');
  // Shift is part of printable symbols such as '?' already.
  if (event.shiftKey && (key.length > 1 || /^[A-Z0-9]$/.test(key)) && key !== 'Shift') parts.push('Shift');
  parts.push(key);
  return parts.join('+');
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit'].includes(type);
  }
  return target.getAttribute('role') === 'combobox';
}

export function CommandProvider({ children }: { children: ReactNode }) {
  const commands = useRef(new Map<string, Command>());
  const [version, setVersion] = useState(0);

  const register = useCallback((command: Command) => {
    commands.current.set(command.id, command);
    setVersion((v) => v + 1);
    return () => {
      if (commands.current.get(command.id) === command) {
        commands.current.delete(command.id);
        setVersion((v) => v + 1);
      }
    };
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const key = keyOf(event);
      const typing = isTyping(event.target);
      // Inside an open dialog only the dialog's own keys apply.
      if (document.querySelector('[role="dialog"][aria-modal="true"], [role="alertdialog"]')) return;
      for (const command of [...commands.current.values()].reverse()) {
        if (command.keys !== key) continue;
        if (typing && !command.whileTyping) continue;
        event.preventDefault();
        command.run();
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const value = useMemo<Registry>(() => ({ register, list: () => [...commands.current.values()] }), [register]);
  return (
    <CommandContext.Provider value={value}>
      <CommandVersionContext.Provider value={version}>{children}</CommandVersionContext.Provider>
    </CommandContext.Provider>
  );
}

/** Registers a command while the calling component is mounted. */
export function useCommand(command: Command | null): void {
  const registry = useContext(CommandContext);
  const latest = useRef(command);
  latest.current = command;
  const id = command?.id;
  const keys = command?.keys;
  const label = command?.label;
  const group = command?.group;
  const whileTyping = command?.whileTyping;
  useEffect(() => {
    if (!registry || !id || !keys || !label || !group) return;
    return registry.register({ id, keys, label, group, whileTyping, run: () => latest.current?.run() });
  }, [registry, id, keys, label, group, whileTyping]);
}

export function useCommandList(): Command[] {
  const registry = useContext(CommandContext);
  const version = useContext(CommandVersionContext);
  // `version` is the signal that the registry's contents changed; the list itself is read from the ref.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => registry?.list() ?? [], [registry, version]);
}

/** How keys are written for people: "Ctrl+K" → "Ctrl + K". */
export function describeKeys(keys: string): string {
  return keys.split('+').join(' + ');
}
