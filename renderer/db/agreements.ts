/**
 * Agreements, signatures and yearly reports: writing them (each through a rule-checking operation
 * of shared/ydoc/agreements.ts, in one transaction) and reading them for the screens, the year
 * plan (listAgreementDuties) and the year's summary.
 *
 * All of it lives in one document, `agreements`, created the first time something is written.
 */
import type * as Y from 'yjs';
import {
  agendaItemTitle,
  agreementDuties,
  agreementLabel,
  agreementLink,
  isOpenDuty,
  orderSignatories,
  parseAgreementLink,
  reportingUnits,
  reportRows,
  reportSums,
  reportWarnings,
  signatureStatus,
  signatureSummary,
  summariseYear,
  type AgreementContext,
  type AgreementDuty,
  type AgreementInput,
  type DeadlineOverride,
  type FollowUp,
  type PartyInput,
  type ReportFigures,
  type ReportingUnit,
  type ReportNarrative,
  type ReportRow,
  type ReportStatusInput,
  type ReportSums,
  type ReportWarning,
  type SignatoryInput,
  type SignatureStatus,
  type SignatureSummary,
  type YearSummary,
} from '../../shared/domain/agreements';
import { todayIso } from '../../shared/domain/dates';
import { DomainError } from '../../shared/domain/errors';
import type { FileRef } from '../../shared/domain/files';
import { newId } from '../../shared/domain/ids';
import type { AgendaItemInput } from '../../shared/domain/meeting';
import { AGREEMENTS_DOC_ID, REGISTER_DOC_ID } from '../../shared/ydoc/documents';
import * as ops from '../../shared/ydoc/agreements';
import { readRegister } from '../../shared/ydoc/register';
import { addItem } from './agenda';
import type {
  AgreementRow,
  BodyRow,
  ItemRow,
  MeetingRow,
  OrganisationRow,
  PartyRow,
  SignatoryRow,
  YearlyReportRow,
} from './database';
import { UPDATES_TABLE } from './database';
import { FILES_TABLE, prepareFile, putFile, type NewFile } from './files';
import { createMeeting, listMeetings } from './meetings';
import { addDocumentRow, changeDocument, type Store } from './store';

const now = () => new Date().toISOString();

/** Creates the agreements document the first time it is needed (concurrent callers see one row). */
export async function ensureAgreementsDocument(store: Store): Promise<void> {
  if (await store.db.documents.get(AGREEMENTS_DOC_ID)) return;
  await store.db.transaction('rw', [store.db.documents, UPDATES_TABLE], async () => {
    if (!(await store.db.documents.get(AGREEMENTS_DOC_ID))) await addDocumentRow(store, AGREEMENTS_DOC_ID, () => undefined);
  });
}

async function change<T>(store: Store, apply: (doc: Y.Doc) => T | Promise<T>, extraTables: readonly string[] = []): Promise<T> {
  await ensureAgreementsDocument(store);
  return changeDocument(store, AGREEMENTS_DOC_ID, apply, { extraTables });
}

/** The register's organisations as the document holds them (the rules check parties against these). */
async function organisations(store: Store) {
  return readRegister(await store.docs.get(REGISTER_DOC_ID)).organisations;
}

// --- agreements -------------------------------------------------------------------------------

/** A new agreement, with its parties (organisation ids) added at once. */
export async function createAgreement(store: Store, input: AgreementInput, organisationIds: readonly string[] = []): Promise<string> {
  const orgs = await organisations(store);
  return change(store, (doc) => ops.addAgreement(doc, { input, organisationIds }, orgs));
}

export function updateAgreement(store: Store, id: string, input: AgreementInput): Promise<void> {
  return change(store, (doc) => ops.updateAgreement(doc, id, input));
}

export function deleteAgreement(store: Store, id: string): Promise<void> {
  return change(store, (doc) => ops.setAgreementDeleted(doc, id, now()));
}

export function restoreAgreement(store: Store, id: string): Promise<void> {
  return change(store, (doc) => ops.setAgreementDeleted(doc, id, null));
}

export function setDeadlineOverride(store: Store, agreementId: string, override: DeadlineOverride): Promise<void> {
  return change(store, (doc) => ops.setDeadlineOverride(doc, agreementId, override));
}

export function removeDeadlineOverride(store: Store, agreementId: string, year: number): Promise<void> {
  return change(store, (doc) => ops.removeDeadlineOverride(doc, agreementId, year));
}

export function setFollowUp(store: Store, agreementId: string, followUp: FollowUp): Promise<void> {
  return change(store, (doc) => ops.setFollowUp(doc, agreementId, followUp));
}

export function removeFollowUp(store: Store, agreementId: string, year: number): Promise<void> {
  return change(store, (doc) => ops.removeFollowUp(doc, agreementId, year));
}

/**
 * Attaches the signed agreement: the file's bytes and the agreement's reference to them are stored
 * in one transaction. Refused (and nothing stored) when the file is empty or larger than 25 MB.
 */
export async function attachSignedDocument(store: Store, agreementId: string, file: NewFile): Promise<FileRef> {
  const row = await prepareFile(file);
  return change(
    store,
    async (doc) => {
      const ref = await putFile(store, row);
      ops.setSignedDocument(doc, agreementId, ref);
      return ref;
    },
    [FILES_TABLE],
  );
}

/** Puts a reference back (the undo of a detach); the bytes were never removed. */
export function reattachSignedDocument(store: Store, agreementId: string, ref: FileRef): Promise<void> {
  return change(store, (doc) => ops.setSignedDocument(doc, agreementId, ref));
}

export function detachSignedDocument(store: Store, agreementId: string): Promise<void> {
  return change(store, (doc) => ops.setSignedDocument(doc, agreementId, null));
}

// --- parties and signatories ------------------------------------------------------------------

export async function addParty(store: Store, agreementId: string, input: PartyInput): Promise<string> {
  const orgs = await organisations(store);
  return change(store, (doc) => ops.addParty(doc, agreementId, input, orgs));
}

export async function updateParty(store: Store, agreementId: string, partyId: string, input: PartyInput): Promise<void> {
  const orgs = await organisations(store);
  return change(store, (doc) => ops.updateParty(doc, agreementId, partyId, input, orgs));
}

export async function deleteParty(store: Store, agreementId: string, partyId: string): Promise<void> {
  const orgs = await organisations(store);
  return change(store, (doc) => ops.setPartyDeleted(doc, agreementId, partyId, now(), orgs));
}

export async function restoreParty(store: Store, agreementId: string, partyId: string): Promise<void> {
  const orgs = await organisations(store);
  return change(store, (doc) => ops.setPartyDeleted(doc, agreementId, partyId, null, orgs));
}

export function addSignatory(store: Store, agreementId: string, partyId: string, input: SignatoryInput, today = todayIso()): Promise<string> {
  return change(store, (doc) => ops.addSignatory(doc, agreementId, partyId, input, today));
}

export function updateSignatory(store: Store, agreementId: string, signatoryId: string, input: SignatoryInput, today = todayIso()): Promise<void> {
  return change(store, (doc) => ops.updateSignatory(doc, agreementId, signatoryId, input, today));
}

export function deleteSignatory(store: Store, agreementId: string, signatoryId: string): Promise<void> {
  return change(store, (doc) => ops.setSignatoryDeleted(doc, agreementId, signatoryId, now()));
}

export function restoreSignatory(store: Store, agreementId: string, signatoryId: string): Promise<void> {
  return change(store, (doc) => ops.setSignatoryDeleted(doc, agreementId, signatoryId, null));
}

// --- yearly reports ---------------------------------------------------------------------------

export async function addReport(
  store: Store,
  agreementId: string,
  report: { year: number; unitKey: string; status: ReportStatusInput },
  today = todayIso(),
): Promise<string> {
  const orgs = await organisations(store);
  return change(store, (doc) => ops.addReport(doc, agreementId, report, orgs, today));
}

export function updateReportStatus(store: Store, reportId: string, input: ReportStatusInput, today = todayIso()): Promise<void> {
  return change(store, (doc) => ops.updateReportStatus(doc, reportId, input, today));
}

export function updateReportFigures(store: Store, reportId: string, figures: ReportFigures): Promise<void> {
  return change(store, (doc) => ops.updateReportFigures(doc, reportId, figures));
}

export function updateReportNarrative(store: Store, reportId: string, narrative: ReportNarrative): Promise<void> {
  return change(store, (doc) => ops.updateReportNarrative(doc, reportId, narrative));
}

export function deleteReport(store: Store, reportId: string): Promise<void> {
  return change(store, (doc) => ops.setReportDeleted(doc, reportId, now()));
}

export function restoreReport(store: Store, reportId: string): Promise<void> {
  return change(store, (doc) => ops.setReportDeleted(doc, reportId, null));
}

// --- reading ----------------------------------------------------------------------------------

const live = <T extends { deletedAt: string | null }>(rows: T[]) => rows.filter((r) => r.deletedAt === null);

async function allOrganisations(store: Store): Promise<OrganisationRow[]> {
  return store.db.organisations.toArray();
}

async function contexts(store: Store): Promise<(AgreementContext & { agreement: AgreementRow })[]> {
  const [agreements, parties, reports, orgs] = await Promise.all([
    store.db.agreements.toArray(),
    store.db.agreementParties.toArray(),
    store.db.yearlyReports.toArray(),
    allOrganisations(store),
  ]);
  return live(agreements).map((agreement) => ({
    agreement,
    parties: live(parties.filter((p) => p.agreementId === agreement.id)),
    reports: live(reports.filter((r) => r.agreementId === agreement.id)),
    organisations: orgs,
  }));
}

export interface AgreementOverview {
  agreement: AgreementRow;
  label: string;
  partyNames: string[];
  signatures: SignatureSummary;
  /** Reports for the year that most recently ended, if the agreement covers it. */
  reportYear: number | null;
  reportsIn: number;
  reportsExpected: number;
}

/** Every agreement, newest period first, with who has signed and how many reports are in. */
export async function listAgreements(store: Store, today = todayIso()): Promise<AgreementOverview[]> {
  const [all, signatories] = await Promise.all([contexts(store), store.db.agreementSignatories.toArray()]);
  const lastYear = Number(today.slice(0, 4)) - 1;
  return all
    .map((context) => {
      const { agreement, parties } = context;
      const orgName = (id: string) => context.organisations.find((o) => o.id === id)?.name ?? 'Okänd organisation';
      const rows = reportRows(context, lastYear, today);
      return {
        agreement,
        label: agreementLabel(agreement, parties, context.organisations),
        partyNames: parties.map((p) => orgName(p.organisationId)),
        signatures: signatureSummary(parties, live(signatories.filter((s) => s.agreementId === agreement.id))),
        reportYear: rows.length > 0 ? lastYear : null,
        reportsIn: rows.filter((r) => r.report && r.report.status !== 'expected').length,
        reportsExpected: rows.length,
      };
    })
    .sort((a, b) => b.agreement.from.localeCompare(a.agreement.from) || a.label.localeCompare(b.label, 'sv'));
}

export interface PartyDetails {
  party: PartyRow;
  organisation: OrganisationRow | undefined;
  signatories: SignatoryRow[];
  status: SignatureStatus;
}

export interface AgreementDetails {
  agreement: AgreementRow;
  label: string;
  parties: PartyDetails[];
  units: ReportingUnit[];
  signatures: SignatureSummary;
  organisations: OrganisationRow[];
}

/** One agreement with its parties (register order: region first), signatories and reporting units. */
export async function getAgreementDetails(store: Store, agreementId: string): Promise<AgreementDetails | null> {
  const agreement = await store.db.agreements.get(agreementId);
  if (!agreement || agreement.deletedAt) return null;
  const [parties, signatories, orgs] = await Promise.all([
    store.db.agreementParties.where('agreementId').equals(agreementId).toArray(),
    store.db.agreementSignatories.where('agreementId').equals(agreementId).toArray(),
    allOrganisations(store),
  ]);
  const liveParties = live(parties);
  const rank = { region: 0, municipality: 1, association: 2, authority: 3, academia: 4, other: 5 } as const;
  const details = liveParties
    .map((party) => {
      const own = signatories.filter((s) => s.partyId === party.id);
      return {
        party,
        organisation: orgs.find((o) => o.id === party.organisationId),
        signatories: orderSignatories(own),
        status: signatureStatus(own),
      };
    })
    .sort(
      (a, b) =>
        (a.organisation ? rank[a.organisation.kind] : 9) - (b.organisation ? rank[b.organisation.kind] : 9) ||
        (a.organisation?.name ?? '').localeCompare(b.organisation?.name ?? '', 'sv'),
    );
  return {
    agreement,
    label: agreementLabel(agreement, liveParties, orgs),
    parties: details,
    units: reportingUnits(agreement, liveParties, orgs),
    signatures: signatureSummary(liveParties, live(signatories)),
    organisations: live(orgs),
  };
}

/** The reports of one agreement for a year: one row per reporting unit, with sums and warnings. */
export async function listReportRows(store: Store, agreementId: string, year: number, today = todayIso()): Promise<ReportRow[]> {
  const context = (await contexts(store)).find((c) => c.agreement.id === agreementId);
  return context ? reportRows(context, year, today) : [];
}

export interface ReportDetails {
  report: YearlyReportRow;
  agreement: AgreementRow;
  row: ReportRow | null;
  unitLabel: string;
  sums: ReportSums;
  warnings: ReportWarning[];
}

export async function getReport(store: Store, reportId: string, today = todayIso()): Promise<ReportDetails | null> {
  const report = await store.db.yearlyReports.get(reportId);
  if (!report || report.deletedAt) return null;
  const agreement = await store.db.agreements.get(report.agreementId);
  if (!agreement || agreement.deletedAt) return null;
  const row = (await listReportRows(store, agreement.id, report.year, today)).find((r) => r.report?.id === reportId) ?? null;
  return { report, agreement, row, unitLabel: row?.unit.label ?? '', sums: reportSums(report), warnings: reportWarnings(report) };
}

/** What each report of an agreement is called ("Ekonomisk redovisning 2023, Västra länsdelen"), by id. */
export async function listReportLabels(store: Store, agreementId: string, today = todayIso()): Promise<Map<string, string>> {
  const context = (await contexts(store)).find((c) => c.agreement.id === agreementId);
  const labels = new Map<string, string>();
  if (!context) return labels;
  for (const year of new Set(context.reports.map((r) => r.year))) {
    for (const row of reportRows(context, year, today)) {
      if (row.report) labels.set(row.report.id, `Ekonomisk redovisning ${year}, ${row.unit.label}`);
    }
  }
  return labels;
}

/**
 * The agreements' duties as dated entries for a year plan or calendar: each yearly report per
 * reporting unit (due 31 January of the following year, or the day it was moved to), the yearly
 * follow-up and the common collaboration plan; from `from` to `to` inclusive (ISO dates), in date
 * order, each with its status on `today` (overdue, upcoming, received, missing documents, complete).
 */
export async function listAgreementDuties(
  store: Store,
  range: { from: string; to: string; today?: string },
): Promise<AgreementDuty[]> {
  const today = range.today ?? todayIso();
  return (await contexts(store))
    .flatMap((context) => agreementDuties(context, today))
    .filter((duty) => duty.date >= range.from && duty.date <= range.to)
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'sv'));
}

/**
 * What needs attention now, for the "Kommande och försenade" list: overdue and upcoming duties and
 * reports that lack documents (see isOpenDuty for which), overdue first, then by date.
 */
export async function listOpenDuties(store: Store, today = todayIso()): Promise<AgreementDuty[]> {
  const rank = (d: AgreementDuty) => (d.status === 'overdue' ? 0 : d.status === 'missingDocuments' ? 1 : 2);
  return (await contexts(store))
    .flatMap((context) => agreementDuties(context, today).filter((duty) => isOpenDuty(duty, context.agreement, today)))
    .sort((a, b) => rank(a) - rank(b) || a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'sv'));
}

/** One year across every agreement in force: payments, own contributions, who is missing. */
export async function yearSummary(store: Store, year: number, today = todayIso()): Promise<YearSummary> {
  return summariseYear(await contexts(store), year, today);
}

/** The years any agreement owes reports for (for choosing a year to summarise). */
export async function reportingYears(store: Store): Promise<number[]> {
  const years = new Set<number>();
  for (const { agreement } of await contexts(store)) {
    for (let y = Number(agreement.from.slice(0, 4)); y <= Number(agreement.to.slice(0, 4)); y += 1) years.add(y);
  }
  return [...years].sort((a, b) => b - a);
}

// --- meetings: on the agenda, and back ------------------------------------------------------

export interface MeetingMention {
  meeting: MeetingRow;
  item: ItemRow;
  bodyNames: string[];
  /** The report the item links to, or null when it links to the agreement itself. */
  reportId: string | null;
}

/**
 * The meetings whose agenda items link to the agreement (or, with `reportId`, to that report): the
 * way back from an agreement to the minutes where it was dealt with. An agreement's list includes
 * the items that link to any of its reports.
 */
export async function listMeetingsLinkingTo(store: Store, target: { agreementId: string; reportId?: string | null }): Promise<MeetingMention[]> {
  const items = (await store.db.agendas.toArray())
    .flatMap((row) => row.items)
    .filter(
      (item) =>
        item.deletedAt === null &&
        item.links.some((link) => {
          const parsed = parseAgreementLink(link.url);
          return !!parsed && parsed.agreementId === target.agreementId && (!target.reportId || parsed.reportId === target.reportId);
        }),
    );
  const meetings = await store.db.meetings.bulkGet([...new Set(items.map((i) => i.meetingId))]);
  const bodies = new Map((await store.db.bodies.toArray()).map((b) => [b.id, b]));
  const mentions: MeetingMention[] = [];
  for (const item of items) {
    const meeting = meetings.find((m) => m?.id === item.meetingId);
    if (!meeting || meeting.deletedAt) continue;
    const link = item.links.map((l) => parseAgreementLink(l.url)).find((p) => p && p.agreementId === target.agreementId);
    mentions.push({
      meeting,
      item,
      bodyNames: meeting.bodyIds.map((id) => bodies.get(id)?.name ?? 'Okänt organ'),
      reportId: link?.reportId ?? null,
    });
  }
  return mentions.sort((a, b) => a.meeting.date.localeCompare(b.meeting.date) || a.meeting.startTime.localeCompare(b.meeting.startTime));
}

export interface UpcomingMeeting {
  meeting: MeetingRow;
  bodyNames: string[];
}

/** Meetings from today on (not cancelled), for choosing where to put an item. */
export async function listUpcomingMeetings(store: Store, today = todayIso()): Promise<UpcomingMeeting[]> {
  const until = `${Number(today.slice(0, 4)) + 3}-12-31`;
  const [meetings, bodies] = await Promise.all([listMeetings(store, { from: today, to: until }), store.db.bodies.toArray()]);
  const byId = new Map<string, BodyRow>(bodies.map((b) => [b.id, b]));
  return meetings
    .filter((m) => m.status !== 'cancelled')
    .map((meeting) => ({ meeting, bodyNames: meeting.bodyIds.map((id) => byId.get(id)?.name ?? 'Okänt organ') }));
}

export interface AgendaTarget {
  agreementId: string;
  reportId?: string | null;
}

/** The item an agreement or a report becomes on an agenda (the user may change title and minutes). */
export async function suggestAgendaItem(store: Store, target: AgendaTarget): Promise<AgendaItemInput> {
  const details = await getAgreementDetails(store, target.agreementId);
  if (!details) throw new DomainError('Överenskommelsen finns inte längre.');
  const report = target.reportId ? await getReport(store, target.reportId) : null;
  if (target.reportId && !report) throw new DomainError('Redovisningen finns inte längre.');
  const title = agendaItemTitle({ agreementLabel: details.label, report: report ? { year: report.report.year, unitLabel: report.unitLabel } : null });
  const label = report ? `Ekonomisk redovisning ${report.report.year}, ${report.unitLabel}` : `Överenskommelse: ${details.agreement.title}`;
  return {
    title,
    kind: 'information',
    minutes: 15,
    description: '',
    presenters: [],
    subPoints: [],
    links: [{ id: newId(), label, url: agreementLink(target.agreementId, target.reportId ?? null) }],
    timeSlotId: null,
  };
}

/** Adds an item linking to the agreement (or report) to a meeting's agenda. Returns the item's id. */
export async function putOnAgenda(
  store: Store,
  meetingId: string,
  target: AgendaTarget,
  changes: Partial<Pick<AgendaItemInput, 'title' | 'minutes' | 'kind'>> = {},
): Promise<string> {
  const suggested = await suggestAgendaItem(store, target);
  return addItem(store, meetingId, { ...suggested, ...changes });
}

/**
 * Creates a meeting of `bodyId` on `date` (with the body's usual time, place and standard items) and
 * puts the agreement or report on its agenda. For when the meeting is not in the calendar yet.
 */
export async function putOnNewMeeting(
  store: Store,
  meeting: { bodyId: string; date: string },
  target: AgendaTarget,
  changes: Partial<Pick<AgendaItemInput, 'title' | 'minutes' | 'kind'>> = {},
): Promise<{ meetingId: string; itemId: string }> {
  if (!meeting.bodyId) throw new DomainError('Välj vilket organ mötet hör till.', 'bodyId');
  if (!meeting.date) throw new DomainError('Ange mötets datum.', 'date');
  const suggested = await suggestAgendaItem(store, target);
  // Check the item before the meeting is created, so a refused item leaves no empty meeting behind.
  if (changes.title !== undefined && !changes.title.trim()) throw new DomainError('Punkten behöver en rubrik.', 'title');
  if (changes.minutes !== undefined && (!Number.isInteger(changes.minutes) || changes.minutes < 0 || changes.minutes > 600)) {
    throw new DomainError('Ange en tid mellan 0 och 600 minuter.', 'minutes');
  }
  const meetingId = await createMeeting(store, { bodyIds: [meeting.bodyId], date: meeting.date });
  const itemId = await addItem(store, meetingId, { ...suggested, ...changes });
  return { meetingId, itemId };
}
