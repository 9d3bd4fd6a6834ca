/**
 * Reading for the UI: plain async functions over the derived tables, made live by wrapping them in
 * `useLiveQuery` (dexie-react-hooks) in a component. Deleted records are left out of lists but stay
 * available by id, so old meetings can still name the people who attended.
 */
import { organisationOrder } from '../../shared/domain/registerRules';
import type { BodyRow, MembershipRow, OrganisationRow, PersonRow } from './database';
import type { Store } from './store';

const live = <T extends { deletedAt: string | null }>(rows: T[]) => rows.filter((r) => r.deletedAt === null);
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'sv');

export async function listOrganisations(store: Store): Promise<OrganisationRow[]> {
  const organisations = live(await store.db.organisations.toArray());
  const order = organisationOrder(organisations);
  return organisations.sort((a, b) => {
    const [ra, na] = order(a.id);
    const [rb, nb] = order(b.id);
    return ra - rb || na.localeCompare(nb, 'sv');
  });
}

export async function listPeople(store: Store): Promise<PersonRow[]> {
  return live(await store.db.people.toArray()).sort(byName);
}

export async function listBodies(store: Store): Promise<BodyRow[]> {
  return live(await store.db.bodies.toArray()).sort(byName);
}

export function getBody(store: Store, id: string): Promise<BodyRow | undefined> {
  return store.db.bodies.get(id);
}

export async function listMemberships(store: Store, bodyId: string): Promise<MembershipRow[]> {
  return live(await store.db.memberships.where('bodyId').equals(bodyId).toArray());
}

/** The memberships of several bodies (a joint meeting's), deleted ones left out. */
export async function listMembershipsOfBodies(store: Store, bodyIds: readonly string[]): Promise<MembershipRow[]> {
  return live(await store.db.memberships.where('bodyId').anyOf([...bodyIds]).toArray());
}

export async function listMembershipsOfPerson(store: Store, personId: string): Promise<MembershipRow[]> {
  return live(await store.db.memberships.where('personId').equals(personId).toArray());
}

/** Everything in the register by id, deleted records included (for names in old records). */
export async function registerIndex(store: Store): Promise<{
  organisations: Map<string, OrganisationRow>;
  people: Map<string, PersonRow>;
  bodies: Map<string, BodyRow>;
}> {
  const [organisations, people, bodies] = await Promise.all([
    store.db.organisations.toArray(),
    store.db.people.toArray(),
    store.db.bodies.toArray(),
  ]);
  return {
    organisations: new Map(organisations.map((o) => [o.id, o])),
    people: new Map(people.map((p) => [p.id, p])),
    bodies: new Map(bodies.map((b) => [b.id, b])),
  };
}

export async function isRegisterEmpty(store: Store): Promise<boolean> {
  const [orgs, people, bodies] = await Promise.all([
    store.db.organisations.count(),
    store.db.people.count(),
    store.db.bodies.count(),
  ]);
  return orgs + people + bodies === 0;
}
