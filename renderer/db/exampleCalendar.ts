/**
 * The example calendar (shared/example/calendar.ts) loaded inside loadExampleData's single
 * transaction: events into each body's document as it is built, meetings as documents of their own
 * through the same operations as user input.
 */
import type * as Y from 'yjs';
import type { ExampleEvent, ExampleMeeting } from '../../shared/example/calendar';
import { newId } from '../../shared/domain/ids';
import * as bodyOps from '../../shared/ydoc/body';
import { meetingDocId } from '../../shared/ydoc/documents';
import * as meetingOps from '../../shared/ydoc/meeting';
import type { Body } from '../../shared/domain/register';
import { projectNewDocuments } from './projection';
import { addDocumentRows, type Store } from './store';

export interface ExampleIds {
  organisations: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, string>;
  bodies: ReadonlyMap<string, string>;
}

function lookup(map: ReadonlyMap<string, string>, key: string | undefined, what: string): string | null {
  if (!key) return null;
  const id = map.get(key);
  if (!id) throw new Error(`Example ${what} ${key} is missing`);
  return id;
}

/** Adds the body's example events to its document while it is being built. */
export function addExampleEvents(doc: Y.Doc, bodyKey: string, ids: Omit<ExampleIds, 'bodies'>, events: readonly ExampleEvent[]): void {
  for (const e of events.filter((event) => event.body === bodyKey)) {
    bodyOps.addEvent(doc, {
      kind: e.kind,
      title: e.title,
      date: e.date,
      endDate: e.endDate ?? null,
      startTime: e.startTime ?? null,
      endTime: e.endTime ?? null,
      place: e.place ?? '',
      organisationId: lookup(ids.organisations, e.organisation, 'organisation'),
      contactPersonId: lookup(ids.people, e.contact, 'person'),
      preliminary: e.preliminary ?? false,
      note: e.note ?? '',
    });
  }
}

/** Creates the example meetings (one bulk write); call inside the transaction (tables of the meeting documents included). */
export async function addExampleMeetings(store: Store, bodies: readonly Body[], ids: ExampleIds, meetings: readonly ExampleMeeting[]): Promise<void> {
  const docs = await addDocumentRows(
    store,
    meetings.map((m) => {
      const bodyIds = m.bodies.map((key) => lookup(ids.bodies, key, 'body')!);
      const host = bodies.find((b) => b.id === bodyIds[0])!;
      const id = newId();
      return {
        docId: meetingDocId(id),
        build: (created: Y.Doc) => {
          meetingOps.initMeeting(
            created,
            {
              id,
              details: {
                bodyIds,
                title: m.title ?? '',
                date: m.date,
                startTime: m.startTime,
                endTime: m.endTime,
                place: host.defaultPlace,
                timeSlots: (m.timeSlots ?? []).map((s) => ({ id: newId(), label: s.label, start: s.start, end: s.end, bodyIds: s.bodies.map((k) => lookup(ids.bodies, k, 'body')!) })),
              },
              openingItems: host.openingItems,
              closingItems: host.closingItems,
            },
            bodies,
          );
          for (const item of m.items ?? []) {
            meetingOps.addItem(created, id, { title: item.title, kind: item.kind, minutes: item.minutes, description: '', presenters: [], subPoints: [], links: [], timeSlotId: null }, {});
          }
          if (m.status !== 'planned') meetingOps.setStatus(created, id, m.status, { cancelledReason: m.cancelledReason });
        },
      };
    }),
  );
  await projectNewDocuments(store.db, docs);
}
