import { afterEach, describe, expect, it } from 'vitest';
import { isDomainError } from '../../../shared/domain/errors';
import type { MembershipInput, PersonInput } from '../../../shared/domain/register';
import { listMemberships, listOrganisations, listPeople, listBodies } from '../../../renderer/db/queries';
import * as register from '../../../renderer/db/register';
import { closeStore, type Store } from '../../../renderer/db/store';
import { dumpDatabase, freshStore, reopen } from '../../helpers/store';

let store: Store;
afterEach(() => store && closeStore(store));

const person = (name: string, organisationId: string | null, extra: Partial<PersonInput> = {}): PersonInput => ({
  name,
  title: '',
  organisationId,
  email: '',
  phone: '',
  ...extra,
});

async function expectRefused(promise: Promise<unknown>, message: RegExp): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isDomainError(error), `expected a DomainError, got ${String(error)}`).toBe(true);
  expect((error as Error).message).toMatch(message);
}

async function seed(s: Store) {
  const region = await register.addOrganisation(s, { name: 'Region Örebro län', shortName: '', kind: 'region', countyPart: null });
  const nora = await register.addOrganisation(s, { name: 'Nora kommun', shortName: '', kind: 'municipality', countyPart: 'norr' });
  const chair = await register.addPerson(s, person('Karin Berg', region));
  const member = await register.addPerson(s, person('Olle Lind', nora));
  const deputy = await register.addPerson(s, person('Sara Ek', nora));
  const body = await register.addBody(s, {
    name: 'Specifika samverkansrådet för folkhälsa',
    shortName: '',
    recordKind: 'protocol',
    defaultPlace: 'Eklundavägen 1',
    defaultStartTime: '09:00',
    defaultEndTime: '12:00',
    numbering: 'sequential',
    openingItems: [],
    closingItems: [],
    textModules: [],
  });
  return { region, nora, chair, member, deputy, body };
}

const membership = (personId: string, role: MembershipInput['role'], extra: Partial<MembershipInput> = {}): MembershipInput => ({
  personId,
  role,
  organisationId: null,
  deputyFor: null,
  from: '2024-01-01',
  to: null,
  ...extra,
});

describe('register in the database', () => {
  it('keeps organisations, people, bodies and memberships across a restart', async () => {
    store = await freshStore();
    const ids = await seed(store);
    const seat = await register.addMembership(store, ids.body, membership(ids.member, 'member'));
    await register.addMembership(store, ids.body, membership(ids.deputy, 'deputy', { deputyFor: seat }));

    store = await reopen(store);
    expect((await listOrganisations(store)).map((o) => o.name)).toEqual(['Region Örebro län', 'Nora kommun']);
    expect((await listPeople(store)).map((p) => p.name)).toEqual(['Karin Berg', 'Olle Lind', 'Sara Ek']);
    expect((await listBodies(store)).map((b) => b.name)).toEqual(['Specifika samverkansrådet för folkhälsa']);
    const memberships = await listMemberships(store, ids.body);
    expect(memberships).toHaveLength(2);
    const deputy = memberships.find((m) => m.role === 'deputy')!;
    expect(deputy.deputyFor).toBe(seat);
    // The seat's organisation defaults to the person's own.
    expect(deputy.organisationId).toBe(ids.nora);
  });

  it('rebuilds derived rows from the documents, never the other way round', async () => {
    store = await freshStore();
    const ids = await seed(store);
    await store.db.people.clear();
    expect(await listPeople(store)).toEqual([]);
    // Any write to the register document reprojects it completely.
    await register.updatePerson(store, ids.member, person('Olle Lindh', ids.nora));
    expect((await listPeople(store)).map((p) => p.name)).toEqual(['Karin Berg', 'Olle Lindh', 'Sara Ek']);
  });

  it('refuses impossible input with a Swedish message and leaves the database exactly as it was', async () => {
    store = await freshStore();
    const ids = await seed(store);
    const seat = await register.addMembership(store, ids.body, membership(ids.member, 'member'));
    const before = await dumpDatabase(store);

    await expectRefused(
      register.addMembership(store, ids.body, membership(ids.deputy, 'deputy')),
      /ersättare måste vara ersättare för en ledamot/i,
    );
    await expectRefused(
      register.addMembership(store, ids.body, membership(ids.chair, 'member', { from: '2024-06-01', to: '2024-05-01' })),
      /kan inte sluta .* innan det börjar/,
    );
    await expectRefused(register.addPerson(store, person('  olle   lind ', ids.nora)), /Det finns redan en person som heter Olle Lind på Nora kommun/);
    await expectRefused(
      register.addMembership(store, ids.body, membership(ids.member, 'deputy', { deputyFor: seat })),
      /kan inte vara ersättare för sig själv/,
    );
    await expectRefused(register.addOrganisation(store, { name: 'Lekebergs kommun', shortName: '', kind: 'municipality', countyPart: null }), /länsdel/);
    await expectRefused(register.deletePerson(store, ids.member), /är med i Specifika samverkansrådet för folkhälsa/);

    expect(await dumpDatabase(store)).toEqual(before);
  });

  it('pairs one ersättare per ledamot and keeps a deputy from being left without a seat', async () => {
    store = await freshStore();
    const ids = await seed(store);
    const seat = await register.addMembership(store, ids.body, membership(ids.member, 'member'));
    await register.addMembership(store, ids.body, membership(ids.deputy, 'deputy', { deputyFor: seat }));
    await expectRefused(
      register.addMembership(store, ids.body, membership(ids.chair, 'deputy', { deputyFor: seat })),
      /Olle Lind har redan en ersättare \(Sara Ek\)/,
    );
    await expectRefused(register.deleteMembership(store, ids.body, seat), /ersättare kan inte stå utan ledamot/);
  });

  it('deletes softly and undoes a deletion', async () => {
    store = await freshStore();
    const ids = await seed(store);
    await register.deletePerson(store, ids.chair);
    expect((await listPeople(store)).map((p) => p.name)).not.toContain('Karin Berg');
    // Still known by id, so old records can name her.
    expect((await store.db.people.get(ids.chair))?.name).toBe('Karin Berg');
    await register.restorePerson(store, ids.chair);
    expect((await listPeople(store)).map((p) => p.name)).toContain('Karin Berg');
  });

  it('keeps membership history when members change', async () => {
    store = await freshStore();
    const ids = await seed(store);
    const first = await register.addMembership(store, ids.body, membership(ids.member, 'member', { to: '2024-06-30' }));
    await register.addMembership(store, ids.body, membership(ids.deputy, 'member', { from: '2024-07-01' }));
    const all = await listMemberships(store, ids.body);
    expect(all.map((m) => [m.personId, m.from, m.to])).toEqual(
      expect.arrayContaining([
        [ids.member, '2024-01-01', '2024-06-30'],
        [ids.deputy, '2024-07-01', null],
      ]),
    );
    expect(all.find((m) => m.id === first)?.to).toBe('2024-06-30');
  });
});

describe('example data', () => {
  it('loads the real organisations and both seed bodies with invented people, through the rules', async () => {
    const { loadExampleData } = await import('../../../renderer/db/exampleData');
    const { seatingOn } = await import('../../../shared/domain/registerRules');
    store = await freshStore();
    await loadExampleData(store);
    const organisations = await listOrganisations(store);
    expect(organisations).toHaveLength(17);
    const municipalities = organisations.filter((o) => o.kind === 'municipality');
    expect(municipalities.map((o) => o.name)).toEqual([
      'Askersunds kommun', 'Degerfors kommun', 'Hallsbergs kommun', 'Hällefors kommun', 'Karlskoga kommun',
      'Kumla kommun', 'Laxå kommun', 'Lekebergs kommun', 'Lindesbergs kommun', 'Ljusnarsbergs kommun',
      'Nora kommun', 'Örebro kommun',
    ]);
    expect(municipalities.find((o) => o.name === 'Laxå kommun')?.countyPart).toBe('söder');
    expect(municipalities.find((o) => o.name === 'Degerfors kommun')?.countyPart).toBe('väster');

    const bodies = await listBodies(store);
    const council = bodies.find((b) => b.name === 'Specifika samverkansrådet för folkhälsa')!;
    expect(council.recordKind).toBe('protocol');
    expect(bodies.find((b) => b.name === 'Chefsgrupp folkhälsa')?.recordKind).toBe('notes');

    const seating = seatingOn('2024-05-17', await listMemberships(store, council.id), organisations);
    expect(seating.chair).toHaveLength(1);
    // One ledamot and one ersättare for the region's second seat, each municipality, RF-SISU and ÖLBF.
    expect(seating.seats).toHaveLength(15);
    expect(seating.seats.every((s) => s.deputies.length === 1)).toBe(true);
    expect(seating.unpairedDeputies).toEqual([]);
    expect(seating.seats[0]!.organisationName).toBe('Region Örebro län');

    // Loading twice is refused rather than duplicating everything.
    await expect(loadExampleData(store)).rejects.toThrow(/tomt register/);
  });
});
