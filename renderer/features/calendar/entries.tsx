/**
 * What the calendar views show: meetings and year-plan events as one sorted list of entries, the
 * colour of each body, and the pieces both views use (an entry's badge, its menu of actions).
 */
import { Badge, Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, tokens } from '@fluentui/react-components';
import { CalendarArrowDown20Regular, Delete20Regular, DismissCircle20Regular, Edit20Regular, MoreHorizontal20Regular, Open20Regular } from '@fluentui/react-icons';
import { eventName, meetingName, type Names } from '../../../shared/calendar/ics';
import { meetingStatusLabels } from '../../../shared/domain/labels';
import type { MeetingWarning } from '../../../shared/domain/meetingWarnings';
import type { EventRow, MeetingRow } from '../../db/database';

export type Entry =
  | { kind: 'meeting'; id: string; date: string; endDate: string; startTime: string | null; endTime: string | null; meeting: MeetingRow; warnings: MeetingWarning[] }
  | { kind: 'event'; id: string; date: string; endDate: string; startTime: string | null; endTime: string | null; event: EventRow; warnings: MeetingWarning[] };

export function toEntries(meetings: readonly MeetingRow[], events: readonly EventRow[], warningsOf: (m: MeetingRow) => MeetingWarning[]): Entry[] {
  return [
    ...meetings.map((meeting): Entry => ({
      kind: 'meeting',
      id: meeting.id,
      date: meeting.date,
      endDate: meeting.date,
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      meeting,
      warnings: meeting.status === 'planned' || meeting.status === 'noticeSent' ? warningsOf(meeting) : [],
    })),
    ...events.map((event): Entry => ({
      kind: 'event',
      id: event.id,
      date: event.date,
      endDate: event.endDate ?? event.date,
      startTime: event.startTime,
      endTime: event.endTime,
      event,
      warnings: [],
    })),
  ].sort((a, b) => a.date.localeCompare(b.date) || (a.startTime ?? '').localeCompare(b.startTime ?? '') || a.kind.localeCompare(b.kind));
}

/** Calm, distinguishable colours for the bodies (border and dot), in the order of the body list. */
const palette = [
  tokens.colorPaletteBlueBorderActive,
  tokens.colorPaletteDarkOrangeBorderActive,
  tokens.colorPaletteGreenBorderActive,
  tokens.colorPaletteBerryBorderActive,
  tokens.colorPaletteTealBorderActive,
  tokens.colorPaletteMarigoldBorderActive,
];

export function bodyColour(bodyIds: readonly string[], bodyId: string): string {
  const index = bodyIds.indexOf(bodyId);
  return palette[(index < 0 ? 0 : index) % palette.length]!;
}

export function entryTitle(entry: Entry, names: Names): string {
  if (entry.kind === 'meeting') {
    const m = entry.meeting;
    return m.title || (m.bodyIds.length > 1 ? `Gemensamt möte: ${meetingName(m, names)}` : meetingName(m, names));
  }
  return eventName(entry.event, names) + (entry.event.preliminary ? ' (prel.)' : '');
}

const statusColour = { planned: 'informative', noticeSent: 'brand', held: 'success', cancelled: 'danger' } as const;

export function EntryBadge({ entry }: { entry: Entry }) {
  if (entry.kind === 'meeting') {
    return (
      <Badge appearance="tint" color={statusColour[entry.meeting.status]}>
        {meetingStatusLabels[entry.meeting.status]}
      </Badge>
    );
  }
  return entry.event.preliminary ? (
    <Badge appearance="outline" color="warning">
      Preliminärt
    </Badge>
  ) : null;
}

export interface EntryActions {
  openMeeting: (meeting: MeetingRow) => void;
  editMeeting: (meeting: MeetingRow) => void;
  cancelMeeting: (meeting: MeetingRow) => void;
  exportMeeting: (meeting: MeetingRow) => void;
  editEvent: (event: EventRow) => void;
  deleteEvent: (event: EventRow) => void;
}

export function EntryMenu({ entry, label, actions }: { entry: Entry; label: string; actions: EntryActions }) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="subtle" size="small" icon={<MoreHorizontal20Regular />} aria-label={`Åtgärder för ${label}`} />
      </MenuTrigger>
      <MenuPopover>
        {entry.kind === 'meeting' ? (
          <MenuList>
            <MenuItem icon={<Open20Regular />} onClick={() => actions.openMeeting(entry.meeting)}>
              Öppna mötet
            </MenuItem>
            <MenuItem icon={<Edit20Regular />} onClick={() => actions.editMeeting(entry.meeting)}>
              Ändra eller flytta …
            </MenuItem>
            {entry.meeting.status === 'planned' || entry.meeting.status === 'noticeSent' ? (
              <MenuItem icon={<DismissCircle20Regular />} onClick={() => actions.cancelMeeting(entry.meeting)}>
                Ställ in …
              </MenuItem>
            ) : null}
            <MenuItem icon={<CalendarArrowDown20Regular />} onClick={() => actions.exportMeeting(entry.meeting)}>
              Spara kalenderfil för Outlook
            </MenuItem>
          </MenuList>
        ) : (
          <MenuList>
            <MenuItem icon={<Edit20Regular />} onClick={() => actions.editEvent(entry.event)}>
              Ändra …
            </MenuItem>
            <MenuItem icon={<Delete20Regular />} onClick={() => actions.deleteEvent(entry.event)}>
              Ta bort
            </MenuItem>
          </MenuList>
        )}
      </MenuPopover>
    </Menu>
  );
}
