/**
 * Who is at the keyboard on this installation: the name written into change logs ("Ordföranden
 * ändrade tiden …") and, later, into approvals. Local to this machine, never synced.
 */
import { getSetting, setSetting, type Store } from './store';

export interface Actor {
  name: string;
  /** The person in the register this installation's user is, when chosen. */
  personId: string | null;
}

const KEY = 'actor';

export async function getActor(store: Store): Promise<Actor> {
  const actor = await getSetting<Actor>(store, KEY);
  return { name: actor?.name?.trim() ?? '', personId: actor?.personId ?? null };
}

export async function setActor(store: Store, actor: Actor): Promise<void> {
  await setSetting(store, KEY, { name: actor.name.trim().slice(0, 200), personId: actor.personId });
}

/** The name for logs: the chosen name, or a neutral word when none is set yet. */
export async function actorName(store: Store): Promise<string> {
  return (await getActor(store)).name || 'Okänd användare';
}
