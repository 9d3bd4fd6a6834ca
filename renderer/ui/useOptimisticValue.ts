import { useEffect, useState } from 'react';

/**
 * For a control bound to stored data: shows the user's choice at once, until the stored value (read
 * through a live query) catches up a moment later. If the write is refused, `reset` shows the stored
 * value again.
 */
export function useOptimisticValue<T>(stored: T): [T, (value: T) => void, () => void] {
  const [pending, setPending] = useState<{ value: T } | null>(null);
  useEffect(() => setPending(null), [stored]);
  return [pending ? pending.value : stored, (value: T) => setPending({ value }), () => setPending(null)];
}
