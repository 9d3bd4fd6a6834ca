/**
 * A text input whose value is stored when the user leaves it (or presses Enter), not on every
 * keystroke: for short fields whose change is a checked write. While focused it keeps what is typed;
 * when not focused it shows the stored value.
 */
import { Input, type InputProps } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

export function DraftInput(props: Omit<InputProps, 'value' | 'onChange' | 'onBlur'> & { value: string; onCommit: (value: string) => void }) {
  const { value, onCommit, ...rest } = props;
  const [draft, setDraft] = useState(value);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setDraft(value);
  }, [value, focused]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <Input
      {...rest}
      value={draft}
      onFocus={() => setFocused(true)}
      onChange={(_, d) => setDraft(d.value)}
      onBlur={() => {
        setFocused(false);
        commit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        rest.onKeyDown?.(event);
      }}
    />
  );
}
