/** The body chosen on a history tab, remembered while the app runs (so switching tabs keeps it). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { BodyRow } from '../../db/database';
import { listBodies } from '../../db/queries';
import { useStore } from '../../app/store-context';

let remembered: string | null = null;

export function useChosenBody(): { bodies: BodyRow[] | undefined; body: BodyRow | undefined; setBodyId: (id: string) => void } {
  const store = useStore();
  const bodies = useLiveQuery(() => listBodies(store), [store]);
  const [bodyId, setBodyIdState] = useState<string | null>(remembered);
  const body = bodies?.find((b) => b.id === bodyId) ?? bodies?.[0];
  return {
    bodies,
    body,
    setBodyId: (id: string) => {
      remembered = id;
      setBodyIdState(id);
    },
  };
}
