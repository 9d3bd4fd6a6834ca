/**
 * A plain text field bound to text in a Yjs document (the decision's wording, a member's round
 * entry). It shows the document's text and sends each edit as the smallest change, so another
 * window's edit elsewhere in the same text survives.
 *
 * Writing is asynchronous (a database transaction), so while the secretary types, the document
 * lags a few keystrokes behind the field. The field therefore owns its text while edits are on
 * their way: edits are sent one at a time, only the newest text is sent next, and the document's
 * own echo of an older edit never overwrites newer typing. When the last edit has landed the
 * field shows the document again (which includes any other window's merged change).
 */
import { Field, Textarea } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';

export function YTextArea(props: {
  /** The document the text lives in, and how to read it (reading never creates anything). */
  doc: Y.Doc;
  read: () => string;
  label: string;
  hint?: string;
  rows?: number;
  readOnly?: boolean;
  /** Stores the whole new text; resolves when it is in the database. */
  onEdit: (value: string) => Promise<unknown>;
}) {
  const { doc } = props;
  const [value, setValue] = useState(props.read);
  const latest = useRef({ read: props.read, onEdit: props.onEdit });
  latest.current = { read: props.read, onEdit: props.onEdit };
  const sending = useRef<{ next: string | null; busy: boolean }>({ next: null, busy: false });

  useEffect(() => {
    setValue(latest.current.read());
    const observer = () => {
      if (!sending.current.busy) setValue(latest.current.read());
    };
    doc.on('update', observer);
    return () => doc.off('update', observer);
  }, [doc]);

  const send = async () => {
    const queue = sending.current;
    if (queue.busy) return;
    queue.busy = true;
    try {
      while (queue.next !== null) {
        const text = queue.next;
        queue.next = null;
        try {
          await latest.current.onEdit(text);
        } catch {
          // The operation refused (e.g. the protocol was signed meanwhile) and has said why; the
          // field falls back to what the document holds.
          queue.next = null;
        }
      }
    } finally {
      queue.busy = false;
      setValue(latest.current.read());
    }
  };

  return (
    <Field label={props.label} hint={props.hint}>
      <Textarea
        resize="vertical"
        rows={props.rows ?? 2}
        value={value}
        readOnly={props.readOnly}
        onChange={(_, d) => {
          setValue(d.value);
          sending.current.next = d.value;
          void send();
        }}
      />
    </Field>
  );
}
