/**
 * A plain text field bound to text in a Yjs document (the decision's wording, a member's round
 * entry). It shows the document's text and sends each edit as the smallest change, so another
 * window's edit elsewhere in the same text survives.
 */
import { Field, Textarea } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

export function YTextArea(props: {
  /** The document the text lives in, and how to read it (reading never creates anything). */
  doc: Y.Doc;
  read: () => string;
  label: string;
  hint?: string;
  rows?: number;
  readOnly?: boolean;
  onEdit: (value: string) => void;
}) {
  const { doc, read } = props;
  const [value, setValue] = useState(read);
  useEffect(() => {
    setValue(read());
    const observer = () => setValue(read());
    doc.on('update', observer);
    return () => doc.off('update', observer);
    // `read` is a new function each render; the document is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc]);
  return (
    <Field label={props.label} hint={props.hint}>
      <Textarea
        resize="vertical"
        rows={props.rows ?? 2}
        value={value}
        readOnly={props.readOnly}
        onChange={(_, d) => {
          setValue(d.value);
          props.onEdit(d.value);
        }}
      />
    </Field>
  );
}
