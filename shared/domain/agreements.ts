/**
 * Collaboration agreements (överenskommelser), their parties and signatories, and the yearly
 * financial reports (ekonomisk redovisning / återrapportering) each party owes the region.
 *
 * Everything here is pure: the schemas that guard what is read and written, the rules that refuse
 * bad input with a Swedish message, and the arithmetic (who reports, when each report is due,
 * what a report's lines add up to, which duties are late). Money is whole kronor as integers.
 */
import { z } from 'zod';
import { formatDate, isIsoDate } from './dates';
import { DomainError } from './errors';
import { fileRefSchema } from './files';
import { countyPartAreaLabels, reportStatusLabels } from './labels';
import { formatKronor, MAX_AMOUNT } from './money';
import { countyParts, type CountyPart, type Organisation } from './register';
import { parseInput } from './validation';

const isoDate = z.string().refine(isIsoDate, { message: 'Ogiltigt datum' });
const text = (max: number) => z.string().max(max);
const deletedAt = z.string().nullable().default(null);
const amount = z.number().int().min(-MAX_AMOUNT).max(MAX_AMOUNT);
const year = z.number().int().min(1990).max(2200);

/** "MM-DD" of a day that exists every year (so not 29 February). */
export function isMonthDay(value: unknown): value is string {
  return typeof value === 'string' && /^\d{2}-\d{2}$/.test(value) && isIsoDate(`2023-${value}`);
}
const monthDay = z.string().refine(isMonthDay, { message: 'Välj en dag som finns varje år.' });

// --- records ----------------------------------------------------------------------------------

export const reportByOptions = ['countyPart', 'party'] as const;
/** Municipalities report together per county part ("för kommunerna länsdelsvis"), or each party alone. */
export type ReportBy = (typeof reportByOptions)[number];

export const deadlineOverrideSchema = z.object({
  year,
  date: isoDate,
  reason: text(500).default(''),
});
export type DeadlineOverride = z.infer<typeof deadlineOverrideSchema>;

export const followUpSchema = z.object({
  year,
  date: isoDate,
  done: z.boolean().default(false),
  note: text(500).default(''),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const agreementSchema = z.object({
  id: z.string().min(1),
  title: text(500).min(1),
  /** The registration number, e.g. "FHN: 2020-00125". */
  reference: text(100).default(''),
  from: isoDate,
  to: isoDate,
  note: text(5000).default(''),
  reportBy: z.enum(reportByOptions).default('countyPart'),
  /** The yearly report for year Y is due on this day of year Y+1 ("senast den 31 januari"). */
  reportDueDay: monthDay.default('01-31'),
  /** A deadline moved for one year ("För 2023 … förlängs därför till den 15 februari 2024"). */
  deadlineOverrides: z.array(deadlineOverrideSchema).max(50).default([]),
  /** Dates of the yearly follow-up of the common collaboration plan, per year. */
  followUps: z.array(followUpSchema).max(50).default([]),
  /** The common collaboration plan (gemensam samverkansplan): when it is due and when it was adopted. */
  planDue: isoDate.nullable().default(null),
  planAdoptedOn: isoDate.nullable().default(null),
  /** The signed agreement, scanned or as signed PDF. */
  signedDocument: fileRefSchema.nullable().default(null),
  createdAt: z.string().default(''),
  deletedAt,
});
export type Agreement = z.infer<typeof agreementSchema>;

export const partySchema = z.object({
  id: z.string().min(1),
  agreementId: z.string().min(1),
  organisationId: z.string().min(1),
  /** Whether the party owes the region a yearly report (the region itself does not). */
  reports: z.boolean().default(true),
  deletedAt,
});
export type Party = z.infer<typeof partySchema>;

export const signatorySchema = z.object({
  id: z.string().min(1),
  agreementId: z.string().min(1),
  partyId: z.string().min(1),
  name: text(200).min(1),
  /** e.g. "Kommunstyrelsens ordförande", "Kommunchef", "Regiondirektör". */
  role: text(200).default(''),
  signedOn: isoDate.nullable().default(null),
  /** Order within the party (as on the signature page). */
  position: z.number().int().min(0).default(0),
  deletedAt,
});
export type Signatory = z.infer<typeof signatorySchema>;

export const reportStatuses = ['expected', 'received', 'complete', 'missingDocuments'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const incomeKinds = ['regionPayment', 'own', 'other'] as const;
/** What an income line is: the region's payment, the party's own money, or other income (grants, sales). */
export type IncomeKind = (typeof incomeKinds)[number];

export const incomeLineSchema = z.object({
  id: z.string().min(1),
  label: text(300).min(1),
  amount,
  kind: z.enum(incomeKinds).default('other'),
  note: text(1000).default(''),
});
export type IncomeLine = z.infer<typeof incomeLineSchema>;

export const costLineSchema = z.object({
  id: z.string().min(1),
  label: text(300).min(1),
  amount,
  note: text(1000).default(''),
});
export type CostLine = z.infer<typeof costLineSchema>;

export const reportSchema = z.object({
  id: z.string().min(1),
  agreementId: z.string().min(1),
  year,
  /** Who reports: `party:<organisationId>` or `countyPart:<länsdel>` (see reportingUnits). */
  unitKey: text(200).min(1),
  /** The parties the report covers, as they were when it was registered. */
  organisationIds: z.array(z.string()).max(30).default([]),
  countyPart: z.enum(countyParts).nullable().default(null),
  status: z.enum(reportStatuses).default('expected'),
  receivedOn: isoDate.nullable().default(null),
  /** Who sent it ("Handläggare …", "På uppdrag av …"). */
  submittedBy: text(300).default(''),
  incomeLines: z.array(incomeLineSchema).max(60).default([]),
  costLines: z.array(costLineSchema).max(60).default([]),
  /** The totals as printed in the report, kept as they are so a mismatch shows instead of vanishing. */
  statedIncomeTotal: amount.nullable().default(null),
  statedCostTotal: amount.nullable().default(null),
  statedResult: amount.nullable().default(null),
  statedOwnContribution: amount.nullable().default(null),
  /** "De tre viktigaste händelserna". */
  events: z.array(text(10_000)).max(10).default([]),
  /** "Personal" / "Beskrivning av personalresurser". */
  staff: text(20_000).default(''),
  /** The secretary's own note, e.g. what is missing ("Saknar underlag kring fakturering"). */
  note: text(2000).default(''),
  updatedAt: z.string().default(''),
  deletedAt,
});
export type YearlyReport = z.infer<typeof reportSchema>;

// --- input ------------------------------------------------------------------------------------

export const agreementInputSchema = agreementSchema.pick({
  title: true,
  reference: true,
  from: true,
  to: true,
  note: true,
  reportBy: true,
  reportDueDay: true,
  planDue: true,
  planAdoptedOn: true,
});
export type AgreementInput = z.infer<typeof agreementInputSchema>;

export const partyInputSchema = partySchema.pick({ organisationId: true, reports: true });
export type PartyInput = z.infer<typeof partyInputSchema>;

export const signatoryInputSchema = signatorySchema.pick({ name: true, role: true, signedOn: true });
export type SignatoryInput = z.infer<typeof signatoryInputSchema>;

export const reportStatusInputSchema = reportSchema.pick({ status: true, receivedOn: true, submittedBy: true, note: true });
export type ReportStatusInput = z.infer<typeof reportStatusInputSchema>;

export const reportFiguresSchema = reportSchema.pick({
  incomeLines: true,
  costLines: true,
  statedIncomeTotal: true,
  statedCostTotal: true,
  statedResult: true,
  statedOwnContribution: true,
});
export type ReportFigures = z.infer<typeof reportFiguresSchema>;

export const reportNarrativeSchema = reportSchema.pick({ events: true, staff: true });
export type ReportNarrative = z.infer<typeof reportNarrativeSchema>;

/** Costs are kept as positive amounts; a report that prints them negative ("-819 732 kr") means the same. */
export function costAmount(amount: number): number {
  return Math.abs(amount);
}

/** The lines of the common template: offered when a report's figures are first entered. */
export const templateIncomeLines: readonly { label: string; kind: IncomeKind }[] = [
  { label: 'Ersättning från Region Örebro län', kind: 'regionPayment' },
  { label: 'Egen finansiering (kommunens budget, interna intäkter)', kind: 'own' },
  { label: 'Övriga intäkter (statsbidrag, projektmedel, försäljning)', kind: 'other' },
];
export const templateCostLines: readonly string[] = [
  'Personalkostnader',
  'Lokalkostnader',
  'Verksamhets- och projektkostnader',
  'Administration',
  'Övriga kostnader',
];

// --- rules ------------------------------------------------------------------------------------

function requireText(value: string, field: string, message: string): string {
  const trimmed = value.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!trimmed) throw new DomainError(message, field);
  return trimmed;
}

export function yearOf(isoDateValue: string): number {
  return Number(isoDateValue.slice(0, 4));
}

export function checkAgreement(input: AgreementInput): AgreementInput {
  if (!input.from) throw new DomainError('Ange när överenskommelsen börjar gälla.', 'from');
  if (!input.to) throw new DomainError('Ange när överenskommelsen slutar gälla.', 'to');
  const checked = parseInput(agreementInputSchema, input);
  const title = requireText(checked.title, 'title', 'Överenskommelsen behöver en rubrik.');
  if (checked.to < checked.from) {
    throw new DomainError(
      `Överenskommelsen kan inte sluta (${formatDate(checked.to)}) innan den börjar (${formatDate(checked.from)}).`,
      'to',
    );
  }
  if (yearOf(checked.to) - yearOf(checked.from) > 20) {
    throw new DomainError('En överenskommelse kan gälla i högst 20 år.', 'to');
  }
  if (checked.planAdoptedOn && checked.planAdoptedOn < checked.from) {
    throw new DomainError('Samverkansplanen kan inte vara antagen innan överenskommelsen börjar gälla.', 'planAdoptedOn');
  }
  return { ...checked, title, reference: checked.reference.trim(), note: checked.note.trim() };
}

export function checkParty(
  input: PartyInput,
  context: { parties: readonly Party[]; organisations: readonly Organisation[] },
  selfId?: string,
): PartyInput {
  if (!input.organisationId) throw new DomainError('Välj en organisation ur registret.', 'organisationId');
  const checked = parseInput(partyInputSchema, input);
  const organisation = context.organisations.find((o) => o.id === checked.organisationId && o.deletedAt === null);
  if (!organisation) throw new DomainError('Organisationen finns inte i registret.', 'organisationId');
  const clash = context.parties.find((p) => p.id !== selfId && p.deletedAt === null && p.organisationId === checked.organisationId);
  if (clash) throw new DomainError(`${organisation.name} är redan part i överenskommelsen.`, 'organisationId');
  return checked;
}

export function checkSignatory(input: SignatoryInput, today: string): SignatoryInput {
  const checked = parseInput(signatoryInputSchema, { ...input, signedOn: input.signedOn || null });
  const name = requireText(checked.name, 'name', 'Skriv namnet på den som skriver under.');
  if (checked.signedOn && checked.signedOn > today) {
    throw new DomainError(`Underskriften kan inte vara daterad efter i dag (${formatDate(checked.signedOn)}).`, 'signedOn');
  }
  return { ...checked, name, role: checked.role.trim().replace(/\s+/g, ' ') };
}

export function inPeriod(agreement: Pick<Agreement, 'from' | 'to'>, reportYear: number): boolean {
  return reportYear >= yearOf(agreement.from) && reportYear <= yearOf(agreement.to);
}

function requireYearInPeriod(agreement: Pick<Agreement, 'from' | 'to'>, reportYear: number, field: string): void {
  if (!inPeriod(agreement, reportYear)) {
    throw new DomainError(
      `Överenskommelsen gäller ${yearOf(agreement.from)}–${yearOf(agreement.to)}; ${reportYear} ligger utanför.`,
      field,
    );
  }
}

export function checkDeadlineOverride(agreement: Pick<Agreement, 'from' | 'to'>, input: DeadlineOverride): DeadlineOverride {
  if (!input.date) throw new DomainError('Ange den nya sista dagen.', 'date');
  const checked = parseInput(deadlineOverrideSchema, input);
  requireYearInPeriod(agreement, checked.year, 'year');
  if (checked.date <= `${checked.year}-12-31`) {
    throw new DomainError(`Redovisningen för ${checked.year} kan inte vara sist inne innan året är slut.`, 'date');
  }
  if (yearOf(checked.date) > checked.year + 2) {
    throw new DomainError(`Den nya sista dagen för ${checked.year} ligger orimligt långt fram.`, 'date');
  }
  return { ...checked, reason: checked.reason.trim() };
}

export function checkFollowUp(agreement: Pick<Agreement, 'from' | 'to'>, input: FollowUp): FollowUp {
  if (!input.date) throw new DomainError('Ange ett datum för uppföljningen.', 'date');
  const checked = parseInput(followUpSchema, input);
  requireYearInPeriod(agreement, checked.year, 'year');
  if (yearOf(checked.date) < checked.year || yearOf(checked.date) > checked.year + 1) {
    throw new DomainError(`Uppföljningen av ${checked.year} ska hållas under ${checked.year} eller året efter.`, 'date');
  }
  return { ...checked, note: checked.note.trim() };
}

export function checkReportStatus(input: ReportStatusInput, today: string): ReportStatusInput {
  const checked = parseInput(reportStatusInputSchema, { ...input, receivedOn: input.receivedOn || null });
  if (checked.status === 'expected') return { ...checked, receivedOn: null, submittedBy: checked.submittedBy.trim(), note: checked.note.trim() };
  if (!checked.receivedOn) throw new DomainError('Ange när redovisningen kom in.', 'receivedOn');
  if (checked.receivedOn > today) {
    throw new DomainError(`Redovisningen kan inte ha kommit in efter i dag (${formatDate(checked.receivedOn)}).`, 'receivedOn');
  }
  return { ...checked, submittedBy: checked.submittedBy.trim(), note: checked.note.trim() };
}

export function checkReportFigures(input: ReportFigures): ReportFigures {
  // Names first, so an empty one is reported by its row rather than as a generic missing field.
  const named = <T extends { label: string; note?: string }>(lines: readonly T[], field: string, what: string): T[] =>
    lines.map((line, index) => ({
      ...line,
      label: requireText(line.label ?? '', field, `Rad ${index + 1} bland ${what} saknar benämning.`),
      note: (line.note ?? '').trim(),
    }));
  return parseInput(reportFiguresSchema, {
    ...input,
    incomeLines: named(input.incomeLines, 'incomeLines', 'intäkterna'),
    costLines: named(input.costLines, 'costLines', 'kostnaderna'),
  });
}

export function checkReportNarrative(input: ReportNarrative): ReportNarrative {
  const events = input.events.map((e) => e.trim()).filter((e) => e.length > 0);
  const checked = parseInput(reportNarrativeSchema, { events, staff: input.staff.trim() });
  return checked;
}

// --- who reports, and when --------------------------------------------------------------------

export interface ReportingUnit {
  /** `party:<organisationId>` or `countyPart:<länsdel>`. */
  key: string;
  label: string;
  organisationIds: string[];
  countyPart: CountyPart | null;
}

export function partyUnitKey(organisationId: string): string {
  return `party:${organisationId}`;
}
export function countyPartUnitKey(countyPart: CountyPart): string {
  return `countyPart:${countyPart}`;
}

const bySwedish = (a: string, b: string) => a.localeCompare(b, 'sv');

/**
 * Who owes the region a yearly report under this agreement: each reporting party, or, when the
 * agreement says so, the municipalities of one county part together (västra länsdelen: Karlskoga
 * and Degerfors in one report). Other parties (RF-SISU, ÖLBF) always report alone.
 */
export function reportingUnits(
  agreement: Pick<Agreement, 'reportBy'>,
  parties: readonly Party[],
  organisations: readonly Pick<Organisation, 'id' | 'name' | 'kind' | 'countyPart'>[],
): ReportingUnit[] {
  const orgs = new Map(organisations.map((o) => [o.id, o]));
  const reporting = parties.filter((p) => p.deletedAt === null && p.reports);
  const groups = new Map<CountyPart, string[]>();
  const units: ReportingUnit[] = [];
  for (const party of reporting) {
    const org = orgs.get(party.organisationId);
    if (agreement.reportBy === 'countyPart' && org?.kind === 'municipality' && org.countyPart) {
      groups.set(org.countyPart, [...(groups.get(org.countyPart) ?? []), party.organisationId]);
    } else {
      units.push({ key: partyUnitKey(party.organisationId), label: org?.name ?? 'Okänd organisation', organisationIds: [party.organisationId], countyPart: null });
    }
  }
  for (const [countyPart, ids] of groups) {
    const names = ids.map((id) => orgs.get(id)?.name ?? '');
    const sorted = [...ids].sort((a, b) => bySwedish(orgs.get(a)?.name ?? '', orgs.get(b)?.name ?? ''));
    units.push({
      key: countyPartUnitKey(countyPart),
      label: ids.length === 1 ? names[0]! : countyPartAreaLabels[countyPart],
      organisationIds: sorted,
      countyPart,
    });
  }
  return units.sort((a, b) => bySwedish(a.label, b.label));
}

/** The years the agreement owes reports for: every calendar year it is in force. */
export function reportYears(agreement: Pick<Agreement, 'from' | 'to'>): number[] {
  const years: number[] = [];
  for (let y = yearOf(agreement.from); y <= yearOf(agreement.to); y += 1) years.push(y);
  return years;
}

export interface Deadline {
  date: string;
  /** True when this year's deadline was moved from the agreement's usual day. */
  moved: boolean;
  reason: string;
}

/** When the report for `reportYear` is due: the usual day of the following year, unless moved for that year. */
export function reportDeadline(agreement: Pick<Agreement, 'reportDueDay' | 'deadlineOverrides'>, reportYear: number): Deadline {
  const override = agreement.deadlineOverrides.find((o) => o.year === reportYear);
  if (override) return { date: override.date, moved: true, reason: override.reason };
  return { date: `${reportYear + 1}-${agreement.reportDueDay}`, moved: false, reason: '' };
}

// --- sums and checks --------------------------------------------------------------------------

export interface ReportSums {
  incomeFromLines: number;
  costFromLines: number;
  /** The report's own totals where it states them, otherwise the sum of its lines. */
  income: number;
  cost: number;
  /** Stated result, otherwise income (with an own contribution stated apart from it) − cost. */
  result: number;
  /** The income lines marked as the region's payment; null when none is marked. */
  regionPayment: number | null;
  /** Stated, otherwise the party's own funding lines plus the deficit it covers; null without figures. */
  ownContribution: number | null;
  hasFigures: boolean;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

type Figures = Pick<YearlyReport, keyof ReportFigures>;

function computedOwnContribution(report: Figures, income: number, cost: number): number {
  const ownLines = sum(report.incomeLines.filter((l) => l.kind === 'own').map((l) => l.amount));
  return ownLines + Math.max(0, cost - income);
}

/**
 * An own contribution stated apart from the income lines (Örebro: "Kommunens insats 2 632 000",
 * not part of "Totalt intäkter") still finances the costs: it counts towards the result. When the
 * party's own money is among the income lines, it is counted there already.
 */
function ownOutsideIncome(report: Figures): number {
  const ownLines = report.incomeLines.some((l) => l.kind === 'own');
  return report.statedOwnContribution !== null && !ownLines ? report.statedOwnContribution : 0;
}

export function reportSums(report: Figures): ReportSums {
  const incomeFromLines = sum(report.incomeLines.map((l) => l.amount));
  const costFromLines = sum(report.costLines.map((l) => l.amount));
  const hasFigures =
    report.incomeLines.length + report.costLines.length > 0 ||
    [report.statedIncomeTotal, report.statedCostTotal, report.statedResult, report.statedOwnContribution].some((v) => v !== null);
  const income = report.statedIncomeTotal ?? incomeFromLines;
  const cost = report.statedCostTotal ?? costFromLines;
  const regionLines = report.incomeLines.filter((l) => l.kind === 'regionPayment');
  return {
    incomeFromLines,
    costFromLines,
    income,
    cost,
    result: report.statedResult ?? income + ownOutsideIncome(report) - cost,
    regionPayment: regionLines.length > 0 ? sum(regionLines.map((l) => l.amount)) : null,
    ownContribution: hasFigures ? (report.statedOwnContribution ?? computedOwnContribution(report, income, cost)) : null,
    hasFigures,
  };
}

export const reportWarningKinds = ['incomeTotal', 'costTotal', 'result', 'ownContribution', 'noRegionPayment'] as const;
export type ReportWarningKind = (typeof reportWarningKinds)[number];

export interface ReportWarning {
  kind: ReportWarningKind;
  message: string;
  computed: number | null;
  stated: number | null;
}

/**
 * What does not add up. A report is kept exactly as the party sent it; where its lines and its own
 * totals disagree the app says so (with both numbers and the difference) instead of quietly
 * replacing the party's total with its own.
 */
export function reportWarnings(report: Figures): ReportWarning[] {
  const warnings: ReportWarning[] = [];
  const sums = reportSums(report);
  const mismatch = (kind: ReportWarningKind, what: string, computed: number, stated: number) =>
    warnings.push({
      kind,
      computed,
      stated,
      message: `${what} summerar till ${formatKronor(computed)}, men redovisningen anger ${formatKronor(stated)} (skillnad ${formatKronor(Math.abs(computed - stated))}).`,
    });
  if (report.statedIncomeTotal !== null && report.incomeLines.length > 0 && sums.incomeFromLines !== report.statedIncomeTotal) {
    mismatch('incomeTotal', 'Intäktsraderna', sums.incomeFromLines, report.statedIncomeTotal);
  }
  if (report.statedCostTotal !== null && report.costLines.length > 0 && sums.costFromLines !== report.statedCostTotal) {
    mismatch('costTotal', 'Kostnadsraderna', sums.costFromLines, report.statedCostTotal);
  }
  if (report.statedResult !== null && report.statedResult !== sums.income + ownOutsideIncome(report) - sums.cost) {
    const computed = sums.income + ownOutsideIncome(report) - sums.cost;
    warnings.push({
      kind: 'result',
      computed,
      stated: report.statedResult,
      message: `Resultatet anges till ${formatKronor(report.statedResult)}, men intäkterna och den egna insatsen minus kostnaderna blir ${formatKronor(computed)}.`,
    });
  }
  const hasLines = report.incomeLines.length + report.costLines.length > 0 || report.statedCostTotal !== null;
  if (report.statedOwnContribution !== null && hasLines) {
    const computed = computedOwnContribution(report, sums.income, sums.cost);
    if (computed !== report.statedOwnContribution) {
      warnings.push({
        kind: 'ownContribution',
        computed,
        stated: report.statedOwnContribution,
        message: `Egen insats anges till ${formatKronor(report.statedOwnContribution)}, men enligt intäkter och kostnader blir den ${formatKronor(computed)}.`,
      });
    }
  }
  if (sums.hasFigures && sums.regionPayment === null) {
    warnings.push({ kind: 'noRegionPayment', computed: null, stated: null, message: 'Ingen intäktsrad är markerad som regionens ersättning.' });
  }
  return warnings;
}

// --- signatures -------------------------------------------------------------------------------

export const signatureStatuses = ['signed', 'partly', 'unsigned', 'noSignatories'] as const;
export type SignatureStatus = (typeof signatureStatuses)[number];

export function orderSignatories<T extends Pick<Signatory, 'position' | 'name' | 'deletedAt'>>(signatories: readonly T[]): T[] {
  return signatories.filter((s) => s.deletedAt === null).sort((a, b) => a.position - b.position || bySwedish(a.name, b.name));
}

export function signatureStatus(signatories: readonly Pick<Signatory, 'signedOn' | 'deletedAt'>[]): SignatureStatus {
  const live = signatories.filter((s) => s.deletedAt === null);
  if (live.length === 0) return 'noSignatories';
  const signed = live.filter((s) => s.signedOn !== null).length;
  return signed === live.length ? 'signed' : signed === 0 ? 'unsigned' : 'partly';
}

export interface SignatureSummary {
  parties: number;
  signedParties: number;
  /** Every party has signatories and all of them have signed. */
  complete: boolean;
  /** The last signature's date once complete: the day the agreement was fully signed. */
  completedOn: string | null;
}

export function signatureSummary(parties: readonly Party[], signatories: readonly Signatory[]): SignatureSummary {
  const live = parties.filter((p) => p.deletedAt === null);
  const statuses = live.map((p) => signatureStatus(signatories.filter((s) => s.partyId === p.id)));
  const signedParties = statuses.filter((s) => s === 'signed').length;
  const complete = live.length > 0 && signedParties === live.length;
  const dates = signatories
    .filter((s) => s.deletedAt === null && live.some((p) => p.id === s.partyId) && s.signedOn)
    .map((s) => s.signedOn!)
    .sort();
  return { parties: live.length, signedParties, complete, completedOn: complete ? (dates[dates.length - 1] ?? null) : null };
}

// --- duties: what the agreement asks for, as dated entries ------------------------------------

export const dutyKinds = ['deadline', 'followUp', 'plan'] as const;
export type DutyKind = (typeof dutyKinds)[number];

export const dutyStatuses = ['upcoming', 'overdue', 'received', 'missingDocuments', 'complete'] as const;
export type DutyStatus = (typeof dutyStatuses)[number];

export interface AgreementDuty {
  /** Stable key, e.g. `<agreementId>:report:2024:countyPart:söder`. */
  id: string;
  date: string;
  title: string;
  kind: DutyKind;
  agreementId: string;
  agreementLabel: string;
  /** The party concerned when it is one organisation; null for a county part or the whole agreement. */
  organisationId: string | null;
  organisationIds: string[];
  year: number | null;
  unitKey: string | null;
  reportId: string | null;
  status: DutyStatus;
  /** A deadline moved for this one year. */
  moved: boolean;
  /** The date is a default (a follow-up with no date set yet: by 31 December of its year). */
  tentative: boolean;
}

/** Where a yearly report stands against its deadline on `today`. */
export function reportStanding(report: Pick<YearlyReport, 'status'> | undefined, deadline: string, today: string): DutyStatus {
  const status = report?.status ?? 'expected';
  if (status === 'complete') return 'complete';
  if (status === 'received') return 'received';
  if (status === 'missingDocuments') return 'missingDocuments';
  return today > deadline ? 'overdue' : 'upcoming';
}

function dateStanding(date: string, done: boolean, today: string): DutyStatus {
  if (done) return 'complete';
  return today > date ? 'overdue' : 'upcoming';
}

/** A short name for lists: "Södra länsdelen 2024–2029", from the parties' county parts. */
export function agreementLabel(
  agreement: Pick<Agreement, 'title' | 'from' | 'to'>,
  parties: readonly Party[],
  organisations: readonly Pick<Organisation, 'id' | 'name' | 'kind' | 'countyPart'>[],
): string {
  const period = `${yearOf(agreement.from)}–${yearOf(agreement.to)}`;
  const orgs = parties
    .filter((p) => p.deletedAt === null)
    .map((p) => organisations.find((o) => o.id === p.organisationId))
    .filter((o): o is NonNullable<typeof o> => !!o && o.kind !== 'region');
  const municipalities = orgs.filter((o) => o.kind === 'municipality');
  const parts = [...new Set(municipalities.map((o) => o.countyPart).filter((c): c is CountyPart => c !== null))];
  if (municipalities.length === 1 && orgs.length === 1) return `${municipalities[0]!.name} ${period}`;
  if (parts.length === 1 && municipalities.length === orgs.length) return `${countyPartAreaLabels[parts[0]!]} ${period}`;
  if (orgs.length === 1) return `${orgs[0]!.name} ${period}`;
  if (orgs.length === 0) return `${agreement.title} ${period}`;
  return `${parts.length > 1 ? 'Flera länsdelar' : orgs.map((o) => o.name).join(', ')} ${period}`;
}

export interface AgreementContext {
  agreement: Agreement;
  parties: readonly Party[];
  reports: readonly YearlyReport[];
  organisations: readonly Pick<Organisation, 'id' | 'name' | 'kind' | 'countyPart'>[];
}

/**
 * Every dated duty the agreement sets, for its whole period: the yearly report of each reporting
 * unit (due the usual day of the following year, or the moved day), the yearly follow-up of the
 * collaboration plan (its set date, or 31 December of the year while none is set) and the common
 * collaboration plan (when a due date is set).
 */
export function agreementDuties(context: AgreementContext, today: string): AgreementDuty[] {
  const { agreement } = context;
  const label = agreementLabel(agreement, context.parties, context.organisations);
  const units = reportingUnits(agreement, context.parties, context.organisations);
  const live = context.reports.filter((r) => r.deletedAt === null && r.agreementId === agreement.id);
  const duties: AgreementDuty[] = [];
  const base = { agreementId: agreement.id, agreementLabel: label, moved: false, tentative: false };
  for (const y of reportYears(agreement)) {
    const deadline = reportDeadline(agreement, y);
    for (const unit of units) {
      const report = live.find((r) => r.year === y && r.unitKey === unit.key);
      duties.push({
        ...base,
        id: `${agreement.id}:report:${y}:${unit.key}`,
        date: deadline.date,
        title: `Ekonomisk redovisning ${y}: ${unit.label}`,
        kind: 'deadline',
        organisationId: unit.organisationIds.length === 1 ? unit.organisationIds[0]! : null,
        organisationIds: unit.organisationIds,
        year: y,
        unitKey: unit.key,
        reportId: report?.id ?? null,
        status: reportStanding(report, deadline.date, today),
        moved: deadline.moved,
      });
    }
    const followUp = agreement.followUps.find((f) => f.year === y);
    const date = followUp?.date ?? `${y}-12-31`;
    duties.push({
      ...base,
      id: `${agreement.id}:followUp:${y}`,
      date,
      title: `Årlig uppföljning av samverkansplanen ${y}`,
      kind: 'followUp',
      organisationId: null,
      organisationIds: [],
      year: y,
      unitKey: null,
      reportId: null,
      status: dateStanding(date, followUp?.done ?? false, today),
      tentative: !followUp,
    });
  }
  if (agreement.planDue || agreement.planAdoptedOn) {
    const date = agreement.planDue ?? agreement.planAdoptedOn!;
    duties.push({
      ...base,
      id: `${agreement.id}:plan`,
      date,
      title: 'Gemensam samverkansplan',
      kind: 'plan',
      organisationId: null,
      organisationIds: [],
      year: null,
      unitKey: null,
      reportId: null,
      status: dateStanding(date, agreement.planAdoptedOn !== null, today),
    });
  }
  return duties.sort((a, b) => a.date.localeCompare(b.date) || bySwedish(a.title, b.title));
}

// --- one year across all agreements -----------------------------------------------------------

export interface ReportRow {
  agreementId: string;
  agreementLabel: string;
  year: number;
  unit: ReportingUnit;
  deadline: Deadline;
  report: YearlyReport | null;
  standing: DutyStatus;
  sums: ReportSums | null;
  warnings: ReportWarning[];
}

/**
 * The rows of one agreement's reports for a year: one per reporting unit (with or without a
 * report), then any report registered under a unit the agreement no longer has.
 */
export function reportRows(context: AgreementContext, reportYear: number, today: string): ReportRow[] {
  const { agreement } = context;
  if (!inPeriod(agreement, reportYear)) return [];
  const label = agreementLabel(agreement, context.parties, context.organisations);
  const units = reportingUnits(agreement, context.parties, context.organisations);
  const deadline = reportDeadline(agreement, reportYear);
  const reports = context.reports.filter((r) => r.deletedAt === null && r.agreementId === agreement.id && r.year === reportYear);
  const row = (unit: ReportingUnit, report: YearlyReport | undefined): ReportRow => ({
    agreementId: agreement.id,
    agreementLabel: label,
    year: reportYear,
    unit,
    deadline,
    report: report ?? null,
    standing: reportStanding(report, deadline.date, today),
    sums: report ? reportSums(report) : null,
    warnings: report ? reportWarnings(report) : [],
  });
  const rows = units.map((unit) => row(unit, reports.find((r) => r.unitKey === unit.key)));
  for (const report of reports) {
    if (units.some((u) => u.key === report.unitKey)) continue;
    const names = report.organisationIds.map((id) => context.organisations.find((o) => o.id === id)?.name ?? 'Okänd organisation');
    rows.push(
      row(
        {
          key: report.unitKey,
          label: report.countyPart && names.length > 1 ? countyPartAreaLabels[report.countyPart] : names.join(', ') || 'Okänd part',
          organisationIds: report.organisationIds,
          countyPart: report.countyPart,
        },
        report,
      ),
    );
  }
  return rows;
}

export interface YearSummary {
  year: number;
  today: string;
  rows: ReportRow[];
  totals: {
    regionPayment: number;
    ownContribution: number;
    income: number;
    cost: number;
    /** Reports that have come in (inkommen, komplett or saknar underlag). */
    received: number;
    expected: number;
  };
  /** Rows without a report that has come in, in deadline order. */
  missing: ReportRow[];
  /** Rows whose report does not add up, or lacks documents. */
  toCheck: ReportRow[];
}

export function hasArrived(row: Pick<ReportRow, 'report'>): boolean {
  return !!row.report && row.report.status !== 'expected';
}

/** Payments, own contributions and who is missing, for one year across every agreement in force. */
export function summariseYear(contexts: readonly AgreementContext[], reportYear: number, today: string): YearSummary {
  const rows = contexts
    .filter((c) => c.agreement.deletedAt === null)
    .flatMap((c) => reportRows(c, reportYear, today))
    .sort((a, b) => bySwedish(a.unit.label, b.unit.label) || bySwedish(a.agreementLabel, b.agreementLabel));
  const arrived = rows.filter(hasArrived);
  const total = (pick: (s: ReportSums) => number | null) => sum(arrived.map((r) => (r.sums ? (pick(r.sums) ?? 0) : 0)));
  return {
    year: reportYear,
    today,
    rows,
    totals: {
      regionPayment: total((s) => s.regionPayment),
      ownContribution: total((s) => s.ownContribution),
      income: total((s) => (s.hasFigures ? s.income : null)),
      cost: total((s) => (s.hasFigures ? s.cost : null)),
      received: arrived.length,
      expected: rows.length,
    },
    missing: rows.filter((r) => !hasArrived(r)).sort((a, b) => a.deadline.date.localeCompare(b.deadline.date) || bySwedish(a.unit.label, b.unit.label)),
    toCheck: rows.filter((r) => hasArrived(r) && (r.warnings.length > 0 || r.report?.status === 'missingDocuments')),
  };
}

/** What a row's status is called: the report's own status once it has come in, else "Väntas" or "Försenad". */
export function rowStatusLabel(row: Pick<ReportRow, 'report' | 'standing'>): string {
  if (row.report && row.report.status !== 'expected') return reportStatusLabels[row.report.status];
  return row.standing === 'overdue' ? 'Försenad' : reportStatusLabels.expected;
}

/** What to check about a row: missing documents (with the secretary's note) and every warning. */
export function checkNotes(row: Pick<ReportRow, 'report' | 'warnings'>): string[] {
  const missing = row.report?.status === 'missingDocuments' ? [`Saknar underlag.${row.report.note ? ` ${row.report.note}` : ''}`] : [];
  return [...missing, ...row.warnings.map((w) => w.message)];
}

/** Own contribution per krona of the region's payment (the old agreement asked for at least 1). */
export function ownContributionRatio(sums: Pick<ReportSums, 'regionPayment' | 'ownContribution'>): number | null {
  if (sums.regionPayment === null || sums.regionPayment <= 0 || sums.ownContribution === null) return null;
  return sums.ownContribution / sums.regionPayment;
}

/** The year whose reports matter most on `today`: the last one that has ended, within the period. */
export function currentReportYear(agreement: Pick<Agreement, 'from' | 'to'>, today: string): number {
  const last = yearOf(today) - 1;
  return Math.min(Math.max(last, yearOf(agreement.from)), yearOf(agreement.to));
}

// --- addresses --------------------------------------------------------------------------------

/** The app's address of an agreement (a hash route), also used as the link on agenda items. */
export function agreementPath(agreementId: string): string {
  return `/overenskommelser/${encodeURIComponent(agreementId)}`;
}

export function reportPath(agreementId: string, reportId: string): string {
  return `${agreementPath(agreementId)}/rapporter/${encodeURIComponent(reportId)}`;
}

/** The internal link an agenda item carries to an agreement or a report: `#/overenskommelser/<id>`. */
export function agreementLink(agreementId: string, reportId?: string | null): string {
  return `#${reportId ? reportPath(agreementId, reportId) : agreementPath(agreementId)}`;
}

/** Which agreement (and report) an internal link points at, or null for any other link. */
export function parseAgreementLink(url: string): { agreementId: string; reportId: string | null } | null {
  const match = /^#?\/overenskommelser\/([^/?#]+)(?:\/rapporter\/([^/?#]+))?\/?$/.exec(url.trim());
  if (!match) return null;
  try {
    return { agreementId: decodeURIComponent(match[1]!), reportId: match[2] ? decodeURIComponent(match[2]) : null };
  } catch {
    return null;
  }
}

// --- what needs attention now -----------------------------------------------------------------

/** Months ahead and behind that the "Kommande och försenade" list looks. */
export const OPEN_DUTIES_AHEAD_MONTHS = 6;
export const OPEN_DUTIES_BEHIND_MONTHS = 12;

function addMonths(isoDateValue: string, months: number): string {
  const [y, m, d] = isoDateValue.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * Whether a duty belongs on the "Kommande och försenade" list on `today`: it is not done, and it is
 * due within the coming six months or was due within the past year. An agreement still in force
 * also keeps its older missing reports and an unadopted plan there, however late: they are still
 * owed. Follow-ups of past years and everything of agreements that ended long ago drop off.
 */
export function isOpenDuty(duty: AgreementDuty, agreement: Pick<Agreement, 'to'>, today: string): boolean {
  if (duty.status === 'complete' || duty.status === 'received') return false;
  if (duty.date > addMonths(today, OPEN_DUTIES_AHEAD_MONTHS)) return false;
  if (duty.date >= addMonths(today, -OPEN_DUTIES_BEHIND_MONTHS)) return true;
  return agreement.to >= today && duty.kind !== 'followUp';
}

/** The title an agreement or a report gets on an agenda (as in the seed minutes). */
export function agendaItemTitle(input: { agreementLabel: string; report?: { year: number; unitLabel: string } | null }): string {
  return input.report
    ? `Återrapportering av medel ${input.report.year}: ${input.report.unitLabel}`
    : `Uppföljning av samverkansöverenskommelsen: ${input.agreementLabel}`;
}
