/**
 * The register: organisations, people, bodies and memberships. Each type has a zod schema that
 * is the one gate for anything read from a document, a file or a form.
 */
import { z } from 'zod';
import { isIsoDate, isTime } from './dates';

export const countyParts = ['norr', 'söder', 'väster', 'örebro'] as const;
export type CountyPart = (typeof countyParts)[number];

export const organisationKinds = ['region', 'municipality', 'association', 'authority', 'academia', 'other'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const recordKinds = ['protocol', 'notes'] as const;
/** Protokoll (with justering) or minnesanteckningar (confirmed at the next meeting). */
export type RecordKind = (typeof recordKinds)[number];

export const numberingStyles = ['sequential', 'section'] as const;
/** 1, 2, 3 … from each meeting, or § numbers that continue through the body's year. */
export type NumberingStyle = (typeof numberingStyles)[number];

export const itemKinds = ['information', 'discussion', 'decision'] as const;
export type ItemKind = (typeof itemKinds)[number];

/** Standard items the meeting screen helps with (issue: the meeting). */
export const standardItemRoles = [
  'opening',
  'adjusters',
  'agenda',
  'previousMinutes',
  'round',
  'otherMatters',
  'closing',
] as const;
export type StandardItemRole = (typeof standardItemRoles)[number];

export const membershipRoles = ['chair', 'viceChair', 'member', 'deputy', 'official', 'secretary', 'coopted'] as const;
export type MembershipRole = (typeof membershipRoles)[number];

/** Roles that hold a seat a deputy can stand in for. */
export const votingRoles: readonly MembershipRole[] = ['chair', 'viceChair', 'member'];

const isoDate = z.string().refine(isIsoDate, { message: 'Ogiltigt datum' });
const time = z.string().refine(isTime, { message: 'Ogiltig tid' });
const deletedAt = z.string().nullable().default(null);
const text = (max: number) => z.string().max(max);

export const organisationSchema = z.object({
  id: z.string().min(1),
  name: text(200).min(1),
  shortName: text(60).default(''),
  kind: z.enum(organisationKinds),
  countyPart: z.enum(countyParts).nullable().default(null),
  deletedAt,
});
export type Organisation = z.infer<typeof organisationSchema>;

export const personSchema = z.object({
  id: z.string().min(1),
  name: text(200).min(1),
  title: text(300).default(''),
  organisationId: z.string().nullable().default(null),
  email: text(320).default(''),
  phone: text(60).default(''),
  deletedAt,
});
export type Person = z.infer<typeof personSchema>;

export const standardItemSchema = z.object({
  title: text(300).min(1),
  kind: z.enum(itemKinds).default('information'),
  minutes: z.number().int().min(0).max(600).default(5),
  role: z.enum(standardItemRoles).nullable().default(null),
});
export type StandardItem = z.infer<typeof standardItemSchema>;

export const textModuleSchema = z.object({
  id: z.string().min(1),
  label: text(100).min(1),
  text: text(2000).min(1),
});
export type TextModule = z.infer<typeof textModuleSchema>;

export const bodySchema = z.object({
  id: z.string().min(1),
  name: text(200).min(1),
  shortName: text(60).default(''),
  recordKind: z.enum(recordKinds),
  defaultPlace: text(300).default(''),
  defaultStartTime: time.default('09:00'),
  defaultEndTime: time.default('12:00'),
  numbering: z.enum(numberingStyles).default('sequential'),
  openingItems: z.array(standardItemSchema).max(50).default([]),
  closingItems: z.array(standardItemSchema).max(50).default([]),
  textModules: z.array(textModuleSchema).max(200).default([]),
  deletedAt,
});
export type Body = z.infer<typeof bodySchema>;

export const membershipSchema = z.object({
  id: z.string().min(1),
  bodyId: z.string().min(1),
  personId: z.string().min(1),
  role: z.enum(membershipRoles),
  /** The organisation the seat represents (usually the person's own). */
  organisationId: z.string().nullable().default(null),
  /** For an ersättare: the membership of the ledamot they stand in for. */
  deputyFor: z.string().nullable().default(null),
  from: isoDate,
  to: isoDate.nullable().default(null),
  deletedAt,
});
export type Membership = z.infer<typeof membershipSchema>;

/** What a form may send when creating or changing a record: no id, no deletion marker. */
export type OrganisationInput = Omit<Organisation, 'id' | 'deletedAt'>;
export type PersonInput = Omit<Person, 'id' | 'deletedAt'>;
export type BodyInput = Omit<Body, 'id' | 'deletedAt'>;
export type MembershipInput = Omit<Membership, 'id' | 'deletedAt' | 'bodyId'>;
