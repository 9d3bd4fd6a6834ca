/**
 * The rules of the register: what makes a person, an organisation, a body or a membership
 * acceptable, and how a body's seats are read (who is ledamot, who stands in for whom, on a day).
 * Every check throws a DomainError with a Swedish message; nothing here touches storage.
 */
import { formatDate } from './dates';
import { DomainError } from './errors';
import { membershipRoleLabels } from './labels';
import type {
  Body,
  BodyInput,
  Membership,
  MembershipInput,
  Organisation,
  OrganisationInput,
  Person,
  PersonInput,
} from './register';
import { bodySchema, membershipSchema, organisationSchema, personSchema, votingRoles } from './register';
import { parseInput } from './validation';

const organisationInput = organisationSchema.omit({ id: true, deletedAt: true });
const personInput = personSchema.omit({ id: true, deletedAt: true });
const bodyInput = bodySchema.omit({ id: true, deletedAt: true });
const membershipInput = membershipSchema.omit({ id: true, deletedAt: true, bodyId: true });

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Names compared the way a person reads them: case, accents kept, spacing ignored. */
export function normaliseName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
}

function requireText(value: string, field: string, what: string): string {
  const trimmed = value.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!trimmed) throw new DomainError(`${what} måste fyllas i.`, field);
  return trimmed;
}

function live<T extends { deletedAt: string | null }>(records: readonly T[]): T[] {
  return records.filter((r) => r.deletedAt === null);
}

export function checkOrganisation(
  input: OrganisationInput,
  existing: readonly Organisation[],
  selfId?: string,
): OrganisationInput {
  input = parseInput(organisationInput, input);
  const name = requireText(input.name, 'name', 'Namnet');
  const clash = live(existing).find((o) => o.id !== selfId && normaliseName(o.name) === normaliseName(name));
  if (clash) throw new DomainError(`Det finns redan en organisation som heter ${clash.name}.`, 'name');
  if (input.kind === 'municipality' && !input.countyPart) {
    throw new DomainError('Välj vilken länsdel kommunen hör till.', 'countyPart');
  }
  return { ...input, name, shortName: input.shortName.trim() };
}

export function checkPerson(
  input: PersonInput,
  existing: readonly Person[],
  organisations: readonly Organisation[],
  selfId?: string,
): PersonInput {
  input = parseInput(personInput, input);
  const name = requireText(input.name, 'name', 'Namnet');
  const email = input.email.trim();
  if (email && !EMAIL.test(email)) throw new DomainError(`${email} är inte en giltig e-postadress.`, 'email');
  if (input.organisationId && !live(organisations).some((o) => o.id === input.organisationId)) {
    throw new DomainError('Organisationen finns inte i registret.', 'organisationId');
  }
  for (const other of live(existing)) {
    if (other.id === selfId) continue;
    if (normaliseName(other.name) === normaliseName(name) && other.organisationId === input.organisationId) {
      const org = organisations.find((o) => o.id === other.organisationId);
      throw new DomainError(
        org
          ? `Det finns redan en person som heter ${other.name} på ${org.name}.`
          : `Det finns redan en person som heter ${other.name}.`,
        'name',
      );
    }
    if (email && other.email && other.email.toLocaleLowerCase() === email.toLocaleLowerCase()) {
      throw new DomainError(`E-postadressen ${email} används redan av ${other.name}.`, 'email');
    }
  }
  return { ...input, name, email, title: input.title.trim(), phone: input.phone.trim() };
}

export function checkBody(input: BodyInput, existing: readonly Body[], selfId?: string): BodyInput {
  input = parseInput(bodyInput, input);
  const name = requireText(input.name, 'name', 'Namnet');
  const clash = live(existing).find((b) => b.id !== selfId && normaliseName(b.name) === normaliseName(name));
  if (clash) throw new DomainError(`Det finns redan ett organ som heter ${clash.name}.`, 'name');
  if (input.defaultEndTime <= input.defaultStartTime) {
    throw new DomainError('Sluttiden måste vara efter starttiden.', 'defaultEndTime');
  }
  return { ...input, name, defaultPlace: input.defaultPlace.trim() };
}

/** A membership is active on `date` when it has started and not yet ended (both days included). */
export function isActiveOn(membership: Pick<Membership, 'from' | 'to' | 'deletedAt'>, date: string): boolean {
  return membership.deletedAt === null && membership.from <= date && (membership.to === null || membership.to >= date);
}

function periodsOverlap(a: Pick<Membership, 'from' | 'to'>, b: Pick<Membership, 'from' | 'to'>): boolean {
  const aEnd = a.to ?? '9999-12-31';
  const bEnd = b.to ?? '9999-12-31';
  return a.from <= bEnd && b.from <= aEnd;
}

export interface MembershipContext {
  bodyId: string;
  memberships: readonly Membership[];
  people: readonly Person[];
  organisations: readonly Organisation[];
}

export function checkMembership(input: MembershipInput, context: MembershipContext, selfId?: string): MembershipInput {
  if (!input.personId) throw new DomainError('Välj en person ur registret.', 'personId');
  if (!input.from) throw new DomainError('Ange när medlemskapet börjar.', 'from');
  input = parseInput(membershipInput, input);
  const person = live(context.people).find((p) => p.id === input.personId);
  if (!person) throw new DomainError('Välj en person ur registret.', 'personId');
  if (input.to !== null && input.to < input.from) {
    throw new DomainError(
      `Medlemskapet kan inte sluta (${formatDate(input.to)}) innan det börjar (${formatDate(input.from)}).`,
      'to',
    );
  }
  if (input.organisationId && !live(context.organisations).some((o) => o.id === input.organisationId)) {
    throw new DomainError('Organisationen finns inte i registret.', 'organisationId');
  }
  const others = live(context.memberships).filter((m) => m.id !== selfId && m.bodyId === context.bodyId);

  const same = others.find((m) => m.personId === input.personId && m.role === input.role && periodsOverlap(m, input));
  if (same) {
    throw new DomainError(
      `${person.name} är redan ${membershipRoleLabels[input.role].toLocaleLowerCase('sv-SE')} under samma period.`,
      'role',
    );
  }

  if (input.role === 'deputy') {
    if (!input.deputyFor) {
      throw new DomainError('En ersättare måste vara ersättare för en ledamot. Välj vem.', 'deputyFor');
    }
    const seat = others.find((m) => m.id === input.deputyFor);
    if (!seat || !votingRoles.includes(seat.role)) {
      throw new DomainError('Ersättaren måste vara ersättare för en ledamot i samma organ.', 'deputyFor');
    }
    if (seat.personId === input.personId) {
      throw new DomainError(`${person.name} kan inte vara ersättare för sig själv.`, 'deputyFor');
    }
    if (!periodsOverlap(seat, input)) {
      throw new DomainError('Ersättarens period måste överlappa ledamotens.', 'from');
    }
    const rival = others.find((m) => m.role === 'deputy' && m.deputyFor === seat.id && periodsOverlap(m, input));
    if (rival) {
      const rivalName = context.people.find((p) => p.id === rival.personId)?.name ?? 'någon annan';
      const seatName = context.people.find((p) => p.id === seat.personId)?.name ?? 'ledamoten';
      throw new DomainError(`${seatName} har redan en ersättare (${rivalName}) under samma period.`, 'deputyFor');
    }
  } else if (input.deputyFor) {
    throw new DomainError('Bara en ersättare kan stå i stället för en ledamot.', 'deputyFor');
  }

  return { ...input, organisationId: input.organisationId ?? person.organisationId };
}

/** Ending a seat ends its deputies' pairing too: refuse to leave a deputy paired with nobody. */
export function checkMembershipRemoval(membership: Membership, memberships: readonly Membership[], people: readonly Person[]): void {
  const deputies = live(memberships).filter((m) => m.role === 'deputy' && m.deputyFor === membership.id);
  if (deputies.length > 0) {
    const names = deputies.map((d) => people.find((p) => p.id === d.personId)?.name ?? 'okänd').join(', ');
    throw new DomainError(
      `Ta först bort eller flytta ersättaren (${names}): en ersättare kan inte stå utan ledamot.`,
    );
  }
}

export interface SeatRow {
  organisationId: string | null;
  organisationName: string;
  member: Membership;
  deputies: Membership[];
}

export interface Seating {
  /** The chair is printed apart ("Ordförande: …"), with their ersättare if they have one. */
  chair: SeatRow[];
  seats: SeatRow[];
  unpairedDeputies: Membership[];
  officials: Membership[];
  secretaries: Membership[];
  coopted: Membership[];
}

/** Regions first, then municipalities, then the rest; alphabetically (Swedish) within each. */
export function organisationOrder(organisations: readonly Organisation[]): (id: string | null) => [number, string] {
  const rank: Record<Organisation['kind'], number> = {
    region: 0,
    municipality: 1,
    association: 2,
    authority: 3,
    academia: 4,
    other: 5,
  };
  return (id) => {
    const org = organisations.find((o) => o.id === id);
    return org ? [rank[org.kind], org.name] : [9, ''];
  };
}

/**
 * The body's seats on a day, as the protocol prints them: the chair apart, then one row per
 * ledamot (vice ordförande included) with their ersättare beside them, ordered by organisation.
 */
export function seatingOn(
  date: string,
  memberships: readonly Membership[],
  organisations: readonly Organisation[],
): Seating {
  const active = memberships.filter((m) => isActiveOn(m, date));
  const order = organisationOrder(organisations);
  const byOrg = (a: Membership, b: Membership) => {
    const [ra, na] = order(a.organisationId);
    const [rb, nb] = order(b.organisationId);
    return ra - rb || na.localeCompare(nb, 'sv');
  };
  const row = (member: Membership): SeatRow => ({
    organisationId: member.organisationId,
    organisationName: organisations.find((o) => o.id === member.organisationId)?.name ?? '',
    member,
    deputies: active.filter((d) => d.role === 'deputy' && d.deputyFor === member.id),
  });
  const seats = active.filter((m) => m.role === 'member' || m.role === 'viceChair').sort(byOrg).map(row);
  const chair = active.filter((m) => m.role === 'chair').sort(byOrg).map(row);
  const paired = new Set([...chair, ...seats].flatMap((s) => s.deputies.map((d) => d.id)));
  return {
    chair,
    seats,
    unpairedDeputies: active.filter((d) => d.role === 'deputy' && !paired.has(d.id)),
    officials: active.filter((m) => m.role === 'official'),
    secretaries: active.filter((m) => m.role === 'secretary'),
    coopted: active.filter((m) => m.role === 'coopted'),
  };
}
