/**
 * The decision register: every decision a body made in a year, in date order, with the item's
 * number as its protocol shows it (1, 2 … or § numbers through the year), the item's title, the
 * decision's wording and how it was reached.
 */
import { numberLabel, orderItems } from '../domain/agenda';
import { decisionMethodLabels, type DecisionMeta } from '../domain/minutes';
import type { AgendaItem, Meeting } from '../domain/meeting';
import type { NumberingStyle, RecordKind } from '../domain/register';

export interface DecisionEntry {
  meetingId: string;
  itemId: string;
  date: string;
  /** "5" or "§ 16". */
  number: string;
  title: string;
  decision: string;
  /** "Med acklamation", "Efter omröstning (ja 7, nej 2, avstår 1)", or empty. */
  method: string;
  /** "Reservation: Anna Holm (motivering)", one line each. */
  notes: string[];
}

export interface DecisionRegister {
  bodyName: string;
  recordKind: RecordKind;
  year: number;
  entries: DecisionEntry[];
}

export interface MinutesDecision {
  decision: string;
  decisionMeta: DecisionMeta;
}

/** "Efter omröstning (ja 7, nej 2, avstår 1)". */
export function methodText(meta: DecisionMeta): string {
  if (meta.method === 'none') return '';
  if (meta.method === 'vote' && meta.votes) {
    return `${decisionMethodLabels.vote} (ja ${meta.votes.yes}, nej ${meta.votes.no}, avstår ${meta.votes.abstain})`;
  }
  return decisionMethodLabels[meta.method];
}

export function hasDecision(minutes: MinutesDecision | undefined): minutes is MinutesDecision {
  return !!minutes && (minutes.decision.trim() !== '' || minutes.decisionMeta.method !== 'none');
}

/** The decisions of one meeting, in agenda order. */
export function decisionsOfMeeting(
  meeting: Pick<Meeting, 'id' | 'date'>,
  items: readonly AgendaItem[],
  minutesOf: (itemId: string) => MinutesDecision | undefined,
  numbering: NumberingStyle,
  firstSection: number,
  nameOf: (personId: string) => string,
): DecisionEntry[] {
  const entries: DecisionEntry[] = [];
  orderItems(items).forEach((item, index) => {
    const minutes = minutesOf(item.id);
    if (!hasDecision(minutes)) return;
    entries.push({
      meetingId: meeting.id,
      itemId: item.id,
      date: meeting.date,
      number: numberLabel(index, numbering, firstSection),
      title: item.title,
      decision: minutes.decision.trim(),
      method: methodText(minutes.decisionMeta),
      notes: minutes.decisionMeta.reservations.map((r) => {
        const kind = r.kind === 'reservation' ? 'Reservation' : 'Protokollsanteckning';
        return `${kind}: ${nameOf(r.personId)}${r.reason.trim() ? ` (${r.reason.trim()})` : ''}`;
      }),
    });
  });
  return entries;
}
