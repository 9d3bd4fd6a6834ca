/**
 * Operations on the agreements document (`agreements`): agreements, their parties and
 * signatories, and the yearly reports. Like every document operation they check the rules first
 * and change the document second, in one Yjs transaction.
 *
 * Parties, signatories and reports are records of their own (not arrays inside the agreement), so
 * two secretaries recording different signatures or different reports at once both keep their
 * change. A report's lines are one field each (income, costs): they are entered together.
 */
import type * as Y from 'yjs';
import {
  agreementSchema,
  checkAgreement,
  checkDeadlineOverride,
  checkFollowUp,
  checkParty,
  checkReportFigures,
  checkReportNarrative,
  checkReportStatus,
  checkSignatory,
  inPeriod,
  partySchema,
  reportingUnits,
  reportSchema,
  signatorySchema,
  yearOf,
  type Agreement,
  type AgreementInput,
  type DeadlineOverride,
  type FollowUp,
  type Party,
  type PartyInput,
  type ReportFigures,
  type ReportNarrative,
  type ReportStatusInput,
  type Signatory,
  type SignatoryInput,
  type YearlyReport,
} from '../domain/agreements';
import { DomainError } from '../domain/errors';
import { fileRefSchema, type FileRef } from '../domain/files';
import { newId } from '../domain/ids';
import type { Organisation } from '../domain/register';
import { LOCAL_ORIGIN } from './documents';
import { insertRecord, patchRecord, readCollection } from './entities';

const AGREEMENTS = 'agreements';
const PARTIES = 'parties';
const SIGNATORIES = 'signatories';
const REPORTS = 'reports';

export interface AgreementsSnapshot {
  agreements: Agreement[];
  parties: Party[];
  signatories: Signatory[];
  reports: YearlyReport[];
}

/** Everything in the document, deleted records included (the projection and the rules filter). */
export function readAgreements(doc: Y.Doc): AgreementsSnapshot {
  return {
    agreements: readCollection(doc, AGREEMENTS, agreementSchema).records,
    parties: readCollection(doc, PARTIES, partySchema).records,
    signatories: readCollection(doc, SIGNATORIES, signatorySchema).records,
    reports: readCollection(doc, REPORTS, reportSchema).records,
  };
}

type Orgs = readonly Organisation[];

function requireAgreement(snapshot: AgreementsSnapshot, id: string): Agreement {
  const agreement = snapshot.agreements.find((a) => a.id === id && a.deletedAt === null);
  if (!agreement) throw new DomainError('Överenskommelsen finns inte längre.');
  return agreement;
}

function requireParty(snapshot: AgreementsSnapshot, agreementId: string, partyId: string): Party {
  const party = snapshot.parties.find((p) => p.id === partyId && p.agreementId === agreementId);
  if (!party) throw new DomainError('Parten finns inte längre i överenskommelsen.');
  return party;
}

function requireReport(snapshot: AgreementsSnapshot, reportId: string): YearlyReport {
  const report = snapshot.reports.find((r) => r.id === reportId && r.deletedAt === null);
  if (!report) throw new DomainError('Redovisningen finns inte längre.');
  requireAgreement(snapshot, report.agreementId);
  return report;
}

function partiesOf(snapshot: AgreementsSnapshot, agreementId: string): Party[] {
  return snapshot.parties.filter((p) => p.agreementId === agreementId && p.deletedAt === null);
}

// --- agreements -------------------------------------------------------------------------------

export interface NewAgreement {
  id?: string;
  input: AgreementInput;
  /** Parties to add at once (organisation ids from the register). */
  organisationIds?: readonly string[];
  now?: string;
}

/** The region pays and receives the reports; every other party reports. */
export function defaultReports(organisation: Pick<Organisation, 'kind'> | undefined): boolean {
  return organisation?.kind !== 'region';
}

export function addAgreement(doc: Y.Doc, agreement: NewAgreement, organisations: Orgs): string {
  const id = agreement.id ?? newId();
  const checked = checkAgreement(agreement.input);
  const partyIds: { id: string; input: PartyInput }[] = [];
  const parties: Party[] = [];
  for (const organisationId of agreement.organisationIds ?? []) {
    const input = checkParty(
      { organisationId, reports: defaultReports(organisations.find((o) => o.id === organisationId)) },
      { parties, organisations },
    );
    const partyId = newId();
    partyIds.push({ id: partyId, input });
    parties.push({ id: partyId, agreementId: id, ...input, deletedAt: null });
  }
  doc.transact(() => {
    insertRecord(doc, AGREEMENTS, id, {
      ...checked,
      deadlineOverrides: [],
      followUps: [],
      signedDocument: null,
      createdAt: agreement.now ?? new Date().toISOString(),
      deletedAt: null,
    });
    for (const party of partyIds) insertRecord(doc, PARTIES, party.id, { agreementId: id, ...party.input, deletedAt: null });
  }, LOCAL_ORIGIN);
  return id;
}

export function updateAgreement(doc: Y.Doc, id: string, input: AgreementInput): void {
  const snapshot = readAgreements(doc);
  requireAgreement(snapshot, id);
  const checked = checkAgreement(input);
  const outside = snapshot.reports.filter((r) => r.agreementId === id && r.deletedAt === null && !inPeriod(checked, r.year));
  if (outside.length > 0) {
    const years = [...new Set(outside.map((r) => r.year))].sort().join(', ');
    throw new DomainError(
      `Det finns redovisningar för ${years}, som ligger utanför ${yearOf(checked.from)}–${yearOf(checked.to)}. Ta bort dem först eller behåll perioden.`,
      'from',
    );
  }
  doc.transact(() => patchRecord(doc, AGREEMENTS, id, checked), LOCAL_ORIGIN);
}

export function setAgreementDeleted(doc: Y.Doc, id: string, deletedAt: string | null): void {
  const agreement = readAgreements(doc).agreements.find((a) => a.id === id);
  if (!agreement) throw new DomainError('Överenskommelsen finns inte längre.');
  doc.transact(() => patchRecord(doc, AGREEMENTS, id, { deletedAt }), LOCAL_ORIGIN);
}

export function setDeadlineOverride(doc: Y.Doc, agreementId: string, override: DeadlineOverride): void {
  const agreement = requireAgreement(readAgreements(doc), agreementId);
  const checked = checkDeadlineOverride(agreement, override);
  const overrides = [...agreement.deadlineOverrides.filter((o) => o.year !== checked.year), checked].sort((a, b) => a.year - b.year);
  doc.transact(() => patchRecord(doc, AGREEMENTS, agreementId, { deadlineOverrides: overrides }), LOCAL_ORIGIN);
}

export function removeDeadlineOverride(doc: Y.Doc, agreementId: string, year: number): void {
  const agreement = requireAgreement(readAgreements(doc), agreementId);
  const overrides = agreement.deadlineOverrides.filter((o) => o.year !== year);
  doc.transact(() => patchRecord(doc, AGREEMENTS, agreementId, { deadlineOverrides: overrides }), LOCAL_ORIGIN);
}

export function setFollowUp(doc: Y.Doc, agreementId: string, followUp: FollowUp): void {
  const agreement = requireAgreement(readAgreements(doc), agreementId);
  const checked = checkFollowUp(agreement, followUp);
  const followUps = [...agreement.followUps.filter((f) => f.year !== checked.year), checked].sort((a, b) => a.year - b.year);
  doc.transact(() => patchRecord(doc, AGREEMENTS, agreementId, { followUps }), LOCAL_ORIGIN);
}

export function removeFollowUp(doc: Y.Doc, agreementId: string, year: number): void {
  const agreement = requireAgreement(readAgreements(doc), agreementId);
  doc.transact(
    () => patchRecord(doc, AGREEMENTS, agreementId, { followUps: agreement.followUps.filter((f) => f.year !== year) }),
    LOCAL_ORIGIN,
  );
}

/** Attaches (or, with null, detaches) the signed agreement; the bytes live in the files table. */
export function setSignedDocument(doc: Y.Doc, agreementId: string, file: FileRef | null): void {
  requireAgreement(readAgreements(doc), agreementId);
  const checked = file ? fileRefSchema.parse(file) : null;
  doc.transact(() => patchRecord(doc, AGREEMENTS, agreementId, { signedDocument: checked }), LOCAL_ORIGIN);
}

// --- parties and signatories ------------------------------------------------------------------

export function addParty(doc: Y.Doc, agreementId: string, input: PartyInput, organisations: Orgs, id: string = newId()): string {
  const snapshot = readAgreements(doc);
  requireAgreement(snapshot, agreementId);
  const checked = checkParty(input, { parties: partiesOf(snapshot, agreementId), organisations });
  doc.transact(() => insertRecord(doc, PARTIES, id, { agreementId, ...checked, deletedAt: null }), LOCAL_ORIGIN);
  return id;
}

export function updateParty(doc: Y.Doc, agreementId: string, partyId: string, input: PartyInput, organisations: Orgs): void {
  const snapshot = readAgreements(doc);
  requireAgreement(snapshot, agreementId);
  requireParty(snapshot, agreementId, partyId);
  const checked = checkParty(input, { parties: partiesOf(snapshot, agreementId), organisations }, partyId);
  doc.transact(() => patchRecord(doc, PARTIES, partyId, checked), LOCAL_ORIGIN);
}

export function setPartyDeleted(doc: Y.Doc, agreementId: string, partyId: string, deletedAt: string | null, organisations: Orgs): void {
  const snapshot = readAgreements(doc);
  requireAgreement(snapshot, agreementId);
  const party = requireParty(snapshot, agreementId, partyId);
  if (deletedAt === null) {
    // Restoring: the organisation must not have become a party again meanwhile.
    checkParty({ organisationId: party.organisationId, reports: party.reports }, { parties: partiesOf(snapshot, agreementId), organisations }, partyId);
  }
  doc.transact(() => patchRecord(doc, PARTIES, partyId, { deletedAt }), LOCAL_ORIGIN);
}

export function addSignatory(
  doc: Y.Doc,
  agreementId: string,
  partyId: string,
  input: SignatoryInput,
  today: string,
  id: string = newId(),
): string {
  const snapshot = readAgreements(doc);
  requireAgreement(snapshot, agreementId);
  const party = requireParty(snapshot, agreementId, partyId);
  if (party.deletedAt) throw new DomainError('Parten finns inte längre i överenskommelsen.');
  const checked = checkSignatory(input, today);
  const siblings = snapshot.signatories.filter((s) => s.partyId === partyId);
  const position = siblings.reduce((max, s) => Math.max(max, s.position + 1), 0);
  doc.transact(() => insertRecord(doc, SIGNATORIES, id, { agreementId, partyId, ...checked, position, deletedAt: null }), LOCAL_ORIGIN);
  return id;
}

function requireSignatory(snapshot: AgreementsSnapshot, agreementId: string, signatoryId: string): Signatory {
  const signatory = snapshot.signatories.find((s) => s.id === signatoryId && s.agreementId === agreementId);
  if (!signatory) throw new DomainError('Undertecknaren finns inte längre.');
  return signatory;
}

export function updateSignatory(doc: Y.Doc, agreementId: string, signatoryId: string, input: SignatoryInput, today: string): void {
  const snapshot = readAgreements(doc);
  requireAgreement(snapshot, agreementId);
  requireSignatory(snapshot, agreementId, signatoryId);
  const checked = checkSignatory(input, today);
  doc.transact(() => patchRecord(doc, SIGNATORIES, signatoryId, checked), LOCAL_ORIGIN);
}

export function setSignatoryDeleted(doc: Y.Doc, agreementId: string, signatoryId: string, deletedAt: string | null): void {
  const snapshot = readAgreements(doc);
  requireAgreement(snapshot, agreementId);
  requireSignatory(snapshot, agreementId, signatoryId);
  doc.transact(() => patchRecord(doc, SIGNATORIES, signatoryId, { deletedAt }), LOCAL_ORIGIN);
}

// --- yearly reports ---------------------------------------------------------------------------

export interface NewReport {
  id?: string;
  year: number;
  unitKey: string;
  status: ReportStatusInput;
  now?: string;
}

/** Registers a party's (or county part's) report for a year. One report per unit and year. */
export function addReport(doc: Y.Doc, agreementId: string, report: NewReport, organisations: Orgs, today: string): string {
  const snapshot = readAgreements(doc);
  const agreement = requireAgreement(snapshot, agreementId);
  if (!inPeriod(agreement, report.year)) {
    throw new DomainError(`Överenskommelsen gäller ${yearOf(agreement.from)}–${yearOf(agreement.to)}; ${report.year} ligger utanför.`, 'year');
  }
  const unit = reportingUnits(agreement, partiesOf(snapshot, agreementId), organisations).find((u) => u.key === report.unitKey);
  if (!unit) throw new DomainError('Välj en part eller länsdel som lämnar redovisning enligt överenskommelsen.', 'unitKey');
  const clash = snapshot.reports.find(
    (r) => r.agreementId === agreementId && r.deletedAt === null && r.year === report.year && r.unitKey === report.unitKey,
  );
  if (clash) throw new DomainError(`Det finns redan en redovisning för ${unit.label} ${report.year}.`, 'unitKey');
  const status = checkReportStatus(report.status, today);
  const id = report.id ?? newId();
  doc.transact(
    () =>
      insertRecord(doc, REPORTS, id, {
        agreementId,
        year: report.year,
        unitKey: unit.key,
        organisationIds: unit.organisationIds,
        countyPart: unit.countyPart,
        ...status,
        incomeLines: [],
        costLines: [],
        statedIncomeTotal: null,
        statedCostTotal: null,
        statedResult: null,
        statedOwnContribution: null,
        events: [],
        staff: '',
        updatedAt: report.now ?? new Date().toISOString(),
        deletedAt: null,
      }),
    LOCAL_ORIGIN,
  );
  return id;
}

export function updateReportStatus(doc: Y.Doc, reportId: string, input: ReportStatusInput, today: string, now = new Date().toISOString()): void {
  requireReport(readAgreements(doc), reportId);
  const checked = checkReportStatus(input, today);
  doc.transact(() => patchRecord(doc, REPORTS, reportId, { ...checked, updatedAt: now }), LOCAL_ORIGIN);
}

export function updateReportFigures(doc: Y.Doc, reportId: string, figures: ReportFigures, now = new Date().toISOString()): void {
  requireReport(readAgreements(doc), reportId);
  const checked = checkReportFigures(figures);
  doc.transact(() => patchRecord(doc, REPORTS, reportId, { ...checked, updatedAt: now }), LOCAL_ORIGIN);
}

export function updateReportNarrative(doc: Y.Doc, reportId: string, narrative: ReportNarrative, now = new Date().toISOString()): void {
  requireReport(readAgreements(doc), reportId);
  const checked = checkReportNarrative(narrative);
  doc.transact(() => patchRecord(doc, REPORTS, reportId, { ...checked, updatedAt: now }), LOCAL_ORIGIN);
}

export function setReportDeleted(doc: Y.Doc, reportId: string, deletedAt: string | null): void {
  const snapshot = readAgreements(doc);
  const report = snapshot.reports.find((r) => r.id === reportId);
  if (!report) throw new DomainError('Redovisningen finns inte längre.');
  if (deletedAt === null) {
    const clash = snapshot.reports.find(
      (r) => r.id !== reportId && r.deletedAt === null && r.agreementId === report.agreementId && r.year === report.year && r.unitKey === report.unitKey,
    );
    if (clash) throw new DomainError(`En annan redovisning för ${report.year} har registrerats sedan dess.`);
  }
  doc.transact(() => patchRecord(doc, REPORTS, reportId, { deletedAt }), LOCAL_ORIGIN);
}
