/**
 * A dialog with a form: Enter saves, Escape cancels, and a refused save shows the rule's Swedish
 * message beside the field it concerns (or above the form) while the dialog stays open with
 * everything the user typed.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components';
import { Fragment, useState, type ReactNode } from 'react';
import { isDomainError } from '../../shared/domain/errors';
import { messageOf } from '../app/feedback';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  surface: { maxWidth: '640px', width: '100%' },
  wide: { maxWidth: '960px' },
});

export interface FieldErrors {
  [field: string]: string | undefined;
}

export interface FormState<T> {
  values: T;
  set: <K extends keyof T>(key: K, value: T[K]) => void;
  errors: FieldErrors;
}

export function FormDialog<T>(props: {
  open: boolean;
  title: string;
  initial: T;
  submitLabel?: string;
  onSubmit: (values: T) => Promise<void>;
  onClose: () => void;
  children: (form: FormState<T>) => ReactNode;
  /** For forms with tables of lines (e.g. a report's income and costs). */
  wide?: boolean;
}) {
  const styles = useStyles();
  const [values, setValues] = useState(props.initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { open, initial } = props;
  // Each opening is a new session: the values start from `initial` and fields with their own state
  // (pickers) mount afresh. This is decided while rendering, not in an effect, so the fields mount
  // once — a remount after the dialog has placed focus would drop the focus on the page behind.
  const [session, setSession] = useState(0);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setSession((n) => n + 1);
      setValues(initial);
      setErrors({});
      setGeneral(null);
    }
  }

  const set = <K extends keyof T>(key: K, value: T[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key as string]: undefined }));
  };

  const submit = async () => {
    setBusy(true);
    setGeneral(null);
    try {
      await props.onSubmit(values);
      props.onClose();
    } catch (error) {
      if (isDomainError(error) && error.field && error.field in (values as object)) {
        setErrors({ [error.field]: error.message });
        // Bring the field with the message into view and focus.
        requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-field="${error.field}"] input, [data-field="${error.field}"] select, [data-field="${error.field}"] button`)?.focus());
      } else {
        setGeneral(messageOf(error));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={props.open} onOpenChange={(_, data) => !data.open && props.onClose()}>
      <DialogSurface className={mergeClasses(styles.surface, props.wide && styles.wide)} aria-describedby={undefined}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <DialogBody>
            <DialogTitle>{props.title}</DialogTitle>
            <DialogContent className={styles.form}>
              {general ? (
                <MessageBar intent="error" role="alert">
                  <MessageBarBody>{general}</MessageBarBody>
                </MessageBar>
              ) : null}
              <Fragment key={session}>{props.children({ values, set, errors })}</Fragment>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={props.onClose} disabled={busy}>
                Avbryt
              </Button>
              <Button appearance="primary" type="submit" disabled={busy}>
                {props.submitLabel ?? 'Spara'}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
