/**
 * What the app tells the user after they act: a short confirmation, an error in plain Swedish,
 * and "Ångra" after anything that is easy to do by mistake (also Ctrl+Z outside text fields).
 * It also keeps the save state shown in the header.
 */
import {
  Button,
  Link,
  Toast,
  ToastBody,
  Toaster,
  ToastFooter,
  ToastTitle,
  useId,
  useToastController,
} from '@fluentui/react-components';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { isDomainError } from '../../shared/domain/errors';
import { useCommand } from './commands';

export type SaveState = 'saved' | 'saving' | 'failed';

interface Feedback {
  /** Runs a write, shows the save state while it runs, and reports a failure. Resolves to undefined on failure. */
  save<T>(write: () => Promise<T>): Promise<T | undefined>;
  success(message: string): void;
  error(error: unknown): void;
  /** Shows `message` with an "Ångra" action that runs `undo`. */
  undoable(message: string, undo: () => Promise<unknown>): void;
  saveState: SaveState;
}

const FeedbackContext = createContext<Feedback | null>(null);

/** A message for the user: the rule's own words, or a calm general one. */
export function messageOf(error: unknown): string {
  if (isDomainError(error)) return error.message;
  if (error instanceof Error && error.name === 'QuotaExceededError') {
    return 'Det finns inte plats att spara mer på den här datorn. Frigör utrymme och försök igen.';
  }
  console.error(error);
  return 'Något gick fel och ändringen sparades inte. Försök igen.';
}

export function FeedbackProvider({ children }: { children: ReactNode }) {
  const toasterId = useId('toaster');
  const { dispatchToast, dismissToast } = useToastController(toasterId);
  const [pending, setPending] = useState(0);
  const [failed, setFailed] = useState(false);
  const undoStack = useRef<{ message: string; undo: () => Promise<unknown>; toastId: string }[]>([]);

  const error = useCallback(
    (e: unknown) => {
      dispatchToast(
        <Toast>
          <ToastTitle>{messageOf(e)}</ToastTitle>
        </Toast>,
        { intent: 'error', timeout: 8000, politeness: 'assertive' },
      );
    },
    [dispatchToast],
  );

  const save = useCallback(
    async <T,>(write: () => Promise<T>): Promise<T | undefined> => {
      setPending((n) => n + 1);
      try {
        const result = await write();
        setFailed(false);
        return result;
      } catch (e) {
        setFailed(!isDomainError(e));
        error(e);
        return undefined;
      } finally {
        setPending((n) => n - 1);
      }
    },
    [error],
  );

  const success = useCallback(
    (message: string) => {
      dispatchToast(
        <Toast>
          <ToastTitle>{message}</ToastTitle>
        </Toast>,
        { intent: 'success', timeout: 4000 },
      );
    },
    [dispatchToast],
  );

  const runUndo = useCallback(
    async (toastId?: string) => {
      const entry = toastId
        ? undoStack.current.find((u) => u.toastId === toastId)
        : undoStack.current[undoStack.current.length - 1];
      if (!entry) return;
      undoStack.current = undoStack.current.filter((u) => u !== entry);
      dismissToast(entry.toastId);
      // `save` resolves to undefined on failure, so report success only when the undo itself finished.
      const done = await save(async () => {
        await entry.undo();
        return true;
      });
      if (done !== undefined) success('Ångrat.');
    },
    [dismissToast, save, success],
  );

  const undoable = useCallback(
    (message: string, undo: () => Promise<unknown>) => {
      const toastId = `undo-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      undoStack.current = [...undoStack.current.slice(-19), { message, undo, toastId }];
      dispatchToast(
        <Toast>
          <ToastTitle>{message}</ToastTitle>
          <ToastBody>Ctrl + Z ångrar.</ToastBody>
          <ToastFooter>
            <Link as="button" onClick={() => void runUndo(toastId)}>
              Ångra
            </Link>
          </ToastFooter>
        </Toast>,
        { toastId, intent: 'info', timeout: 10000 },
      );
    },
    [dispatchToast, runUndo],
  );

  useCommand({ id: 'undo', label: 'Ångra det senaste borttagandet', keys: 'Ctrl+Z', group: 'Allmänt', run: () => void runUndo() });

  const value = useMemo<Feedback>(
    () => ({ save, success, error, undoable, saveState: pending > 0 ? 'saving' : failed ? 'failed' : 'saved' }),
    [save, success, error, undoable, pending, failed],
  );
  return (
    <FeedbackContext.Provider value={value}>
      {children}
      <Toaster toasterId={toasterId} position="bottom-end" shortcuts={{ focus: (e) => e.ctrlKey && e.key === 'm' }} />
    </FeedbackContext.Provider>
  );
}

export function useFeedback(): Feedback {
  const feedback = useContext(FeedbackContext);
  if (!feedback) throw new Error('useFeedback outside FeedbackProvider');
  return feedback;
}

/** A button that runs a write through `save`, disabled while it runs. */
export function SaveButton(props: { onSave: () => Promise<unknown>; children: ReactNode; appearance?: 'primary' | 'secondary' }) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      appearance={props.appearance ?? 'primary'}
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await props.onSave();
        } finally {
          setBusy(false);
        }
      }}
    >
      {props.children}
    </Button>
  );
}
