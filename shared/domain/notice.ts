/**
 * The kallelse (notice): what the invited are told about a meeting, as one model that both the
 * Word document (shared/word/notice.ts) and the e-mail text below are made from, so they always
 * say the same thing. An updated notice ("Uppdaterad kallelse") also lists, in plain Swedish, what
 * changed on the agenda since the previous notice.
 *
 * Pure: the caller gathers the meeting, its items, the bodies' memberships on the date and the
 * changes no notice has reported yet (shared/ydoc/meeting.ts `unreportedChanges`).
 */
import type { Change } from '../ydoc/meeting';
import { numberLabel, scheduleInOrder, orderItems } from './agenda';
import type { AttendanceRole, Invitee } from './attendance';
import { formatDate, formatLongDate, formatTime, formatTimeRange, isIsoDate, isTime, todayIso } from './dates';
import { itemKindLabels } from './labels';
import type { AgendaItem, Meeting, Presenter } from './meeting';
import type { NumberingStyle, Organisation, Person } from './register';
import { netChanges } from './changes';

export type NoticeKind = 'notice' | 'update';

export interface NoticeInvitee {
  name: string;
  /** "Ordförande", "Ledamot", … "Gäst", "Föredragande". */
  role: string;
  organisation: string;
}

export interface NoticeItem {
  id: string;
  /** "3" or "§ 16". */
  number: string;
  /** "09.20–09.40". */
  time: string;
  title: string;
  /** "Information", "Diskussion", "Beslut". */
  kind: string;
  minutes: number;
  /** "Anna Berg, Örebro kommun; …" */
  presenters: string;
  description: string;
  subPoints: string[];
  attachments: string[];
  postponed: boolean;
}

export interface NoticeModel {
  kind: NoticeKind;
  /** "Kallelse" or "Uppdaterad kallelse". */
  heading: string;
  /** The meeting's name: its own title, or its bodies' names. */
  meetingName: string;
  bodyNames: string;
  date: string;
  /** "fredag 17 maj 2024" */
  dateText: string;
  /** "kl. 09.00–12.00" */
  timeText: string;
  place: string;
  invited: NoticeInvitee[];
  items: NoticeItem[];
  /** For an update: when the previous notice went out ("10 maj 2024"), and the changes since, one line each. */
  previousNotice: string | null;
  changes: string[];
  /** Who sends it (the signature of the e-mail), may be empty. */
  sender: string;
}

const roleLabels: Record<AttendanceRole, string> = {
  chair: 'Ordförande',
  viceChair: 'Vice ordförande',
  member: 'Ledamot',
  deputy: 'Ersättare',
  official: 'Tjänsteperson',
  secretary: 'Sekreterare',
  coopted: 'Adjungerad',
  guest: 'Gäst',
};

export const noticeHeadings: Record<NoticeKind, string> = { notice: 'Kallelse', update: 'Uppdaterad kallelse' };

export function presenterText(p: Presenter): string {
  return p.organisation ? `${p.name}, ${p.organisation}` : p.name;
}

export interface NoticeInput {
  kind: NoticeKind;
  meeting: Pick<Meeting, 'title' | 'date' | 'startTime' | 'endTime' | 'place'>;
  /** When the previous notice went out (ISO timestamp), for an update. */
  previousNoticeAt: string | null;
  bodyNames: readonly string[];
  items: readonly AgendaItem[];
  numbering: NumberingStyle;
  firstSection: number;
  /** The invited from the memberships (shared/domain/attendance.ts `invitedOn`). */
  invited: readonly Invitee[];
  /** People added to the meeting beforehand (guests, extra officials), with their role. */
  added: readonly { personId: string; role: AttendanceRole }[];
  people: ReadonlyMap<string, Pick<Person, 'name' | 'organisationId'>>;
  organisations: ReadonlyMap<string, Pick<Organisation, 'name'>>;
  /** Changes no notice has reported yet (only used for an update). */
  changes: readonly Change[];
  sender: string;
}

const byName = (a: NoticeInvitee, b: NoticeInvitee) => a.name.localeCompare(b.name, 'sv');

/** The model of the notice, in the agenda's order and numbering. */
export function buildNotice(input: NoticeInput): NoticeModel {
  const { meeting } = input;
  const ordered = orderItems(input.items);
  const schedule = new Map(scheduleInOrder(ordered, meeting.startTime).map((s) => [s.id, s]));
  const items: NoticeItem[] = ordered.map((item, index) => {
    const slot = schedule.get(item.id)!;
    return {
      id: item.id,
      number: numberLabel(index, input.numbering, input.firstSection),
      time: `${formatTime(slot.start)}–${formatTime(slot.end)}`,
      title: item.title,
      kind: itemKindLabels[item.kind],
      minutes: item.minutes,
      presenters: item.presenters.filter((p) => p.name.trim()).map(presenterText).join('; '),
      description: item.description.trim(),
      subPoints: item.subPoints,
      attachments: item.attachments.map((a) => a.name),
      postponed: item.postponed !== null,
    };
  });

  const orgName = (id: string | null) => (id ? (input.organisations.get(id)?.name ?? '') : '');
  const rank = (role: string) => Object.values(roleLabels).indexOf(role);
  const invited: NoticeInvitee[] = input.invited
    .flatMap((inv) => {
      const person = input.people.get(inv.personId);
      return person ? [{ name: person.name, role: roleLabels[inv.role], organisation: orgName(inv.organisationId ?? person.organisationId) }] : [];
    })
    .sort((a, b) => rank(a.role) - rank(b.role) || byName(a, b));
  const invitedIds = new Set(input.invited.map((i) => i.personId));
  const guests: NoticeInvitee[] = [];
  for (const added of input.added) {
    const person = input.people.get(added.personId);
    if (!person || invitedIds.has(added.personId)) continue;
    invitedIds.add(added.personId);
    guests.push({ name: person.name, role: roleLabels[added.role], organisation: orgName(person.organisationId) });
  }
  // Presenters who are not invited otherwise are called for their item.
  const seen = new Set([...invited, ...guests].map((i) => i.name));
  for (const item of ordered) {
    if (item.postponed) continue;
    for (const p of item.presenters) {
      if (!p.name.trim() || (p.personId && invitedIds.has(p.personId)) || seen.has(p.name)) continue;
      seen.add(p.name);
      const person = p.personId ? input.people.get(p.personId) : undefined;
      guests.push({ name: p.name, role: 'Föredragande', organisation: p.organisation || orgName(person?.organisationId ?? null) });
    }
  }

  const previousAt = input.previousNoticeAt;
  return {
    kind: input.kind,
    heading: noticeHeadings[input.kind],
    meetingName: meeting.title || input.bodyNames.join(' och '),
    bodyNames: input.bodyNames.join(' och '),
    date: meeting.date,
    dateText: formatLongDate(meeting.date),
    timeText: formatTimeRange(meeting.startTime, meeting.endTime),
    place: meeting.place,
    invited: [...invited, ...guests],
    items,
    previousNotice: input.kind === 'update' && previousAt ? formatDate(todayIso(new Date(previousAt))) : null,
    changes: input.kind === 'update' ? changeLines(input.changes, items) : [],
    sender: input.sender.trim(),
  };
}

const detailLabels: Record<string, string> = { date: 'Datum', startTime: 'Starttid', endTime: 'Sluttid', place: 'Plats' };
const editedLabels: Record<string, string> = {
  title: 'rubriken',
  kind: 'typen',
  description: 'beskrivningen',
  presenters: 'föredragande',
  subPoints: 'underpunkterna',
  links: 'länkarna',
  attachments: 'bifogade filer',
};

function detailValue(v: unknown): string {
  if (typeof v !== 'string') return '';
  if (isIsoDate(v)) return formatLongDate(v);
  if (isTime(v)) return formatTime(v);
  return v || '(ingen)';
}

/**
 * The changes since the previous notice in plain Swedish, one line each, in the order they were
 * first made: "Tillagd: 5. Rapport från …", "Borttagen: …", "Flyttad: … (nu punkt 3)",
 * "Ny tid: 4. … kl. 09.20–09.40 (20 min i stället för 15)", "Ändrad: …", "Uppskjuten: …",
 * and the meeting's own date, time and place.
 */
export function changeLines(changes: readonly Change[], items: readonly NoticeItem[]): string[] {
  const current = new Map(items.map((i) => [i.id, i]));
  const numbered = (id: string | null, title: string) => {
    const item = id ? current.get(id) : undefined;
    return item ? `${item.number}. ${item.title}` : title;
  };
  const lines: string[] = [];
  for (const entry of netChanges(changes)) {
    if (entry.kind === 'details') {
      lines.push(`${detailLabels[entry.field] ?? entry.field} för mötet: ${detailValue(entry.to)} (tidigare ${detailValue(entry.from)})`);
      continue;
    }
    const item = entry.itemId ? current.get(entry.itemId) : undefined;
    if (entry.added) {
      if (item) lines.push(`Tillagd: ${numbered(entry.itemId, entry.title)}, kl. ${item.time}`);
      continue;
    }
    if (entry.removed) {
      lines.push(`Borttagen: ${entry.title}`);
      continue;
    }
    if (!item) continue;
    if (entry.moved) lines.push(`Flyttad: ${item.title} (nu ${item.number.startsWith('§') ? item.number : `punkt ${item.number}`})`);
    if (entry.minutesFrom !== undefined && entry.minutesTo !== undefined && entry.minutesFrom !== entry.minutesTo) {
      lines.push(`Ny tid: ${numbered(entry.itemId, entry.title)}, kl. ${item.time} (${entry.minutesTo} min i stället för ${entry.minutesFrom})`);
    }
    if (entry.postponed) lines.push(`Uppskjuten: ${numbered(entry.itemId, entry.title)}`);
    const edited = entry.edited.filter((f) => editedLabels[f]).map((f) => editedLabels[f]!);
    if (edited.length > 0) lines.push(`Ändrad: ${numbered(entry.itemId, entry.title)} (${edited.join(', ')})`);
  }
  return lines;
}

// --- the e-mail ---------------------------------------------------------------------------------

export interface NoticeEmail {
  subject: string;
  body: string;
}

function invitedLine(i: NoticeInvitee): string {
  return `- ${i.name}, ${i.role.toLocaleLowerCase('sv-SE')}${i.organisation ? `, ${i.organisation}` : ''}`;
}

/** The same content as the Word document, as plain text to paste into Outlook. */
export function noticeEmail(model: NoticeModel): NoticeEmail {
  const subject = `${model.heading}: ${model.meetingName} ${model.dateText} ${model.timeText}`;
  const lines: string[] = [];
  lines.push(`${model.heading} till ${model.meetingName}`, '');
  if (model.kind === 'update') {
    lines.push(
      `Dagordningen har ändrats sedan kallelsen${model.previousNotice ? ` ${model.previousNotice}` : ''}.`,
      '',
      'Ändringar:',
      ...(model.changes.length ? model.changes.map((c) => `- ${c}`) : ['- Inga ändringar i dagordningen.']),
      '',
    );
  }
  lines.push(`Datum: ${model.dateText}`, `Tid: ${model.timeText}`);
  if (model.place) lines.push(`Plats: ${model.place}`);
  lines.push('', 'Kallade:');
  lines.push(...(model.invited.length ? model.invited.map(invitedLine) : ['- (inga kallade i registret)']));
  lines.push('', 'Dagordning:');
  for (const item of model.items) {
    lines.push(`${item.number}. ${item.title}${item.postponed ? ' (uppskjuten)' : ''}`);
    lines.push(`   kl. ${item.time} · ${item.kind}${item.presenters ? ` · Föredragande: ${item.presenters}` : ''}`);
    for (const sub of item.subPoints) lines.push(`   – ${sub}`);
    if (item.attachments.length) lines.push(`   Bifogade filer: ${item.attachments.join(', ')}`);
  }
  lines.push('', 'Välkomna!');
  if (model.sender) lines.push('', model.sender);
  return { subject, body: lines.join('\n') };
}

/** "Kallelse Specifika samverkansrådet för folkhälsa 2024-05-17.docx" */
export function noticeFileName(model: Pick<NoticeModel, 'heading' | 'meetingName' | 'date'>): string {
  return `${model.heading} ${model.meetingName} ${model.date}`;
}
