/**
 * Loads the example data of shared/example/ through the same rules as any user input, in one
 * transaction: either all of it arrives or none of it.
 */
import { DomainError } from '../../shared/domain/errors';
import { newId } from '../../shared/domain/ids';
import { exampleBodies, exampleEmail, exampleOrganisations, examplePeople } from '../../shared/example/register';
import { bodyDocId, REGISTER_DOC_ID } from '../../shared/ydoc/documents';
import * as ops from '../../shared/ydoc/register';
import { reproject } from './projection';
import { isRegisterEmpty } from './queries';
import { addDocumentRow, changeDocument, setSetting, type Store } from './store';
import { todayIso } from '../../shared/domain/dates';
import { addExampleEvents, addExampleMeetings } from './exampleCalendar';
import { exampleCalendar } from '../../shared/example/calendar';

/** `today` places the example calendar's current year (default: the real today). */
export async function loadExampleData(store: Store, options: { today?: string } = {}): Promise<void> {
  const calendar = exampleCalendar(options.today ?? todayIso());
  if (!(await isRegisterEmpty(store))) {
    throw new DomainError('Exempeldata kan bara läsas in i ett tomt register.');
  }
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
    },
    { alsoKinds: ['body', 'meeting'], extraTables: ['settings'] },
  );
  await setSetting(store, 'exampleDataLoadedAt', new Date().toISOString());
}
