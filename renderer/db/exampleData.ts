/**
 * Loads the example data of shared/example/ through the same rules as any user input, in one
 * transaction: either all of it arrives or none of it.
 */
import type * as Y from 'yjs';
import { reportingUnits } from '../../shared/domain/agreements';
import { todayIso } from '../../shared/domain/dates';
import { DomainError } from '../../shared/domain/errors';
import { newId } from '../../shared/domain/ids';
import { exampleBodies, exampleEmail, exampleOrganisations, examplePeople } from '../../shared/example/register';
import { exampleAgreements } from '../../shared/example/agreements';
import * as agreementOps from '../../shared/ydoc/agreements';
import { AGREEMENTS_DOC_ID, bodyDocId, REGISTER_DOC_ID } from '../../shared/ydoc/documents';
import * as ops from '../../shared/ydoc/register';
import { reproject } from './projection';
import { isRegisterEmpty } from './queries';
import { addDocumentRow, changeDocument, setSetting, type Store } from './store';
import { addExampleEvents, addExampleMeetings } from './exampleCalendar';
import { exampleCalendar } from '../../shared/example/calendar';

/**
 * `today` places the example calendar's current year (default: the real today); `meetings: false`
 * loads the register, the year plans' events and the agreements without any example meetings.
 */
export async function loadExampleData(store: Store, options: { today?: string; meetings?: boolean } = {}): Promise<void> {
  const full = exampleCalendar(options.today ?? todayIso());
  const calendar = options.meetings === false ? { ...full, meetings: [] } : full;
  if (!(await isRegisterEmpty(store))) {
    throw new DomainError('Exempeldata kan bara läsas in i ett tomt register.');
  }
  // The agreements document may exist already (created by an earlier write); then it is filled in place.
  const agreementsDoc = (await store.db.documents.get(AGREEMENTS_DOC_ID)) ? await store.docs.get(AGREEMENTS_DOC_ID) : null;
  try {
    await loadInOneTransaction(store, agreementsDoc, calendar);
  } catch (error) {
    store.docs.forget(AGREEMENTS_DOC_ID);
    throw error;
  }
  await setSetting(store, 'exampleDataLoadedAt', new Date().toISOString());
}

async function loadInOneTransaction(store: Store, agreementsDoc: Y.Doc | null, calendar: ReturnType<typeof exampleCalendar>): Promise<void> {
  await changeDocument(
    store,
    REGISTER_DOC_ID,
    async (doc) => {
      const organisationIds = new Map<string, string>();
      for (const org of exampleOrganisations) {
        const id = ops.addOrganisation(doc, {
          name: org.name,
          shortName: org.shortName ?? '',
          kind: org.kind,
          countyPart: org.countyPart,
        });
        organisationIds.set(org.key, id);
      }
      const personIds = new Map<string, string>();
      const bodyIds = new Map<string, string>();
      for (const person of examplePeople) {
        const id = ops.addPerson(doc, {
          name: person.name,
          title: person.title,
          organisationId: organisationIds.get(person.organisation) ?? null,
          email: exampleEmail(person.name),
          phone: '',
        });
        personIds.set(person.key, id);
      }
      for (const body of exampleBodies) {
        const bodyId = newId();
        ops.addBody(
          doc,
          {
            name: body.name,
            shortName: '',
            recordKind: body.recordKind,
            defaultPlace: body.defaultPlace,
            defaultStartTime: body.defaultStartTime,
            defaultEndTime: body.defaultEndTime,
            numbering: 'sequential',
            openingItems: body.openingItems,
            closingItems: body.closingItems,
            textModules: body.textModules,
          },
          bodyId,
        );
        const register = ops.readRegister(doc);
        const bodyDoc = await addDocumentRow(store, bodyDocId(bodyId), (created) => {
          const seats = new Map<string, string>();
          for (const m of body.memberships) {
            const personId = personIds.get(m.person);
            if (!personId) throw new Error(`Example person ${m.person} is missing`);
            const id = ops.addMembership(
              created,
              bodyId,
              {
                personId,
                role: m.role,
                organisationId: m.organisation ? (organisationIds.get(m.organisation) ?? null) : null,
                deputyFor: m.deputyFor ? (seats.get(m.deputyFor) ?? null) : null,
                from: m.from,
                to: m.to ?? null,
              },
              register,
            );
            if (m.role !== 'deputy') seats.set(m.person, id);
          }
          addExampleEvents(created, body.key, { organisations: organisationIds, people: personIds }, calendar.events);
        });
        bodyIds.set(body.key, bodyId);
        await reproject(store.db, bodyDocId(bodyId), bodyDoc);
      }
      await addExampleMeetings(store, ops.readRegister(doc).bodies, { organisations: organisationIds, people: personIds, bodies: bodyIds }, calendar.meetings);
      const organisations = ops.readRegister(doc).organisations;
      const fill = (target: Y.Doc) => fillExampleAgreements(target, organisations, organisationIds);
      if (agreementsDoc) fill(agreementsDoc);
      const filled = agreementsDoc ?? (await addDocumentRow(store, AGREEMENTS_DOC_ID, fill));
      await reproject(store.db, AGREEMENTS_DOC_ID, filled);
    },
    { alsoKinds: ['body', 'meeting', 'agreements'], extraTables: ['settings'] },
  );
}

/** The example agreements, their parties and signatories, and the 2023 reports, through the same rules as the UI. */
function fillExampleAgreements(
  doc: Y.Doc,
  organisations: ReturnType<typeof ops.readRegister>['organisations'],
  organisationIds: ReadonlyMap<string, string>,
): void {
  const today = todayIso();
  const orgId = (key: string) => {
    const id = organisationIds.get(key);
    if (!id) throw new Error(`Example organisation ${key} is missing`);
    return id;
  };
  for (const example of exampleAgreements) {
    const agreementId = agreementOps.addAgreement(
      doc,
      {
        input: {
          title: example.title,
          reference: example.reference,
          from: example.from,
          to: example.to,
          note: example.note,
          reportBy: example.reportBy,
          reportDueDay: example.reportDueDay,
          planDue: example.planDue,
          planAdoptedOn: example.planAdoptedOn,
        },
        organisationIds: example.parties.map((p) => orgId(p.organisation)),
      },
      organisations,
    );
    for (const override of example.deadlineOverrides) agreementOps.setDeadlineOverride(doc, agreementId, override);
    for (const followUp of example.followUps) agreementOps.setFollowUp(doc, agreementId, followUp);
    const snapshot = agreementOps.readAgreements(doc);
    const parties = snapshot.parties.filter((p) => p.agreementId === agreementId);
    for (const party of example.parties) {
      const partyId = parties.find((p) => p.organisationId === orgId(party.organisation))!.id;
      for (const signatory of party.signatories) agreementOps.addSignatory(doc, agreementId, partyId, signatory, today);
    }
    const agreement = snapshot.agreements.find((a) => a.id === agreementId)!;
    const units = reportingUnits(agreement, parties, organisations);
    for (const report of example.reports) {
      const unit = units.find((u) => u.countyPart === report.countyPart);
      if (!unit) throw new Error(`Example report unit ${report.countyPart} is missing`);
      const reportId = agreementOps.addReport(
        doc,
        agreementId,
        { year: report.year, unitKey: unit.key, status: { status: report.status, receivedOn: report.receivedOn, submittedBy: report.submittedBy, note: report.note } },
        organisations,
        today,
      );
      agreementOps.updateReportFigures(doc, reportId, {
        incomeLines: report.incomeLines.map((line) => ({ id: newId(), note: '', ...line })),
        costLines: report.costLines.map((line) => ({ id: newId(), note: '', ...line })),
        statedIncomeTotal: report.statedIncomeTotal,
        statedCostTotal: report.statedCostTotal,
        statedResult: report.statedResult,
        statedOwnContribution: report.statedOwnContribution,
      });
      agreementOps.updateReportNarrative(doc, reportId, { events: report.events, staff: report.staff });
    }
  }
}
